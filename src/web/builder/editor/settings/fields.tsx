import type { Html } from '#jsx/jsx-runtime';
import type { Question } from '../../../../domain/forms/definition.ts';
import { fieldId } from '../../../ui/components/field-id.ts';
import {
  Button,
  errorFor,
  type FieldError,
  Fieldset,
  Textarea,
  type TextareaProps,
  TextInput,
  type TextInputProps,
  VisuallyHidden,
} from '../../../ui/components/index.ts';
import type { Translator } from '../../../ui/i18n/translator.ts';
import type { QuestionForm } from '../question-form.ts';

/** What every settings fieldset of a question type is given. */
export interface SettingsProps {
  t: Translator;
  q: Question;
  form: QuestionForm;
  errors: readonly FieldError[];
  /** A saved group column's settings page (the group's page links each column to it). */
  columnHref?: (columnId: string) => string;
}

type Extra<P> = Omit<P, 't' | 'name' | 'label' | 'value' | 'error'>;

/**
 * Inputs bound to the form's single fields: each shows what was typed and its
 * error, so a settings fieldset only says name, label and what differs.
 */
export function settingFields({ t, form, errors }: Pick<SettingsProps, 't' | 'form' | 'errors'>) {
  const v = (name: string) => form.fields[name] ?? '';
  const err = (name: string) => errorFor(errors, name);
  return {
    v,
    err,
    checked: (name: string) => v(name) === 'true',
    text: (name: string, label: string, extra: Extra<TextInputProps> = {}) => (
      <TextInput t={t} name={name} label={label} value={v(name)} error={err(name)} {...extra} />
    ),
    /** A short field for a number. */
    num: (name: string, label: string, hint?: string) => (
      <TextInput
        t={t}
        name={name}
        label={label}
        hint={hint}
        value={v(name)}
        error={err(name)}
        width={10}
        inputmode="decimal"
      />
    ),
    textarea: (name: string, label: string, extra: Extra<TextareaProps> = {}) => (
      <Textarea t={t} name={name} label={label} value={v(name)} error={err(name)} {...extra} />
    ),
  };
}

/** A single tick box with its own label (no legend of its own: they sit in a fieldset). */
export function Flag(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  error?: string | undefined;
}): Html {
  const id = fieldId(props.name);
  return (
    <div class="govuk-checkboxes__item">
      <input
        class="govuk-checkboxes__input"
        id={id}
        name={props.name}
        type="checkbox"
        value="true"
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <label class="govuk-label govuk-checkboxes__label" for={id}>
        {props.label}
      </label>
      {props.hint ? (
        <div id={`${id}-hint`} class="govuk-hint govuk-checkboxes__hint">
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}

/** Tick boxes under a small legend. */
export function Flags(props: { legend: string; children: Html | (Html | null)[] }): Html {
  return (
    <div class="govuk-form-group">
      <Fieldset legend={props.legend} legendSize="s">
        <FlagList>{props.children}</FlagList>
      </Fieldset>
    </div>
  );
}

/** One tick box of a row (an option, a column), without a legend. */
export function RowFlag(props: { name: string; label: string; checked: boolean }): Html {
  return (
    <div class="govuk-form-group">
      <FlagList>
        <Flag name={props.name} label={props.label} checked={props.checked} />
      </FlagList>
    </div>
  );
}

function FlagList(props: { children: Html | (Html | null)[] }): Html {
  return (
    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
      {props.children}
    </div>
  );
}

/**
 * The buttons of row `i` of `count` (an option, a column): up, down and
 * remove, posted as `action` = `<up>.i`, `<down>.i`, `<remove>.i`; `context`
 * names the row for screen readers.
 */
export function RowButtons(props: {
  t: Translator;
  i: number;
  count: number;
  actions: { up: string; down: string; remove: string };
  context: string;
}): Html {
  const { t, i, count, actions } = props;
  const ctx = <VisuallyHidden> {props.context}</VisuallyHidden>;
  return (
    <div class="govuk-button-group">
      {i > 0 ? (
        <Button variant="secondary" name="action" value={`${actions.up}.${i}`}>
          {t.t('builderEd.action.up')}
          {ctx}
        </Button>
      ) : null}
      {i < count - 1 ? (
        <Button variant="secondary" name="action" value={`${actions.down}.${i}`}>
          {t.t('builderEd.action.down')}
          {ctx}
        </Button>
      ) : null}
      <Button variant="warning" name="action" value={`${actions.remove}.${i}`}>
        {t.t('builderEd.action.remove')}
        {ctx}
      </Button>
    </div>
  );
}
