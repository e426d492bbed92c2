import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Checkboxes } from '../../../../src/web/ui/components/checkboxes.tsx';
import { Radios } from '../../../../src/web/ui/components/radios.tsx';
import { TextInput } from '../../../../src/web/ui/components/text-input.tsx';
import { en, sv } from './context.ts';
import { find, findAll, idList, textOf } from './html.ts';

describe('Radios', () => {
  const html = (
    <Radios
      t={sv}
      name="transport"
      legend="Hur tar sig eleven till skolan?"
      hint="Välj ett"
      error="Välj hur"
      value="bus"
      items={[
        { value: 'walk', label: 'Går' },
        { value: 'bus', label: 'Buss', hint: 'Inte skolbuss' },
        { value: 'car', label: 'Bil', conditional: <TextInput t={sv} name="driver" label="Vem kör?" /> },
      ]}
    />
  );

  it('gives the first option the field id and numbers the rest', () => {
    assert.deepEqual(
      findAll(html, 'input', { type: 'radio' }).map((t) => t.attrs.id),
      ['transport', 'transport-2', 'transport-3'],
    );
    for (const id of ['transport', 'transport-2', 'transport-3']) {
      assert.equal(findAll(html, 'label', { for: id }).length, 1);
    }
  });

  it('describes the fieldset by hint and error, and an option by its own hint', () => {
    assert.deepEqual(idList(find(html, 'fieldset')), ['transport-hint', 'transport-error']);
    assert.deepEqual(idList(find(html, 'input', { id: 'transport-2' })), ['transport-2-item-hint']);
    assert.equal(textOf(html, 'transport-2-item-hint'), 'Inte skolbuss');
  });

  it('checks the chosen option again', () => {
    assert.deepEqual(
      findAll(html, 'input', { checked: true }).map((t) => t.attrs.value),
      ['bus'],
    );
  });

  it('reveals follow-up questions through govuk-frontend, hidden only when not chosen', () => {
    assert.equal(
      find(html, 'input', { id: 'transport-3' }).attrs['data-aria-controls'],
      'conditional-transport-3',
    );
    const conditional = find(html, 'div', { id: 'conditional-transport-3' });
    assert.match(conditional.attrs.class ?? '', /govuk-radios__conditional--hidden/);
    assert.equal(find(html, 'div', { 'data-module': 'govuk-radios' }).name, 'div');
  });

  it('can put the question in the page heading', () => {
    const h = String(<Radios t={sv} name="q" legend="Ja eller nej?" isPageHeading items={[]} />);
    assert.match(
      h,
      /<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Ja eller nej\?<\/h1><\/legend>/,
    );
  });
});

describe('Checkboxes', () => {
  const html = (
    <Checkboxes
      t={en}
      name="needs"
      legend="Needs"
      values={['wheelchair', 'escort']}
      items={[
        { value: 'wheelchair', label: 'Wheelchair' },
        { value: 'escort', label: 'Escort' },
        { value: 'seat', label: 'Seat' },
        { divider: true },
        { value: 'none', label: 'None of these', exclusive: true },
      ]}
    />
  );

  it('ticks every chosen value again', () => {
    assert.deepEqual(
      findAll(html, 'input', { checked: true }).map((t) => t.attrs.value),
      ['wheelchair', 'escort'],
    );
  });

  it('marks the "none" option exclusive, after an "or" divider in the page language', () => {
    assert.equal(find(html, 'input', { value: 'none' }).attrs['data-behaviour'], 'exclusive');
    assert.match(String(html), /<div class="govuk-checkboxes__divider">or<\/div>/);
    assert.match(String(<Checkboxes t={sv} name="n" legend="?" items={[{ divider: true }]} />), />eller</);
  });

  it('numbers ids past the divider without a gap', () => {
    assert.deepEqual(
      findAll(html, 'input', { type: 'checkbox' }).map((t) => t.attrs.id),
      ['needs', 'needs-2', 'needs-3', 'needs-4'],
    );
  });

  it('sends every ticked value under the one name', () => {
    assert.equal(findAll(html, 'input', { name: 'needs' }).length, 4);
  });
});
