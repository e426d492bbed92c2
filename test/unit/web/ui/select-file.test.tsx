import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileUpload } from '../../../../src/web/ui/components/file-upload.tsx';
import { Select } from '../../../../src/web/ui/components/select.tsx';
import { sv } from './context.ts';
import { find, findAll, idList } from './html.ts';

describe('Select', () => {
  const options = [
    { value: 'a', text: 'Centralskolan' },
    { value: 'b', text: 'Ekbacken <skola>' },
  ];

  it('labels the select and describes it by hint and error', () => {
    const html = (
      <Select t={sv} name="school" label="Skola" hint="Välj en" error="Välj skola" options={options} />
    );
    assert.equal(find(html, 'label').attrs.for, 'school');
    assert.deepEqual(idList(find(html, 'select')), ['school-hint', 'school-error']);
  });

  it('selects the chosen option again, and escapes option texts', () => {
    const html = String(
      <Select t={sv} name="school" label="Skola" value="b" emptyOption options={options} />,
    );
    assert.deepEqual(
      findAll(html, 'option', { selected: true }).map((t) => t.attrs.value),
      ['b'],
    );
    assert.match(html, /<option value="">Välj<\/option>/);
    assert.match(html, /Ekbacken &lt;skola&gt;/);
  });

  it('selects the empty option when nothing is chosen', () => {
    const html = <Select t={sv} name="s" label="S" emptyOption="Välj skola" options={options} />;
    assert.equal(find(html, 'option', { selected: true }).attrs.value, '');
  });
});

describe('FileUpload', () => {
  it('labels the file input and passes multiple and accept on', () => {
    const html = <FileUpload t={sv} name="files" label="Bilagor" hint="PDF" multiple accept=".pdf" />;
    const input = find(html, 'input', { type: 'file' });
    assert.equal(input.attrs.id, 'files');
    assert.equal(find(html, 'label').attrs.for, 'files');
    assert.ok('multiple' in input.attrs);
    assert.equal(input.attrs.accept, '.pdf');
    assert.deepEqual(idList(input), ['files-hint']);
  });

  it("translates govuk-frontend's enhanced upload into the page language", () => {
    const zone = find(<FileUpload t={sv} name="f" label="Fil" />, 'div', {
      'data-module': 'govuk-file-upload',
    });
    assert.equal(zone.attrs['data-i18n.choose-files-button'], 'Välj fil');
    assert.equal(zone.attrs['data-i18n.no-file-chosen'], 'Ingen fil vald');
    assert.equal(zone.attrs['data-i18n.multiple-files-chosen.other'], '%{count} filer valda');
  });

  it('can be a plain file input', () => {
    const html = String(<FileUpload t={sv} name="f" label="Fil" enhanced={false} error="Välj en fil" />);
    assert.equal(html.includes('govuk-drop-zone'), false);
    assert.match(html, /govuk-file-upload--error/);
  });
});
