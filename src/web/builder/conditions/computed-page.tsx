import type { Html } from '#jsx/jsx-runtime';
import {
  ARITHMETIC_OPERATORS,
  computedSources,
  type Operand,
} from '../../../domain/builder/computed-rows.ts';
import type { JsonLogicRule } from '../../../domain/forms/definition.ts';
import { textIn } from '../../../domain/forms/localize.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  errorFor,
  type FieldError,
  Fieldset,
  Form,
  Select,
  Textarea,
  TextInput,
} from '../../ui/components/index.ts';
import type { MessageKey } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import { calculationInWords } from './condition-words.ts';
import {
  AdvancedRuleForm,
  PublishedNote,
  type RulePageFrame,
  SavedBanner,
  VersionCaption,
} from './rule-page-parts.tsx';

/** One operand as typed: the chosen source (`number`, `answer:<key>`, `count:<key>`) and a fixed number. */
export interface OperandValues {
  source: string;
  number: string;
}
export interface CalcValues {
  first: OperandValues;
  rows: { operator: string; operand: OperandValues }[];
}

export const FIRST_SOURCE = 'first.source';
export const FIRST_NUMBER = 'first.number';
export const opName = (i: number) => `op.${i}`;
export const sourceName = (i: number) => `source.${i}`;
export const numberName = (i: number) => `number.${i}`;
export const EXPRESSION = 'expression';
/** Sample answers of "try the calculation" (a GET form). */
export const sampleName = (key: string) => `prov.${key}`;

export function operandValues(o: Operand): OperandValues {
  return o.kind === 'number'
    ? { source: 'number', number: o.value }
    : { source: `${o.kind}:${o.key}`, number: '' };
}

export function operandOf(v: OperandValues): Operand {
  if (v.source === 'number') return { kind: 'number', value: v.number };
  const m = /^(answer|count):(.*)$/s.exec(v.source);
  if (m?.[1] === 'count') return { kind: 'count', key: m[2] ?? '' };
  return { kind: 'answer', key: m ? (m[2] ?? '') : v.source };
}

export interface TrySample {
  key: string;
  label: string;
  kind: 'answer' | 'count';
  value: string;
}

export interface ComputedPageProps extends RulePageFrame {
  mode: 'rows' | 'advanced';
  values: CalcValues;
  expression: string;
  notRows: boolean;
  errors: readonly FieldError[];
  saved: boolean;
  samples: readonly TrySample[];
  /** The result of trying: a formatted number, null for "no value", undefined when not tried. */
  tried?: string | null | undefined;
}

/** /:kommun/handlaggare/bygg/:eServiceId/versioner/:versionId/fragor/:questionId/berakning */
export function ComputedPage(props: ComputedPageProps): Html {
  const { ctx, errors, question } = props;
  const t = ctx.t;
  const title = t.t('builderCalc.title', { question: textIn(question.label, t.lang) });
  const back = { href: props.backHref, text: t.t('builderCond.back') };
  const caption = (
    <VersionCaption t={t} serviceName={props.serviceName} versionNumber={props.versionNumber} />
  );
  if (question.type !== 'computed') {
    return (
      <Page ctx={ctx} navItems={staffNav(ctx)} title={title} errors={errors} backLink={back}>
        {caption}
        <h1 class="govuk-heading-l">{title}</h1>
        <p class="govuk-body">{t.t('builderCalc.notComputed')}</p>
      </Page>
    );
  }
  const words = calculationInWords(question.expression as JsonLogicRule, props.definition, t, t.lang);
  return (
    <Page ctx={ctx} navItems={staffNav(ctx)} title={title} errors={errors} backLink={back}>
      <SavedBanner t={t} show={props.saved && errors.length === 0} text={t.t('builderCalc.saved')} />
      {caption}
      <h1 class="govuk-heading-l">{title}</h1>
      <h2 class="govuk-heading-m">{t.t('builderCalc.words.heading')}</h2>
      <p class="govuk-body">{words ?? t.t('builderCalc.words.none')}</p>
      {!props.editable ? (
        <>
          <PublishedNote t={t} />
          <pre class="govuk-body ingang-json">{props.expression}</pre>
        </>
      ) : props.mode === 'advanced' ? (
        <AdvancedRuleForm
          ctx={ctx}
          action={props.action}
          revision={props.revision}
          notRows={props.notRows ? t.t('builderCalc.advanced.notRows') : undefined}
          backText={t.t('builderCalc.advanced.back')}
        >
          <Textarea
            t={t}
            name={EXPRESSION}
            label={t.t('builderCalc.advanced.label')}
            labelSize="s"
            hint={t.t('builderCalc.advanced.lead')}
            rows={10}
            spellcheck={false}
            value={props.expression}
            error={errorFor(errors, EXPRESSION)}
          />
        </AdvancedRuleForm>
      ) : (
        <>
          <p class="govuk-body">
            <a class="govuk-link" href={`${props.action}?avancerat=1`}>
              {t.t('builderCalc.advanced.link')}
            </a>
          </p>
          <RowsForm {...props} />
        </>
      )}
      <TryPart {...props} />
    </Page>
  );
}

function RowsForm(props: ComputedPageProps): Html {
  const { ctx, errors, definition, question } = props;
  const t = ctx.t;
  const lang = t.lang;
  const { numbers, counts } = computedSources(definition, question.key);
  const sourceOptions = [
    { value: 'number', text: t.t('builderCalc.source.number') },
    ...numbers.map((q) => ({
      value: `answer:${q.key}`,
      text: t.t('builderCalc.source.answer', { label: textIn(q.label, lang) }),
    })),
    ...counts.map((q) => ({
      value: `count:${q.key}`,
      text: t.t(q.type === 'group' ? 'builderCalc.source.rows' : 'builderCalc.source.count', {
        label: textIn(q.label, lang),
      }),
    })),
  ];
  const operand = (v: OperandValues, source: string, number: string) => (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Select
          t={t}
          name={source}
          label={t.t('builderCalc.source')}
          emptyOption
          value={v.source}
          options={sourceOptions}
          error={errorFor(errors, source)}
        />
      </div>
      <div class="govuk-grid-column-one-third">
        <TextInput
          t={t}
          name={number}
          label={t.t('builderCalc.number')}
          hint={t.t('builderCalc.numberHint')}
          inputmode="decimal"
          width={10}
          value={v.number}
          error={errorFor(errors, number)}
        />
      </div>
    </div>
  );
  return (
    <Form ctx={ctx} action={props.action}>
      <button type="submit" name="action" value="save" class="govuk-visually-hidden" tabindex="-1">
        {t.t('builderCalc.save')}
      </button>
      <input type="hidden" name="revision" value={props.revision} />
      <input type="hidden" name="mode" value="rows" />
      <p class="govuk-body">{t.t('builderCalc.lead')}</p>
      <Fieldset legend={t.t('builderCalc.first')} legendSize="s">
        {operand(props.values.first, FIRST_SOURCE, FIRST_NUMBER)}
      </Fieldset>
      {props.values.rows.map((row, i) => {
        const n = String(i + 1);
        return (
          <Fieldset legend={t.t('builderCalc.row.legend', { n })} legendSize="s">
            <Select
              t={t}
              name={opName(i)}
              label={t.t('builderCalc.row.operator')}
              value={row.operator}
              options={ARITHMETIC_OPERATORS.map((o) => ({
                value: o,
                text: t.t(`builderCalc.op.${o}` as MessageKey),
              }))}
              error={errorFor(errors, opName(i))}
            />
            {operand(row.operand, sourceName(i), numberName(i))}
            <Button name="action" value={`removeRow:${i}`} variant="secondary">
              {t.t('builderCalc.remove', { n })}
            </Button>
          </Fieldset>
        );
      })}
      <div class="govuk-button-group">
        <Button name="action" value="addRow" variant="secondary">
          {t.t('builderCalc.add')}
        </Button>
        <Button name="action" value="save" preventDoubleClick>
          {t.t('builderCalc.save')}
        </Button>
      </div>
    </Form>
  );
}

function TryPart(props: ComputedPageProps): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <section aria-labelledby="try-heading">
      <h2 class="govuk-heading-m" id="try-heading">
        {t.t('builderCalc.try.heading')}
      </h2>
      <p class="govuk-body">{t.t('builderCalc.try.lead')}</p>
      {props.samples.length === 0 ? <p class="govuk-body">{t.t('builderCalc.try.nothing')}</p> : null}
      <Form ctx={ctx} method="get" action={`${props.action}#try-heading`}>
        <input type="hidden" name="prova" value="1" />
        {props.samples.map((s) => (
          <TextInput
            t={t}
            name={sampleName(s.key)}
            label={t.t(s.kind === 'answer' ? 'builderCalc.try.answer' : 'builderCalc.try.count', {
              label: s.label,
            })}
            inputmode="decimal"
            width={10}
            value={s.value}
          />
        ))}
        <Button variant="secondary">{t.t('builderCalc.try.submit')}</Button>
      </Form>
      {props.tried === undefined ? null : (
        <div class="govuk-inset-text" role="status">
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">
            {props.tried === null
              ? t.t('builderCalc.try.noResult')
              : t.t('builderCalc.try.result', { value: props.tried })}
          </p>
        </div>
      )}
    </section>
  );
}
