import type { Html } from '#jsx/jsx-runtime';
import type { AddressQuestion, ContactQuestion } from '../../../domain/forms/definition.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { describedBy, fieldId } from '../components/field-id.ts';
import { Fieldset } from '../components/fieldset.tsx';
import { FormGroup } from '../components/form-group.tsx';
import { Hint } from '../components/hint.tsx';
import { type InputWidth, TextInput, type TextInputProps } from '../components/text-input.tsx';
import type { MessageKey } from '../i18n/translator.ts';
import { partOfField } from './error-targets.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

interface PartSettings {
  label: MessageKey;
  /** WCAG 1.3.5: the browser can fill these in. */
  autocomplete: string;
  type?: TextInputProps['type'];
  inputmode?: TextInputProps['inputmode'];
  spellcheck?: boolean;
  width?: InputWidth;
}

const PARTS: Readonly<Record<string, PartSettings>> = {
  name: { label: 'questions.part.name', autocomplete: 'name', spellcheck: false },
  email: { label: 'questions.part.email', autocomplete: 'email', type: 'email', spellcheck: false },
  phone: { label: 'questions.part.phone', autocomplete: 'tel', type: 'tel', width: 20 },
  street: { label: 'questions.part.street', autocomplete: 'street-address' },
  postalCode: {
    label: 'questions.part.postalCode',
    autocomplete: 'postal-code',
    inputmode: 'numeric',
    width: 10,
  },
  city: { label: 'questions.part.city', autocomplete: 'address-level2', width: 20 },
};

export interface ShownPart {
  part: string;
  /** Whether this part may be left empty when the rest is filled in. */
  optional: boolean;
}

/**
 * Contact details and addresses: one fieldset (the question is its legend)
 * with a labelled box per part, named `q.<key>.<part>`. An error on a part
 * shows at that part; an error about the whole answer above the boxes.
 */
export function PartsFieldset(
  props: RenderProps<ContactQuestion | AddressQuestion> & { parts: readonly ShownPart[] },
): Html {
  const { ctx, question: q, name } = props;
  const id = fieldId(name);
  const hint = localTextOrNull(q.hint, ctx.lang, ctx.t.lang);
  const hintId = hint ? `${id}-hint` : undefined;
  const wholeErrors = props.errors.filter((e) => partOfField(q, name, e.field) === undefined);
  const wholeError = firstMessage(ctx, wholeErrors);
  const errorId = wholeError ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(wholeError)}>
      <Fieldset
        t={ctx.t}
        role="group"
        legend={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
        legendSize={props.labelSize}
        isPageHeading={props.isPageHeading}
        requirement={requirementOf(props.required)}
        describedBy={describedBy(hintId, errorId)}
      >
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {wholeError ? (
          <ErrorMessage t={ctx.t} id={errorId}>
            {wholeError}
          </ErrorMessage>
        ) : null}
        {props.parts.map(({ part, optional }) => {
          const s = PARTS[part];
          if (!s) return null;
          const partName = `${name}.${part}`;
          return (
            <TextInput
              t={ctx.t}
              name={partName}
              label={ctx.t.t(s.label)}
              value={rawValue(ctx.raw, partName)}
              error={firstMessage(
                ctx,
                props.errors.filter((e) => e.field === partName),
              )}
              requirement={optional ? 'optional' : undefined}
              type={s.type}
              inputmode={s.inputmode}
              autocomplete={s.autocomplete}
              spellcheck={s.spellcheck}
              width={s.width}
            />
          );
        })}
      </Fieldset>
    </FormGroup>
  );
}
