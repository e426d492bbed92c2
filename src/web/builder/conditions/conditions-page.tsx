import type { Html } from '#jsx/jsx-runtime';
import {
  CONDITION_OPERATORS,
  choiceValues,
  conditionSources,
  operatorsFor,
} from '../../../domain/builder/condition-rows.ts';
import { textIn } from '../../../domain/forms/localize.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  errorFor,
  type FieldError,
  Fieldset,
  Form,
  Radios,
  Select,
  Textarea,
  TextInput,
  WarningText,
} from '../../ui/components/index.ts';
import type { MessageKey } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import { conditionInWords } from './condition-words.ts';
import {
  AdvancedRuleForm,
  PublishedNote,
  type RulePageFrame,
  SavedBanner,
  VersionCaption,
} from './rule-page-parts.tsx';

export const SECTIONS = ['visible', 'required'] as const;
export type Section = (typeof SECTIONS)[number];

/** A row as typed (strings, possibly invalid). */
export interface RowValues {
  key: string;
  operator: string;
  value: string;
}
export interface SectionValues {
  match: string;
  rows: RowValues[];
}
export type RowsValues = Record<Section, SectionValues>;
export type AdvancedValues = Record<Section, string>;

/** Field names of the rows form; ids follow with "-" for "." (fieldId). */
export const matchField = (s: Section) => `${s}.match`;
export const keyField = (s: Section, i: number) => `${s}.key.${i}`;
export const opField = (s: Section, i: number) => `${s}.op.${i}`;
export const valueField = (s: Section, i: number) => `${s}.value.${i}`;
export const jsonField = (s: Section) => `${s}.json`;

export interface ConditionsPageProps extends RulePageFrame {
  /** Sections on the page: required-ness only for questions that are answered. */
  sections: readonly Section[];
  mode: 'rows' | 'advanced';
  rows: RowsValues;
  advanced: AdvancedValues;
  /** Why the advanced view was opened by itself (a stored rule rows cannot show). */
  notRows: boolean;
  /** Keys of questions after this one that the conditions read. */
  laterKeys: readonly string[];
  errors: readonly FieldError[];
  saved: boolean;
}

const heading = (s: Section): MessageKey =>
  s === 'visible' ? 'builderCond.visible.heading' : 'builderCond.required.heading';

/** /:kommun/handlaggare/bygg/:eServiceId/versioner/:versionId/fragor/:questionId/villkor */
export function ConditionsPage(props: ConditionsPageProps): Html {
  const { ctx, errors, definition, question } = props;
  const t = ctx.t;
  const lang = t.lang;
  const label = textIn(question.label, lang);
  const title = t.t('builderCond.title', { question: label });
  const all = definition.steps.flatMap((s) => s.questions);
  const stored = all.find((q) => q.id === question.id) ?? question;
  const words = (s: Section) => {
    const rule =
      s === 'visible' ? stored.visibleWhen : 'requiredWhen' in stored ? stored.requiredWhen : undefined;
    const w = conditionInWords(rule, definition, t, lang);
    if (s === 'visible')
      return w ? t.t('builderCond.words.visible', { condition: w }) : t.t('builderCond.words.visibleAlways');
    return w ? t.t('builderCond.words.required', { condition: w }) : t.t('builderCond.words.requiredNever');
  };
  const advancedHref = `${props.action}?avancerat=1`;
  return (
    <Page
      ctx={ctx}
      navItems={staffNav(ctx)}
      title={title}
      errors={errors}
      backLink={{ href: props.backHref, text: t.t('builderCond.back') }}
    >
      <SavedBanner t={t} show={props.saved && errors.length === 0} text={t.t('builderCond.saved')} />
      <VersionCaption t={t} serviceName={props.serviceName} versionNumber={props.versionNumber} />
      <h1 class="govuk-heading-l">{title}</h1>

      <h2 class="govuk-heading-m">{t.t('builderCond.words.heading')}</h2>
      <ul class="govuk-list">
        {props.sections.map((s) => (
          <li>{words(s)}</li>
        ))}
      </ul>
      {props.laterKeys.map((k) => {
        const q = all.find((x) => x.key === k);
        return (
          <WarningText t={t}>
            {t.t('builderCond.warning.later', { question: q ? textIn(q.label, lang) : k })}
          </WarningText>
        );
      })}

      {!props.editable ? (
        <>
          <PublishedNote t={t} />
          {props.sections.map((s) => (
            <>
              <h2 class="govuk-heading-s">
                {t.t(s === 'visible' ? 'builderCond.advanced.visible' : 'builderCond.advanced.required')}
              </h2>
              <pre class="govuk-body ingang-json">{props.advanced[s] || '–'}</pre>
            </>
          ))}
        </>
      ) : props.mode === 'advanced' ? (
        <AdvancedForm {...props} />
      ) : (
        <>
          <p class="govuk-body">
            <a class="govuk-link" href={advancedHref}>
              {t.t('builderCond.advanced.link')}
            </a>
          </p>
          <RowsForm {...props} />
        </>
      )}
    </Page>
  );
}

function AdvancedForm(props: ConditionsPageProps): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  return (
    <AdvancedRuleForm
      ctx={ctx}
      action={props.action}
      revision={props.revision}
      notRows={props.notRows ? t.t('builderCond.advanced.notRows') : undefined}
      lead={t.t('builderCond.advanced.lead')}
      backText={t.t('builderCond.advanced.back')}
    >
      {props.sections.map((s) => (
        <Textarea
          t={t}
          name={jsonField(s)}
          label={t.t(s === 'visible' ? 'builderCond.advanced.visible' : 'builderCond.advanced.required')}
          labelSize="s"
          hint={s === 'required' ? t.t('builderCond.required.lead') : undefined}
          rows={8}
          spellcheck={false}
          value={props.advanced[s]}
          error={errorFor(errors, jsonField(s))}
        />
      ))}
    </AdvancedRuleForm>
  );
}

function RowsForm(props: ConditionsPageProps): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Form ctx={ctx} action={props.action}>
      {/* Enter in a text field saves, rather than pressing the first "Ta bort". */}
      <button type="submit" name="action" value="save" class="govuk-visually-hidden" tabindex="-1">
        {t.t('builderCond.save')}
      </button>
      <input type="hidden" name="revision" value={props.revision} />
      <input type="hidden" name="mode" value="rows" />
      {props.sections.map((s) => (
        <SectionRows {...props} section={s} />
      ))}
      <Button name="action" value="refresh" variant="secondary">
        {t.t('builderCond.refresh')}
      </Button>
      <div class="govuk-button-group">
        <Button name="action" value="save" preventDoubleClick>
          {t.t('builderCond.save')}
        </Button>
      </div>
    </Form>
  );
}

function SectionRows(props: ConditionsPageProps & { section: Section }): Html {
  const { ctx, errors, section: s, definition, question } = props;
  const t = ctx.t;
  const lang = t.lang;
  const values = props.rows[s];
  const sources = conditionSources(definition).filter((q) => q.key !== question.key);
  const stepOf = new Map(
    definition.steps.flatMap((step, i) =>
      step.questions.map((q) => [q.key, { n: i + 1, title: textIn(step.title, lang) }]),
    ),
  );
  const questionOptions = sources.map((q) => {
    const step = stepOf.get(q.key);
    return {
      value: q.key,
      text: t.t('builderCond.row.questionOption', {
        label: textIn(q.label, lang),
        step: String(step?.n ?? ''),
        stepTitle: step?.title ?? '',
      }),
    };
  });
  const alwaysRequired = s === 'required' && 'required' in question && question.required;
  return (
    <section aria-labelledby={`${s}-heading`}>
      <h2 class="govuk-heading-m" id={`${s}-heading`}>
        {t.t(heading(s))}
      </h2>
      <p class="govuk-body">
        {t.t(s === 'visible' ? 'builderCond.visible.lead' : 'builderCond.required.lead')}
      </p>
      {alwaysRequired ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{t.t('builderCond.required.alwaysRequired')}</p>
        </div>
      ) : null}
      <Radios
        t={t}
        name={matchField(s)}
        legend={`${t.t(heading(s))}: ${t.t('builderCond.match.legend')}`}
        legendSize="s"
        small
        value={values.match}
        error={errorFor(errors, matchField(s))}
        items={[
          { value: 'all', label: t.t('builderCond.match.all') },
          { value: 'any', label: t.t('builderCond.match.any') },
        ]}
      />
      {values.rows.length === 0 ? <p class="govuk-body">{t.t('builderCond.rows.none')}</p> : null}
      {values.rows.map((row, i) => {
        const q = sources.find((x) => x.key === row.key);
        const ops = q ? operatorsFor(q) : CONDITION_OPERATORS;
        const choices = q ? choiceValues(q) : undefined;
        const n = String(i + 1);
        const choiceText = (v: string) => {
          if (q?.type === 'yesno') return t.t(v === 'yes' ? 'builderCond.words.yes' : 'builderCond.words.no');
          const o = q && 'options' in q ? q.options.find((x) => x.value === v) : undefined;
          return o ? textIn(o.label, lang) : v;
        };
        return (
          <Fieldset legend={`${t.t(heading(s))}: ${t.t('builderCond.row.legend', { n })}`} legendSize="s">
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-one-half">
                <Select
                  t={t}
                  name={keyField(s, i)}
                  label={t.t('builderCond.row.question')}
                  emptyOption
                  value={row.key}
                  options={questionOptions}
                  error={errorFor(errors, keyField(s, i))}
                />
              </div>
              <div class="govuk-grid-column-one-quarter">
                <Select
                  t={t}
                  name={opField(s, i)}
                  label={t.t('builderCond.row.operator')}
                  value={row.operator}
                  options={ops.map((o) => ({ value: o, text: t.t(`builderCond.op.${o}` as MessageKey) }))}
                  error={errorFor(errors, opField(s, i))}
                />
              </div>
              <div class="govuk-grid-column-one-quarter">
                {choices ? (
                  <Select
                    t={t}
                    name={valueField(s, i)}
                    label={t.t('builderCond.row.value')}
                    emptyOption
                    value={row.value}
                    options={[
                      ...choices.map((v) => ({ value: v, text: choiceText(v) })),
                      // A value that is not an option (a tampered post) is kept, so the error can point at it.
                      ...(row.value !== '' && !choices.includes(row.value)
                        ? [{ value: row.value, text: row.value }]
                        : []),
                    ]}
                    error={errorFor(errors, valueField(s, i))}
                  />
                ) : (
                  <TextInput
                    t={t}
                    name={valueField(s, i)}
                    label={t.t('builderCond.row.value')}
                    value={row.value}
                    error={errorFor(errors, valueField(s, i))}
                  />
                )}
              </div>
            </div>
            <Button name="action" value={`removeRow:${s}:${i}`} variant="secondary">
              {t.t('builderCond.row.remove', { n })}
            </Button>
          </Fieldset>
        );
      })}
      <Button name="action" value={`addRow:${s}`} variant="secondary">
        {t.t('builderCond.add')}
      </Button>
    </section>
  );
}
