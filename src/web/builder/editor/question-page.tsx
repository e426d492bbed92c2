import type { Html } from '#jsx/jsx-runtime';
import { CONTACT_FIELDS, GROUP_CELL_TYPES, type Question } from '../../../domain/forms/definition.ts';
import { fieldId } from '../../ui/components/field-id.ts';
import {
  Button,
  ButtonGroup,
  Checkboxes,
  errorFor,
  type FieldError,
  Fieldset,
  Form,
  NotificationBanner,
  Radios,
  Select,
  Textarea,
  TextInput,
  VisuallyHidden,
  WarningText,
} from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import type { EditorLinks } from './editor-links.ts';
import { columnField, FILE_TYPES, optionField, type QuestionForm } from './question-form.ts';
import { type Conflict, ConflictBanner } from './small-pages.tsx';
import { typeName } from './structure-page.tsx';

const CHOICE_TYPES = new Set(['radio', 'checkbox', 'select']);

export interface QuestionPageProps {
  ctx: PageContext;
  links: EditorLinks;
  action: string;
  question: Question;
  stepName: string;
  form: QuestionForm;
  revision: string;
  editable: boolean;
  errors: readonly FieldError[];
  conflict: Conflict;
  /** "The question has been added" after creating it. */
  added?: boolean;
}

/** A single tick box with its own label (no legend of its own: they sit in a fieldset). */
function Flag(props: {
  name: string;
  label: string;
  hint?: string;
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

function Flags(props: { legend: string; children: Html | (Html | null)[] }): Html {
  return (
    <div class="govuk-form-group">
      <Fieldset legend={props.legend} legendSize="s">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {props.children}
        </div>
      </Fieldset>
    </div>
  );
}

/** …/fragor/:questionId: every setting of the question's type. */
export function QuestionPage(props: QuestionPageProps): Html {
  const { ctx, links, question: q, form, errors, editable } = props;
  const t = ctx.t;
  const f = form.fields;
  const v = (name: string) => f[name] ?? '';
  const err = (name: string) => errorFor(errors, name);
  const title = t.t('builderEd.question.title', { name: q.label.sv });
  const answerable = q.type !== 'info' && q.type !== 'computed';
  return (
    <Page ctx={ctx} title={title} errors={errors} backLink={`${links.version}#fraga-${q.id}`}>
      <ConflictBanner t={t} conflict={props.conflict} />
      {props.added ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{t.t('builderEd.done.questionAdded')}</p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">
        {t.t('builderEd.question.caption', { type: typeName(t, q.type), step: props.stepName })}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      {editable ? null : <WarningText t={t}>{t.t('builderEd.structure.readOnly')}</WarningText>}
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={links.conditions(q.id)}>
            {t.t('builderEd.question.conditionsLink')}
          </a>
        </li>
        {q.type === 'computed' ? (
          <li>
            <a class="govuk-link" href={links.computation(q.id)}>
              {t.t('builderEd.question.computationLink')}
            </a>
          </li>
        ) : null}
      </ul>
      <Form ctx={ctx} action={props.action}>
        {/* Enter in a field saves: the first submit button of the form is the default one. */}
        <button type="submit" name="action" value="save" class="govuk-visually-hidden" tabindex="-1">
          {t.t('builderEd.question.save')}
        </button>
        <input type="hidden" name="revision" value={props.revision} />
        <TextInput
          t={t}
          name="label"
          label={q.type === 'info' ? t.t('builderEd.field.heading') : t.t('builderEd.field.label')}
          value={v('label')}
          error={err('label')}
          requirement="required"
        />
        <TextInput
          t={t}
          name="hint"
          label={t.t('builderEd.field.hint')}
          hint={t.t('builderEd.field.hintHint')}
          value={v('hint')}
          error={err('hint')}
        />
        <Textarea
          t={t}
          name="help"
          label={t.t('builderEd.field.help')}
          hint={t.t('builderEd.field.helpHint')}
          value={v('help')}
          error={err('help')}
          rows={3}
        />
        <TextInput
          t={t}
          name="key"
          label={t.t('builderEd.field.key')}
          hint={t.t('builderEd.field.keyHint')}
          value={v('key')}
          error={err('key')}
          width={20}
          spellcheck={false}
          requirement="required"
        />
        {answerable || q.type === 'computed' ? (
          <Flags legend={t.t('builderEd.field.flags')}>
            {answerable ? (
              <Flag
                name="required"
                label={t.t('builderEd.field.required')}
                hint={q.type === 'consent' ? t.t('builderEd.field.requiredConsent') : undefined}
                checked={v('required') === 'true'}
              />
            ) : null}
            <Flag
              name="summary"
              label={t.t('builderEd.field.summary')}
              hint={t.t('builderEd.field.summaryHint')}
              checked={v('summary') === 'true'}
            />
          </Flags>
        ) : null}
        <TypeSettings t={t} q={q} form={form} errors={errors} />
        {editable ? (
          <ButtonGroup>
            <Button name="action" value="save">
              {t.t('builderEd.question.save')}
            </Button>
            <a class="govuk-link" href={`${links.version}#fraga-${q.id}`}>
              {t.t('builderEd.cancel')}
            </a>
          </ButtonGroup>
        ) : null}
      </Form>
    </Page>
  );
}

function TypeSettings(props: {
  t: Translator;
  q: Question;
  form: QuestionForm;
  errors: readonly FieldError[];
}): Html {
  const { t, q, form, errors } = props;
  const f = form.fields;
  const v = (name: string) => f[name] ?? '';
  const err = (name: string) => errorFor(errors, name);
  const num = (name: string, label: string, hint?: string) => (
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
  );
  const heading = (
    <h2 class="govuk-heading-m">{t.t('builderEd.settings.heading', { type: typeName(t, q.type) })}</h2>
  );
  switch (q.type) {
    case 'text':
      return (
        <>
          {heading}
          {num('minLength', t.t('builderEd.field.minLength'))}
          {num(
            'maxLength',
            t.t('builderEd.field.maxLength'),
            t.t('builderEd.field.maxLengthHint', { max: '1000' }),
          )}
          <TextInput
            t={t}
            name="pattern"
            label={t.t('builderEd.field.pattern')}
            hint={t.t('builderEd.field.patternHint')}
            value={v('pattern')}
            error={err('pattern')}
            spellcheck={false}
          />
          <TextInput
            t={t}
            name="patternMessage"
            label={t.t('builderEd.field.patternMessage')}
            value={v('patternMessage')}
            error={err('patternMessage')}
          />
          <TextInput
            t={t}
            name="autocomplete"
            label={t.t('builderEd.field.autocomplete')}
            hint={t.t('builderEd.field.autocompleteHint')}
            value={v('autocomplete')}
            error={err('autocomplete')}
            width={20}
            spellcheck={false}
          />
        </>
      );
    case 'textarea':
      return (
        <>
          {heading}
          {num(
            'maxLength',
            t.t('builderEd.field.maxLength'),
            t.t('builderEd.field.maxLengthHint', { max: '20000' }),
          )}
        </>
      );
    case 'number':
      return (
        <>
          {heading}
          {num('min', t.t('builderEd.field.min'))}
          {num('max', t.t('builderEd.field.max'))}
          <Flags legend={t.t('builderEd.field.numberFlags')}>
            <Flag name="integer" label={t.t('builderEd.field.integer')} checked={v('integer') === 'true'} />
          </Flags>
          <TextInput
            t={t}
            name="unit"
            label={t.t('builderEd.field.unit')}
            hint={t.t('builderEd.field.unitHint')}
            value={v('unit')}
            error={err('unit')}
            width={10}
          />
        </>
      );
    case 'date':
      return (
        <>
          {heading}
          <p class="govuk-body">{t.t('builderEd.field.dateBoundHelp')}</p>
          <TextInput
            t={t}
            name="min"
            label={t.t('builderEd.field.dateMin')}
            hint={t.t('builderEd.field.dateBoundHint')}
            value={v('min')}
            error={err('min')}
            width={10}
            spellcheck={false}
          />
          <TextInput
            t={t}
            name="max"
            label={t.t('builderEd.field.dateMax')}
            hint={t.t('builderEd.field.dateBoundHint')}
            value={v('max')}
            error={err('max')}
            width={10}
            spellcheck={false}
          />
        </>
      );
    case 'radio':
    case 'checkbox':
    case 'select':
      return (
        <>
          {heading}
          <OptionsEditor t={t} form={form} errors={errors} checkbox={q.type === 'checkbox'} />
        </>
      );
    case 'file':
      return (
        <>
          {heading}
          <Checkboxes
            t={t}
            name="accept"
            legend={t.t('builderEd.field.accept')}
            legendSize="s"
            error={err('accept')}
            values={form.accept}
            small
            items={FILE_TYPES.map((m) => ({ value: m, label: t.t(`builderEd.mime.${m}`) }))}
          />
          {num('maxSizeMb', t.t('builderEd.field.maxSizeMb'), t.t('builderEd.field.maxSizeMbHint'))}
          {num('maxFiles', t.t('builderEd.field.maxFiles'), t.t('builderEd.field.maxFilesHint'))}
        </>
      );
    case 'contact':
      return (
        <>
          {heading}
          {CONTACT_FIELDS.map((c) => (
            <Radios
              t={t}
              name={`contact.${c}`}
              legend={t.t(`builderEd.contact.${c}`)}
              legendSize="s"
              inline
              small
              value={v(`contact.${c}`) || 'no'}
              error={err(`contact.${c}`)}
              items={[
                { value: 'required', label: t.t('builderEd.contact.required') },
                { value: 'optional', label: t.t('builderEd.contact.optional') },
                { value: 'no', label: t.t('builderEd.contact.no') },
              ]}
            />
          ))}
          <Flags legend={t.t('builderEd.field.prefillLegend')}>
            <Flag
              name="prefill"
              label={t.t('builderEd.field.prefillContact')}
              checked={v('prefill') === 'true'}
            />
          </Flags>
        </>
      );
    case 'personnummer':
      return (
        <>
          {heading}
          <Flags legend={t.t('builderEd.field.pnrFlags')}>
            <Flag
              name="allowSamordningsnummer"
              label={t.t('builderEd.field.allowSamordningsnummer')}
              checked={v('allowSamordningsnummer') === 'true'}
            />
            <Flag
              name="prefill"
              label={t.t('builderEd.field.prefillPnr')}
              checked={v('prefill') === 'true'}
            />
          </Flags>
        </>
      );
    case 'orgnr':
      return (
        <>
          {heading}
          <Flags legend={t.t('builderEd.field.orgnrFlags')}>
            <Flag
              name="allowSoleTrader"
              label={t.t('builderEd.field.allowSoleTrader')}
              checked={v('allowSoleTrader') === 'true'}
            />
          </Flags>
        </>
      );
    case 'group':
      return (
        <>
          {heading}
          <ColumnsEditor t={t} form={form} errors={errors} />
          {num('minRows', t.t('builderEd.field.minRows'))}
          {num('maxRows', t.t('builderEd.field.maxRows'), t.t('builderEd.field.maxRowsHint'))}
        </>
      );
    case 'info':
      return (
        <>
          {heading}
          <Textarea
            t={t}
            name="text"
            label={t.t('builderEd.field.infoText')}
            value={v('text')}
            error={err('text')}
            rows={6}
            requirement="required"
          />
        </>
      );
    case 'computed':
      return (
        <>
          {heading}
          <Radios
            t={t}
            name="format"
            legend={t.t('builderEd.field.format')}
            legendSize="s"
            value={v('format')}
            error={err('format')}
            items={[
              { value: 'number', label: t.t('builderEd.field.formatNumber') },
              { value: 'currency', label: t.t('builderEd.field.formatCurrency') },
            ]}
          />
          {num('decimals', t.t('builderEd.field.decimals'), t.t('builderEd.field.decimalsHint'))}
          <TextInput
            t={t}
            name="unit"
            label={t.t('builderEd.field.unit')}
            hint={t.t('builderEd.field.unitComputedHint')}
            value={v('unit')}
            error={err('unit')}
            width={10}
          />
        </>
      );
    default:
      return (
        <>
          {heading}
          <p class="govuk-body">{t.t('builderEd.settings.none')}</p>
        </>
      );
  }
}

function OptionsEditor(props: {
  t: Translator;
  form: QuestionForm;
  errors: readonly FieldError[];
  checkbox: boolean;
}): Html {
  const { t, form, errors } = props;
  const rows = form.options;
  return (
    <div class="govuk-form-group">
      <p class="govuk-body">{t.t('builderEd.options.lead')}</p>
      <ol class="govuk-list">
        {rows.map((o, i) => {
          const n = String(i + 1);
          const ctx = <VisuallyHidden> {t.t('builderEd.options.context', { number: n })}</VisuallyHidden>;
          return (
            <li>
              <Fieldset legend={t.t('builderEd.options.legend', { number: n })} legendSize="s">
                <TextInput
                  t={t}
                  name={optionField(i, 'label')}
                  label={t.t('builderEd.options.label')}
                  value={o.label}
                  error={errorFor(errors, optionField(i, 'label'))}
                />
                <TextInput
                  t={t}
                  name={optionField(i, 'value')}
                  label={t.t('builderEd.options.value')}
                  hint={t.t('builderEd.options.valueHint')}
                  value={o.value}
                  error={errorFor(errors, optionField(i, 'value'))}
                  width={20}
                  spellcheck={false}
                />
                <TextInput
                  t={t}
                  name={optionField(i, 'hint')}
                  label={t.t('builderEd.options.hint')}
                  value={o.hint}
                  error={errorFor(errors, optionField(i, 'hint'))}
                />
                {props.checkbox ? (
                  <div class="govuk-form-group">
                    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                      <Flag
                        name={optionField(i, 'exclusive')}
                        label={t.t('builderEd.options.exclusive')}
                        checked={o.exclusive}
                      />
                    </div>
                  </div>
                ) : null}
                <div class="govuk-button-group">
                  {i > 0 ? (
                    <Button variant="secondary" name="action" value={`optionUp.${i}`}>
                      {t.t('builderEd.action.up')}
                      {ctx}
                    </Button>
                  ) : null}
                  {i < rows.length - 1 ? (
                    <Button variant="secondary" name="action" value={`optionDown.${i}`}>
                      {t.t('builderEd.action.down')}
                      {ctx}
                    </Button>
                  ) : null}
                  <Button variant="warning" name="action" value={`removeOption.${i}`}>
                    {t.t('builderEd.action.remove')}
                    {ctx}
                  </Button>
                </div>
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" name="action" value="addOption" id="addOption">
        {t.t('builderEd.options.add')}
      </Button>
    </div>
  );
}

function ColumnsEditor(props: { t: Translator; form: QuestionForm; errors: readonly FieldError[] }): Html {
  const { t, form, errors } = props;
  const rows = form.columns;
  return (
    <div class="govuk-form-group">
      <p class="govuk-body">{t.t('builderEd.columns.lead')}</p>
      <ol class="govuk-list">
        {rows.map((c, i) => {
          const n = String(i + 1);
          const ctx = <VisuallyHidden> {t.t('builderEd.columns.context', { number: n })}</VisuallyHidden>;
          return (
            <li>
              <Fieldset legend={t.t('builderEd.columns.legend', { number: n })} legendSize="s">
                <input type="hidden" name={columnField(i, 'id')} value={c.id} />
                <TextInput
                  t={t}
                  name={columnField(i, 'label')}
                  label={t.t('builderEd.columns.label')}
                  value={c.label}
                  error={errorFor(errors, columnField(i, 'label'))}
                />
                <TextInput
                  t={t}
                  name={columnField(i, 'key')}
                  label={t.t('builderEd.columns.key')}
                  hint={t.t('builderEd.columns.keyHint')}
                  value={c.key}
                  error={errorFor(errors, columnField(i, 'key'))}
                  width={20}
                  spellcheck={false}
                />
                <Select
                  t={t}
                  name={columnField(i, 'type')}
                  label={t.t('builderEd.columns.type')}
                  value={c.type}
                  error={errorFor(errors, columnField(i, 'type'))}
                  options={GROUP_CELL_TYPES.map((type) => ({ value: type, text: typeName(t, type) }))}
                />
                {CHOICE_TYPES.has(c.type) ? (
                  <Textarea
                    t={t}
                    name={columnField(i, 'options')}
                    label={t.t('builderEd.columns.options')}
                    hint={t.t('builderEd.columns.optionsHint')}
                    value={c.options}
                    error={errorFor(errors, columnField(i, 'options'))}
                    rows={4}
                    spellcheck={false}
                  />
                ) : null}
                <div class="govuk-form-group">
                  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    <Flag
                      name={columnField(i, 'required')}
                      label={t.t('builderEd.columns.required')}
                      checked={c.required}
                    />
                  </div>
                </div>
                <div class="govuk-button-group">
                  {i > 0 ? (
                    <Button variant="secondary" name="action" value={`columnUp.${i}`}>
                      {t.t('builderEd.action.up')}
                      {ctx}
                    </Button>
                  ) : null}
                  {i < rows.length - 1 ? (
                    <Button variant="secondary" name="action" value={`columnDown.${i}`}>
                      {t.t('builderEd.action.down')}
                      {ctx}
                    </Button>
                  ) : null}
                  <Button variant="warning" name="action" value={`removeColumn.${i}`}>
                    {t.t('builderEd.action.remove')}
                    {ctx}
                  </Button>
                </div>
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" name="action" value="addColumn" id="addColumn">
        {t.t('builderEd.columns.add')}
      </Button>
    </div>
  );
}
