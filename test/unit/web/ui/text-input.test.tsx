import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextInput } from '../../../../src/web/ui/components/text-input.tsx';
import { en, sv } from './context.ts';
import { find, findAll, idList, textOf } from './html.ts';

describe('TextInput', () => {
  it('labels the input: label for = input id, derived from the field name', () => {
    const html = <TextInput t={sv} name="contact.email" label="E-post" />;
    const input = find(html, 'input');
    assert.equal(input.attrs.id, 'contact-email');
    assert.equal(input.attrs.name, 'contact.email');
    assert.equal(find(html, 'label').attrs.for, 'contact-email');
  });

  it('points aria-describedby at the hint and then the error', () => {
    const html = (
      <TextInput t={sv} name="email" label="E-post" hint="Vi skickar kvittot hit" error="Skriv din e-post" />
    );
    const input = find(html, 'input');
    assert.deepEqual(idList(input), ['email-hint', 'email-error']);
    assert.equal(textOf(html, 'email-hint'), 'Vi skickar kvittot hit');
    assert.equal(textOf(html, 'email-error'), 'Fel: Skriv din e-post');
    assert.equal(input.attrs['aria-invalid'], 'true');
    assert.match(input.attrs.class ?? '', /govuk-input--error/);
    assert.equal(findAll(html, 'div', { class: 'govuk-form-group govuk-form-group--error' }).length, 1);
  });

  it('has no aria-describedby without hint or error', () => {
    const input = find(<TextInput t={sv} name="x" label="X" />, 'input');
    assert.equal('aria-describedby' in input.attrs, false);
  });

  it('prefixes the error with a visually hidden "Fel:" in the page language', () => {
    const html = String(<TextInput t={en} name="x" label="X" error="Enter X" />);
    assert.match(html, /<span class="govuk-visually-hidden">Error:<\/span> Enter X/);
  });

  it('shows again what was typed, escaped', () => {
    const value = '"><script>alert(1)</script>';
    const html = String(<TextInput t={sv} name="name" label="Namn" value={value} />);
    assert.equal(find(html, 'input').attrs.value, value);
    assert.equal(html.includes('<script>'), false);
  });

  it('escapes labels and hints given as text', () => {
    const html = String(<TextInput t={sv} name="n" label="<b>Namn</b>" hint="a & b" />);
    assert.match(html, /&lt;b&gt;Namn&lt;\/b&gt;/);
    assert.match(html, /a &amp; b/);
  });

  it('passes type, inputmode, autocomplete, spellcheck and width on', () => {
    const input = find(
      <TextInput
        t={sv}
        name="pnr"
        label="Personnummer"
        inputmode="numeric"
        autocomplete="off"
        spellcheck={false}
        width={20}
        type="text"
      />,
      'input',
    );
    assert.equal(input.attrs.inputmode, 'numeric');
    assert.equal(input.attrs.autocomplete, 'off');
    assert.equal(input.attrs.spellcheck, 'false');
    assert.match(input.attrs.class ?? '', /govuk-input--width-20/);
    assert.equal(input.attrs.dir, 'auto');
  });

  it('hides prefix and suffix from screen readers (the label must say the unit)', () => {
    const html = <TextInput t={sv} name="cost" label="Kostnad i kronor" suffix="kr" prefix="ca" />;
    assert.equal(findAll(html, 'div', { class: 'govuk-input__suffix', 'aria-hidden': 'true' }).length, 1);
    assert.equal(findAll(html, 'div', { class: 'govuk-input__prefix', 'aria-hidden': 'true' }).length, 1);
    assert.equal(findAll(html, 'div', { class: 'govuk-input__wrapper' }).length, 1);
  });

  it('says in words whether the field is required or optional', () => {
    const required = <TextInput t={sv} name="a" label="Förnamn" requirement="required" />;
    assert.match(String(find(required, 'label').attrs.for), /^a$/);
    assert.match(String(required), /Förnamn<span class="ingang-requirement"> \(obligatoriskt\)<\/span>/);
    assert.equal(find(required, 'input').attrs['aria-required'], 'true');
    assert.match(String(<TextInput t={en} name="b" label="Phone" requirement="optional" />), /\(optional\)/);
  });

  it('can be the page heading', () => {
    const html = String(<TextInput t={sv} name="q" label="Vad heter du?" isPageHeading />);
    assert.match(html, /<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="q">/);
  });
});
