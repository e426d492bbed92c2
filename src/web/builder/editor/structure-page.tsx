import type { Html } from '#jsx/jsx-runtime';
import type { FormDefinition, Question, Step } from '../../../domain/forms/definition.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  Form,
  NotificationBanner,
  Select,
  Tag,
  VisuallyHidden,
  WarningText,
} from '../../ui/components/index.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import { type EditorLinks, questionAnchor, stepAnchor } from './editor-links.ts';

export interface EditorNotice {
  kind: 'success' | 'refused';
  heading: string;
  items?: readonly string[];
}

export interface StructurePageProps {
  ctx: PageContext;
  links: EditorLinks;
  serviceName: string;
  versionNumber: number;
  editable: boolean;
  revision: string;
  definition: FormDefinition;
  notice?: EditorNotice | null;
}

export const typeName = (t: Translator, type: string) => t.t(`builderEd.type.${type}` as MessageKey);

const hasConditions = (q: Question) =>
  q.visibleWhen !== undefined || ('requiredWhen' in q && q.requiredWhen !== undefined);

/** /:kommun/handlaggare/bygg/:eServiceId/versioner/:versionId: the steps and their questions, in order. */
export function StructurePage(props: StructurePageProps): Html {
  const { ctx, links, definition, editable } = props;
  const t = ctx.t;
  const title = t.t('builderEd.structure.title', {
    service: props.serviceName,
    number: String(props.versionNumber),
  });
  const steps = definition.steps;
  return (
    <Page
      ctx={ctx}
      navItems={staffNav(ctx)}
      title={title}
      wide
      backLink={{ href: links.eService, text: t.t('builderEd.back') }}
    >
      {props.notice ? <Notice t={t} notice={props.notice} /> : null}
      <h1 class="govuk-heading-l">{title}</h1>
      {editable ? (
        <p class="govuk-body">{t.t('builderEd.structure.lead')}</p>
      ) : (
        <WarningText t={t}>{t.t('builderEd.structure.readOnly')}</WarningText>
      )}
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={links.translations}>
            {t.t('builderEd.structure.translations')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={links.tryIt}>
            {t.t('builderEd.structure.try')}
          </a>
        </li>
      </ul>
      {steps.map((step, i) => (
        <StepSection
          ctx={ctx}
          links={links}
          step={step}
          index={i}
          steps={steps}
          editable={editable}
          revision={props.revision}
        />
      ))}
      {editable ? (
        <Button href={links.newStep} variant="secondary">
          {t.t('builderEd.structure.addStep')}
        </Button>
      ) : null}
    </Page>
  );
}

function Notice(props: { t: Translator; notice: EditorNotice }): Html {
  const { t, notice } = props;
  return (
    <NotificationBanner t={t} type={notice.kind === 'success' ? 'success' : 'info'}>
      <p class="govuk-notification-banner__heading">{notice.heading}</p>
      {notice.items && notice.items.length > 0 ? (
        <ul class="govuk-list govuk-list--bullet">
          {notice.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      ) : null}
    </NotificationBanner>
  );
}

function StepSection(props: {
  ctx: PageContext;
  links: EditorLinks;
  step: Step;
  index: number;
  steps: readonly Step[];
  editable: boolean;
  revision: string;
}): Html {
  const { ctx, links, step, index, steps, editable } = props;
  const t = ctx.t;
  const name = step.title.sv;
  const context = <VisuallyHidden> {t.t('builderEd.step.context', { name })}</VisuallyHidden>;
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby={stepAnchor(step.id)}>
      <h2 class="govuk-heading-m" id={stepAnchor(step.id)} tabindex="-1">
        {t.t('builderEd.step.heading', { number: String(index + 1), name })}
      </h2>
      {step.description ? <p class="govuk-body">{step.description.sv}</p> : null}
      {editable ? (
        <div class="govuk-button-group">
          <a class="govuk-link" href={links.step(step.id)}>
            {t.t('builderEd.action.edit')}
            {context}
          </a>
          <a class="govuk-link" href={links.deleteStep(step.id)}>
            {t.t('builderEd.action.delete')}
            {context}
          </a>
          {steps.length > 1 ? (
            <MoveForm
              ctx={ctx}
              action={links.moveStep(step.id)}
              revision={props.revision}
              index={index}
              count={steps.length}
              context={context}
            />
          ) : null}
        </div>
      ) : null}
      <ol class="govuk-list">
        {step.questions.map((q, j) => (
          <QuestionItem
            ctx={ctx}
            links={links}
            step={step}
            question={q}
            index={j}
            steps={steps}
            editable={editable}
            revision={props.revision}
          />
        ))}
      </ol>
      {editable ? (
        <Button href={links.newQuestion(step.id)} variant="secondary">
          {t.t('builderEd.step.addQuestion')}
          {context}
        </Button>
      ) : null}
    </section>
  );
}

function QuestionItem(props: {
  ctx: PageContext;
  links: EditorLinks;
  step: Step;
  question: Question;
  index: number;
  steps: readonly Step[];
  editable: boolean;
  revision: string;
}): Html {
  const { ctx, links, step, question: q, index, steps, editable } = props;
  const t = ctx.t;
  const context = <VisuallyHidden> {t.t('builderEd.question.context', { name: q.label.sv })}</VisuallyHidden>;
  const required =
    'required' in q
      ? q.required
        ? t.t('builderEd.question.required')
        : t.t('builderEd.question.optional')
      : null;
  const others = steps.filter((s) => s.id !== step.id);
  return (
    <li class="govuk-!-margin-bottom-6">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1" id={questionAnchor(q.id)} tabindex="-1">
        {q.label.sv}
      </h3>
      <p class="govuk-body govuk-!-margin-bottom-2">
        {typeName(t, q.type)} · {t.t('builderEd.question.key')} <code>{q.key}</code>
        {required ? ` · ${required}` : ''}{' '}
        {hasConditions(q) ? <Tag colour="purple">{t.t('builderEd.question.hasConditions')}</Tag> : null}
      </p>
      <div class="govuk-button-group">
        <a class="govuk-link" href={links.question(q.id)}>
          {editable ? t.t('builderEd.action.edit') : t.t('builderEd.action.show')}
          {context}
        </a>
        {editable ? (
          <a class="govuk-link" href={links.deleteQuestion(q.id)}>
            {t.t('builderEd.action.delete')}
            {context}
          </a>
        ) : null}
        {editable && step.questions.length > 1 ? (
          <MoveForm
            ctx={ctx}
            action={links.moveQuestion(q.id)}
            revision={props.revision}
            index={index}
            count={step.questions.length}
            context={context}
          />
        ) : null}
      </div>
      {editable && others.length > 0 && step.questions.length > 1 ? (
        <Form ctx={ctx} action={links.moveQuestion(q.id)}>
          <input type="hidden" name="revision" value={props.revision} />
          <div class="govuk-button-group">
            <Select
              t={t}
              name="toStep"
              id={`toStep-${q.id}`}
              label={
                <>
                  {t.t('builderEd.question.toStep')}
                  {context}
                </>
              }
              options={others.map((s) => ({
                value: s.id,
                text: t.t('builderEd.step.heading', {
                  number: String(steps.indexOf(s) + 1),
                  name: s.title.sv,
                }),
              }))}
            />
            <Button variant="secondary" name="direction" value="toStep">
              {t.t('builderEd.action.moveToStep')}
              {context}
            </Button>
          </div>
        </Form>
      ) : null}
    </li>
  );
}

/** Up and down for item `index` of `count` (a step, a question), posted as `direction`; `context` names the item. */
function MoveForm(props: {
  ctx: PageContext;
  action: string;
  revision: string;
  index: number;
  count: number;
  context: Html;
}): Html {
  const { ctx, index, context } = props;
  const t = ctx.t;
  return (
    <Form ctx={ctx} action={props.action}>
      <input type="hidden" name="revision" value={props.revision} />
      {index > 0 ? (
        <Button variant="secondary" name="direction" value="up">
          {t.t('builderEd.action.up')}
          {context}
        </Button>
      ) : null}
      {index < props.count - 1 ? (
        <Button variant="secondary" name="direction" value="down">
          {t.t('builderEd.action.down')}
          {context}
        </Button>
      ) : null}
    </Form>
  );
}
