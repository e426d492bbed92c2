import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Textarea } from '../../../../src/web/ui/components/textarea.tsx';
import { ar, sv } from './context.ts';
import { find, idList, textOf } from './html.ts';

describe('Textarea', () => {
  it('labels the textarea and describes it by hint, error and the character limit', () => {
    const html = (
      <Textarea t={sv} name="reason" label="Varför?" hint="Beskriv" error="Beskriv varför" maxLength={1500} />
    );
    const textarea = find(html, 'textarea');
    assert.equal(textarea.attrs.id, 'reason');
    assert.equal(find(html, 'label').attrs.for, 'reason');
    assert.deepEqual(idList(textarea), ['reason-hint', 'reason-error', 'reason-info']);
  });

  it('states the limit as a hint that works without JavaScript, and never cuts text with maxlength', () => {
    const html = <Textarea t={sv} name="reason" label="Varför?" maxLength={1500} />;
    assert.equal(textOf(html, 'reason-info'), 'Max 1 500 tecken');
    const textarea = find(html, 'textarea');
    assert.equal('maxlength' in textarea.attrs, false);
    assert.match(textarea.attrs.class ?? '', /govuk-js-character-count/);
    const group = find(html, 'div', { 'data-module': 'govuk-character-count' });
    assert.equal(group.attrs['data-maxlength'], '1500');
    assert.equal(group.attrs['data-i18n.characters-under-limit.other'], 'Du har %{count} tecken kvar');
  });

  it('gives govuk-frontend every plural form the language has', () => {
    const group = find(<Textarea t={ar} name="r" label="?" maxLength={10} />, 'div', {
      'data-module': 'govuk-character-count',
    });
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
      assert.ok(`data-i18n.characters-under-limit.${form}` in group.attrs, form);
      assert.ok(`data-i18n.characters-over-limit.${form}` in group.attrs, form);
    }
  });

  it('shows again what was typed, escaped, keeping a leading blank line', () => {
    const value = '\nrad två </textarea><script>x</script>';
    const html = String(<Textarea t={sv} name="r" label="?" value={value} />);
    assert.equal(html.includes('<script>'), false);
    assert.ok(html.includes('>\n\nrad två &lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>'));
  });

  it('is a plain form group without a limit', () => {
    const html = String(<Textarea t={sv} name="r" label="?" />);
    assert.equal(html.includes('govuk-character-count'), false);
    assert.equal('aria-describedby' in find(html, 'textarea').attrs, false);
  });
});
