import type { Html } from '#jsx/jsx-runtime';
import { FieldHead, fieldIds } from './field-frame.tsx';
import { describedBy } from './field-id.ts';
import type { FieldProps } from './field-props.ts';
import { FormGroup } from './form-group.tsx';
import { Hint } from './hint.tsx';
import { pluralAttributes } from './plural-attributes.ts';

export interface TextareaProps extends FieldProps {
  value?: string | null;
  rows?: number;
  /**
   * Longest answer in characters. Without JavaScript this is a hint
   * ("Max 1500 tecken"); govuk-frontend turns it into a live count. There is
   * deliberately no maxlength attribute: it would cut pasted text silently.
   */
  maxLength?: number;
  /** Show the live count only from this share (0–100) of the limit. */
  threshold?: number;
  autocomplete?: string;
  spellcheck?: boolean;
}

export function Textarea(props: TextareaProps): Html {
  const { t } = props;
  const ids = fieldIds(props);
  const { id, hintId, errorId } = ids;
  const countId = props.maxLength ? `${id}-info` : undefined;
  const counted = props.maxLength !== undefined;
  const countAttributes = counted
    ? {
        'data-module': 'govuk-character-count',
        'data-maxlength': props.maxLength,
        'data-threshold': props.threshold,
        'data-i18n.characters-at-limit': t.t('components.characterCount.atLimit'),
        ...pluralAttributes('characters-under-limit', t.lang, {
          one: t.t('components.characterCount.underLimit.one'),
          other: t.t('components.characterCount.underLimit.other'),
        }),
        ...pluralAttributes('characters-over-limit', t.lang, {
          one: t.t('components.characterCount.overLimit.one'),
          other: t.t('components.characterCount.overLimit.other'),
        }),
      }
    : {};
  const classes = [
    'govuk-textarea',
    counted && 'govuk-js-character-count',
    props.error && 'govuk-textarea--error',
  ].filter(Boolean);
  const group = (
    <>
      <FieldHead {...props} ids={ids} />
      <textarea
        class={classes.join(' ')}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        // A Latin name on an Arabic page (or the reverse) keeps its own direction.
        dir="auto"
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck === undefined ? undefined : props.spellcheck ? 'true' : 'false'}
        disabled={props.disabled}
        aria-required={props.requirement === 'required' ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(hintId, errorId, countId)}
      >
        {/* HTML drops one newline right after <textarea>: give it this one, so an answer that starts with a blank line keeps it. */}
        {`\n${props.value ?? ''}`}
      </textarea>
      {counted ? (
        <Hint id={countId} class="govuk-character-count__message">
          {t.t('components.characterCount.limit', { max: t.number(props.maxLength ?? 0) })}
        </Hint>
      ) : null}
    </>
  );
  if (!counted) return <FormGroup error={Boolean(props.error)}>{group}</FormGroup>;
  return (
    <div
      class={
        props.error
          ? 'govuk-form-group govuk-form-group--error govuk-character-count'
          : 'govuk-form-group govuk-character-count'
      }
      {...countAttributes}
    >
      {group}
    </div>
  );
}
