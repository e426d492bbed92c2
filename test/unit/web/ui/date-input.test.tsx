import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateInput } from '../../../../src/web/ui/components/date-input.tsx';
import { sv } from './context.ts';
import { find, findAll, idList, textOf } from './html.ts';

describe('DateInput', () => {
  const html = (
    <DateInput
      t={sv}
      name="birth.date"
      legend="Födelsedatum"
      hint="Till exempel 27 3 2014"
      error="Datumet måste ha en riktig månad"
      errorParts={['month']}
      value={{ day: '12', month: '13', year: '20<14' }}
      birthday
    />
  );

  it('gives the day box the field id, so the error summary lands on it', () => {
    assert.equal(find(html, 'input', { name: 'birth.date-day' }).attrs.id, 'birth-date');
    assert.equal(find(html, 'input', { name: 'birth.date-month' }).attrs.id, 'birth-date-month');
    assert.equal(find(html, 'input', { name: 'birth.date-year' }).attrs.id, 'birth-date-year');
    for (const input of findAll(html, 'input')) {
      assert.equal(find(html, 'label', { for: input.attrs.id ?? '' }).name, 'label');
    }
  });

  it('groups the boxes in a fieldset described by hint and error', () => {
    const fieldset = find(html, 'fieldset');
    assert.equal(fieldset.attrs.role, 'group');
    assert.deepEqual(idList(fieldset), ['birth-date-hint', 'birth-date-error']);
    assert.equal(textOf(html, 'birth-date-error'), 'Fel: Datumet måste ha en riktig månad');
  });

  it('shows again what was typed and marks only the wrong part', () => {
    assert.equal(find(html, 'input', { id: 'birth-date' }).attrs.value, '12');
    assert.equal(find(html, 'input', { id: 'birth-date-year' }).attrs.value, '20<14');
    assert.deepEqual(
      findAll(html, 'input', { 'aria-invalid': 'true' }).map((t) => t.attrs.id),
      ['birth-date-month'],
    );
  });

  it('uses numeric keyboards and the birthday autocomplete tokens', () => {
    assert.equal(find(html, 'input', { id: 'birth-date' }).attrs.inputmode, 'numeric');
    assert.equal(find(html, 'input', { id: 'birth-date-month' }).attrs.autocomplete, 'bday-month');
  });
});
