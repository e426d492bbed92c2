import type { Children, Html } from '#jsx/jsx-runtime';
import {
  CONDITION_OPERATORS,
  type ConditionSource,
  operatorsFor,
} from '../../../domain/builder/condition-rows.ts';
import type { AssignmentRule } from '../../../domain/cases/assignment-rules.ts';
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
  TextInput,
  VisuallyHidden,
  WarningText,
} from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { OfficersFrame } from '../officers/officers-frame.tsx';
import { builderPath } from '../paths.ts';
import { isAlways, type NamedTarget, operatorWords, ruleWords, targetValue } from './rule-words.ts';

/** Where the page's forms post, below /handlaggare/bygg/:eServiceId. */
export const ASSIGNMENT_ACTIONS = {
  page: '/tilldelning',
  rule: '/tilldelning/regel',
  move: '/tilldelning/flytta',
  remove: '/tilldelning/ta-bort',
  otherwise: '/tilldelning/annars',
} as const;

interface Common {
  ctx: PageContext;
  eServiceId: string;
  serviceName: string;
  revision: string;
  questions: readonly ConditionSource[];
  /** The version the questions are from, or undefined when the e-service has none. */
  versionNumber?: number | undefined;
  targets: readonly NamedTarget[];
  errors: readonly FieldError[];
}

export interface AssignmentPageProps extends Common {
  rules: readonly AssignmentRule[];
  notice?: string | undefined;
  /** The otherwise rule's target as chosen when saving it failed. */
  otherwiseValue?: string | undefined;
}

const targetOptions = (t: PageContext['t'], targets: readonly NamedTarget[]) =>
  targets.map((x) => ({
    value: `${x.kind}:${x.id}`,
    text: x.kind === 'group' ? t.t('builderOff.rule.group', { name: x.name }) : x.name,
  }));

/** Ordered rules and the otherwise rule: the last rule when its condition is `true`. */
export function splitRules(rules: readonly AssignmentRule[]): {
  ordered: AssignmentRule[];
  otherwise: AssignmentRule | undefined;
} {
  const last = rules[rules.length - 1];
  return last && isAlways(last)
    ? { ordered: rules.slice(0, -1), otherwise: last }
    : { ordered: [...rules], otherwise: undefined };
}

/** A form of one button about rule `nr`: move it (with `direction`) or delete it. */
function RuleButton(props: {
  ctx: PageContext;
  eServiceId: string;
  revision: string;
  nr: string;
  path: string;
  direction?: 'up' | 'down';
  variant: 'secondary' | 'warning';
  children: Children;
}): Html {
  return (
    <Form ctx={props.ctx} action={href(props.ctx, builderPath(props.eServiceId, props.path))}>
      <input type="hidden" name="revision" value={props.revision} />
      <input type="hidden" name="nr" value={props.nr} />
      {props.direction ? <input type="hidden" name="direction" value={props.direction} /> : null}
      <Button variant={props.variant}>{props.children}</Button>
    </Form>
  );
}

/** /:kommun/handlaggare/bygg/:eServiceId/tilldelning */
export function AssignmentPage(props: AssignmentPageProps): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  const base = (rest: string) => href(ctx, builderPath(props.eServiceId, rest));
  const title = t.t('builderOff.assign.title', { service: props.serviceName });
  const { ordered, otherwise } = splitRules(props.rules);
  const revision = <input type="hidden" name="revision" value={props.revision} />;
  return (
    <OfficersFrame
      ctx={ctx}
      eServiceId={props.eServiceId}
      title={title}
      errors={errors}
      notice={props.notice}
      noticeYieldsToErrors
    >
      <p class="govuk-body">{t.t('builderOff.assign.lead')}</p>
      <div class="govuk-inset-text">{t.t('builderOff.assign.order')}</div>
      {props.targets.length === 0 ? (
        <WarningText t={t}>
          {t.t('builderOff.assign.noHandlers')}{' '}
          <a class="govuk-link" href={base('/behorighet')}>
            {t.t('builderOff.assign.toOfficers')}
          </a>
        </WarningText>
      ) : null}

      <h2 class="govuk-heading-m" id="rules">
        {t.t('builderOff.assign.rules')}
      </h2>
      {ordered.length === 0 ? (
        <p class="govuk-body">{t.t('builderOff.assign.noRules')}</p>
      ) : (
        <ol class="govuk-list govuk-list--number">
          {ordered.map((rule, i) => {
            const words = ruleWords(t, props.questions, props.targets, rule);
            const nr = String(i + 1);
            const button = { ctx, eServiceId: props.eServiceId, revision: props.revision, nr };
            const label = (
              <VisuallyHidden>{`: ${t.t('builderOff.assign.ruleN', { number: nr })}`}</VisuallyHidden>
            );
            return (
              <li class="govuk-!-margin-bottom-4">
                <p class="govuk-body govuk-!-margin-bottom-2">{words}</p>
                <div class="govuk-button-group">
                  <a class="govuk-link" href={`${base(ASSIGNMENT_ACTIONS.rule)}?nr=${nr}`}>
                    {t.t('builderOff.assign.edit')}
                    {label}
                  </a>
                  {i > 0 ? (
                    <RuleButton {...button} path={ASSIGNMENT_ACTIONS.move} direction="up" variant="secondary">
                      {t.t('builderOff.assign.up')}
                      {label}
                    </RuleButton>
                  ) : null}
                  {i < ordered.length - 1 ? (
                    <RuleButton
                      {...button}
                      path={ASSIGNMENT_ACTIONS.move}
                      direction="down"
                      variant="secondary"
                    >
                      {t.t('builderOff.assign.down')}
                      {label}
                    </RuleButton>
                  ) : null}
                  <RuleButton {...button} path={ASSIGNMENT_ACTIONS.remove} variant="warning">
                    {t.t('builderOff.assign.delete')}
                    {label}
                  </RuleButton>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p class="govuk-body">
        <Button variant="secondary" href={base(ASSIGNMENT_ACTIONS.rule)}>
          {t.t('builderOff.assign.add')}
        </Button>
      </p>

      <h2 class="govuk-heading-m">{t.t('builderOff.assign.otherwise')}</h2>
      <p class="govuk-body">
        {otherwise
          ? ruleWords(t, props.questions, props.targets, otherwise, { otherwise: true })
          : t.t('builderOff.assign.otherwiseNone')}
      </p>
      <Form ctx={ctx} action={base(ASSIGNMENT_ACTIONS.otherwise)}>
        {revision}
        <Select
          t={t}
          name="target"
          id="otherwise-target"
          label={t.t('builderOff.assign.otherwiseLabel')}
          hint={t.t('builderOff.assign.otherwiseHint')}
          emptyOption={t.t('builderOff.assign.otherwiseNobody')}
          value={props.otherwiseValue ?? (otherwise ? targetValue(otherwise.target) : '')}
          error={errorFor(errors, 'target')}
          options={targetOptions(t, props.targets)}
        />
        <Button variant="secondary">{t.t('builderOff.assign.otherwiseSave')}</Button>
      </Form>
      {props.versionNumber !== undefined ? (
        <p class="govuk-body-s">{t.t('builderOff.assign.questionsFrom', { number: props.versionNumber })}</p>
      ) : null}
    </OfficersFrame>
  );
}

export interface RuleFormValues {
  match: string;
  rows: { key: string; operator: string; value: string }[];
  target: string;
}

export interface RulePageProps extends Common {
  /** 1-based place of the rule being changed; undefined for a new rule. */
  nr?: number | undefined;
  values: RuleFormValues;
  /** The stored condition in words when the rows cannot show it (saving replaces it). */
  unshownCondition?: string | undefined;
}

export const rowField = {
  key: (i: number) => `q.${i}`,
  operator: (i: number) => `op.${i}`,
  value: (i: number) => `v.${i}`,
};

/** /:kommun/handlaggare/bygg/:eServiceId/tilldelning/regel[?nr=N]: one rule's conditions and target. */
export function RulePage(props: RulePageProps): Html {
  const { ctx, errors, values } = props;
  const t = ctx.t;
  const base = (rest: string) => href(ctx, builderPath(props.eServiceId, rest));
  const title =
    props.nr === undefined
      ? t.t('builderOff.rule.newTitle')
      : t.t('builderOff.rule.editTitle', { number: String(props.nr) });
  const questionOptions = props.questions.map((q) => ({
    value: q.key,
    text: `${textIn(q.label, t.lang)} (${q.key})`,
  }));
  return (
    <Page
      ctx={ctx}
      title={title}
      navItems={staffNav(ctx)}
      errors={errors}
      backLink={{ href: base(ASSIGNMENT_ACTIONS.page), text: t.t('builderOff.rule.back') }}
    >
      <span class="govuk-caption-l">{props.serviceName}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('builderOff.rule.lead')}</p>
      {props.unshownCondition ? (
        <div class="govuk-inset-text">
          {t.t('builderOff.rule.unshown', { condition: props.unshownCondition })}
        </div>
      ) : null}
      {props.questions.length === 0 ? (
        <WarningText t={t}>{t.t('builderOff.rule.noQuestions')}</WarningText>
      ) : null}
      <Form ctx={ctx} action={base(ASSIGNMENT_ACTIONS.rule)}>
        <input type="hidden" name="revision" value={props.revision} />
        {props.nr !== undefined ? <input type="hidden" name="nr" value={String(props.nr)} /> : null}
        <input type="hidden" name="rows" value={String(values.rows.length)} />
        <Radios
          t={t}
          name="match"
          legend={t.t('builderOff.rule.match')}
          legendSize="m"
          value={values.match}
          error={errorFor(errors, 'match')}
          items={[
            { value: 'all', label: t.t('builderOff.rule.matchAll') },
            { value: 'any', label: t.t('builderOff.rule.matchAny') },
          ]}
        />
        {values.rows.map((row, i) => {
          const q = props.questions.find((x) => x.key === row.key);
          const ops = q ? operatorsFor(q) : CONDITION_OPERATORS;
          const choices =
            q && (q.type === 'radio' || q.type === 'select' || q.type === 'checkbox')
              ? q.options.map((o) => ({ value: o.value, text: textIn(o.label, t.lang) }))
              : q?.type === 'yesno'
                ? [
                    { value: 'yes', text: t.t('builderOff.value.yes') },
                    { value: 'no', text: t.t('builderOff.value.no') },
                  ]
                : undefined;
          const n = String(i + 1);
          return (
            <Fieldset legend={t.t('builderOff.rule.row', { number: n })} legendSize="s">
              <Select
                t={t}
                name={rowField.key(i)}
                label={t.t('builderOff.rule.question')}
                emptyOption
                value={row.key}
                error={errorFor(errors, rowField.key(i))}
                options={questionOptions}
              />
              <Select
                t={t}
                name={rowField.operator(i)}
                label={t.t('builderOff.rule.operator')}
                value={row.operator}
                error={errorFor(errors, rowField.operator(i))}
                options={ops.map((o) => ({ value: o, text: operatorWords(t, o) }))}
              />
              {choices && (row.value === '' || choices.some((c) => c.value === row.value)) ? (
                <Select
                  t={t}
                  name={rowField.value(i)}
                  label={t.t('builderOff.rule.value')}
                  hint={t.t('builderOff.rule.valueChoiceHint')}
                  emptyOption
                  value={row.value}
                  error={errorFor(errors, rowField.value(i))}
                  options={choices}
                />
              ) : (
                <TextInput
                  t={t}
                  name={rowField.value(i)}
                  label={t.t('builderOff.rule.value')}
                  hint={t.t('builderOff.rule.valueHint')}
                  value={row.value}
                  error={errorFor(errors, rowField.value(i))}
                />
              )}
            </Fieldset>
          );
        })}
        <Select
          t={t}
          name="target"
          label={t.t('builderOff.rule.target')}
          labelSize="m"
          hint={t.t('builderOff.rule.targetHint')}
          emptyOption
          value={values.target}
          error={errorFor(errors, 'target')}
          options={targetOptions(t, props.targets)}
        />
        <p class="govuk-body">{t.t('builderOff.rule.buttonsLead')}</p>
        <div class="govuk-button-group">
          <Button name="action" value="save" preventDoubleClick>
            {t.t('builderOff.rule.save')}
          </Button>
          <Button variant="secondary" name="action" value="addRow">
            {t.t('builderOff.rule.addRow')}
          </Button>
          <Button variant="secondary" name="action" value="refresh">
            {t.t('builderOff.rule.refresh')}
          </Button>
        </div>
      </Form>
      {props.targets.length > 0 ? null : (
        <p class="govuk-body">
          <a class="govuk-link" href={base('/behorighet')}>
            {t.t('builderOff.assign.toOfficers')}
          </a>
        </p>
      )}
    </Page>
  );
}
