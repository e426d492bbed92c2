import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorMessage } from '../../../../src/web/ui/components/error-message.tsx';
import { ErrorSummary } from '../../../../src/web/ui/components/error-summary.tsx';
import { errorFor } from '../../../../src/web/ui/components/field-error.ts';
import { fieldId } from '../../../../src/web/ui/components/field-id.ts';
import { TextInput } from '../../../../src/web/ui/components/text-input.tsx';
import { ar, en, sv } from './context.ts';
import { find, findAll, text } from './html.ts';

describe('ErrorSummary', () => {
  const errors = [
    { field: 'contact.email', message: 'Skriv din e-postadress' },
    { field: 'birth', message: 'Månaden finns inte', href: '#birth-month' },
  ];

  it('links each problem to its field by the field id', () => {
    const html = <ErrorSummary t={sv} errors={errors} />;
    assert.deepEqual(
      findAll(html, 'a').map((a) => a.attrs.href),
      ['#contact-email', '#birth-month'],
    );
    // The link target is the id the field itself gets from its name.
    const field = (
      <TextInput t={sv} name="contact.email" label="E-post" error={errorFor(errors, 'contact.email')} />
    );
    assert.equal(find(field, 'input').attrs.id, 'contact-email');
  });

  it('has the summary title in the page language, and govuk-frontend focuses it', () => {
    assert.match(text(<ErrorSummary t={sv} errors={errors} />), /^Det finns ett problem/);
    assert.match(text(<ErrorSummary t={en} errors={errors} />), /^There is a problem/);
    const root = find(<ErrorSummary t={ar} errors={errors} />, 'div', {
      'data-module': 'govuk-error-summary',
    });
    assert.equal(root.attrs.class, 'govuk-error-summary');
    assert.equal(findAll(<ErrorSummary t={sv} errors={errors} />, 'div', { role: 'alert' }).length, 1);
  });

  it('escapes the messages', () => {
    const html = String(
      <ErrorSummary t={sv} errors={[{ field: 'x', message: '<img src=x onerror=alert(1)>' }]} />,
    );
    assert.equal(html.includes('<img'), false);
  });

  it('renders nothing without errors', () => {
    assert.equal(ErrorSummary({ t: sv, errors: [] }), null);
    assert.equal(ErrorSummary({ t: sv, errors: undefined }), null);
  });
});

describe('ErrorMessage', () => {
  it('prefixes the message with a visually hidden "Fel:"', () => {
    const html = String(
      <ErrorMessage t={sv} id="x-error">
        Skriv något
      </ErrorMessage>,
    );
    assert.equal(
      html,
      '<p id="x-error" class="govuk-error-message"><span class="govuk-visually-hidden">Fel:</span> Skriv något</p>',
    );
  });
});

describe('fieldId', () => {
  it('makes safe, stable ids from field names', () => {
    assert.equal(fieldId('email'), 'email');
    assert.equal(fieldId('contact.email'), 'contact-email');
    assert.equal(fieldId('answers[2][name]'), 'answers-2-name');
    assert.equal(fieldId('2nd'), 'f-2nd');
    assert.equal(fieldId('...'), 'field');
    assert.equal(fieldId('Ärenden på gång'), 'Arenden-pa-gang');
  });
});
