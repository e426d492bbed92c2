import { type Html, raw } from '#jsx/jsx-runtime';
import { QUESTION_TYPES } from '../../../domain/forms/definition.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  ButtonGroup,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
  Radios,
  Textarea,
  TextInput,
} from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import { typeName } from './structure-page.tsx';

/** Why a form came back without saving, beyond its field errors. */
export type Conflict = 'stale' | 'notDraft' | null;

/** "Someone else saved in between" or "the version is published": nothing was saved, what was typed is kept. */
export function ConflictBanner(props: { t: Translator; conflict: Conflict }): Html {
  const { t, conflict } = props;
  if (!conflict) return raw('');
  return (
    <NotificationBanner t={t} id="conflict" title={t.t('builderEd.conflict.title')}>
      <p class="govuk-notification-banner__heading">{t.t(`builderEd.conflict.${conflict}`)}</p>
      {conflict === 'stale' ? <p class="govuk-body">{t.t('builderEd.conflict.staleWhat')}</p> : null}
    </NotificationBanner>
  );
}

interface Common {
  ctx: PageContext;
  action: string;
  cancel: string;
  revision: string;
  errors: readonly FieldError[];
  conflict: Conflict;
}

/** …/steg/ny and …/steg/:stepId: the step's title and description in Swedish. */
export function StepPage(
  props: Common & { isNew: boolean; values: { title: string; description: string } },
): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  const title = props.isNew ? t.t('builderEd.stepPage.newTitle') : t.t('builderEd.stepPage.title');
  return (
    <FormPage
      {...props}
      title={title}
      lead={props.isNew ? t.t('builderEd.stepPage.newLead') : undefined}
      submit={props.isNew ? t.t('builderEd.stepPage.create') : t.t('builderEd.stepPage.save')}
    >
      <TextInput
        t={t}
        name="title"
        label={t.t('builderEd.stepPage.titleLabel')}
        value={props.values.title}
        error={errorFor(errors, 'title')}
        requirement="required"
      />
      <Textarea
        t={t}
        name="description"
        label={t.t('builderEd.stepPage.descriptionLabel')}
        hint={t.t('builderEd.stepPage.descriptionHint')}
        value={props.values.description}
        error={errorFor(errors, 'description')}
        rows={3}
      />
    </FormPage>
  );
}

/** …/steg/:stepId/ny-fraga: the type (with a line about each) and the label. */
export function NewQuestionPage(
  props: Common & { stepName: string; values: { type: string; label: string } },
): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  const title = t.t('builderEd.newQuestion.title', { step: props.stepName });
  return (
    <FormPage {...props} title={title} submit={t.t('builderEd.newQuestion.create')}>
      <TextInput
        t={t}
        name="label"
        label={t.t('builderEd.newQuestion.label')}
        hint={t.t('builderEd.newQuestion.labelHint')}
        value={props.values.label}
        error={errorFor(errors, 'label')}
        requirement="required"
      />
      <Radios
        t={t}
        name="type"
        legend={t.t('builderEd.newQuestion.type')}
        legendSize="m"
        value={props.values.type}
        error={errorFor(errors, 'type')}
        requirement="required"
        items={QUESTION_TYPES.map((type) => ({
          value: type,
          label: typeName(t, type),
          hint: t.t(`builderEd.typeHint.${type}`),
        }))}
      />
    </FormPage>
  );
}

/** The frame of the step and new-question pages: conflict banner, heading, the form with its revision, submit and cancel. */
function FormPage(
  props: Common & { title: string; lead?: string | undefined; submit: string; children: Html | Html[] },
): Html {
  const { ctx, title } = props;
  const t = ctx.t;
  return (
    <Page ctx={ctx} navItems={staffNav(ctx)} title={title} errors={props.errors} backLink={props.cancel}>
      <ConflictBanner t={t} conflict={props.conflict} />
      <h1 class="govuk-heading-l">{title}</h1>
      {props.lead ? <p class="govuk-body">{props.lead}</p> : null}
      <Form ctx={ctx} action={props.action}>
        <input type="hidden" name="revision" value={props.revision} />
        {props.children}
        <ButtonGroup>
          <Button>{props.submit}</Button>
          <a class="govuk-link" href={props.cancel}>
            {t.t('builderEd.cancel')}
          </a>
        </ButtonGroup>
      </Form>
    </Page>
  );
}

/** …/ta-bort of a step or question: are you sure, or why it cannot be deleted. */
export function DeletePage(
  props: Omit<Common, 'errors'> & {
    heading: string;
    lead: string;
    refusal?: readonly string[] | undefined;
    refusalHeading?: string;
  },
): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Page ctx={ctx} navItems={staffNav(ctx)} title={props.heading} backLink={props.cancel}>
      <ConflictBanner t={t} conflict={props.conflict} />
      {props.refusal ? (
        <NotificationBanner t={t} id="refusal" title={t.t('builderEd.refused.title')}>
          <p class="govuk-notification-banner__heading">{props.refusalHeading}</p>
          <ul class="govuk-list govuk-list--bullet">
            {props.refusal.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{props.heading}</h1>
      <p class="govuk-body">{props.lead}</p>
      {props.refusal ? (
        <p class="govuk-body">
          <a class="govuk-link" href={props.cancel}>
            {t.t('builderEd.backToStructure')}
          </a>
        </p>
      ) : (
        <Form ctx={ctx} action={props.action}>
          <input type="hidden" name="revision" value={props.revision} />
          <ButtonGroup>
            <Button variant="warning">{t.t('builderEd.delete.confirm')}</Button>
            <a class="govuk-link" href={props.cancel}>
              {t.t('builderEd.cancel')}
            </a>
          </ButtonGroup>
        </Form>
      )}
    </Page>
  );
}

/** A refused or overtaken action from the structure page (a move): nothing changed. */
export function RefusedPage(props: {
  ctx: PageContext;
  heading: string;
  items: readonly string[];
  back: string;
}): Html {
  const t = props.ctx.t;
  return (
    <Page ctx={props.ctx} navItems={staffNav(props.ctx)} title={props.heading} backLink={props.back}>
      <h1 class="govuk-heading-l">{props.heading}</h1>
      <ul class="govuk-list govuk-list--bullet">
        {props.items.map((i) => (
          <li>{i}</li>
        ))}
      </ul>
      <p class="govuk-body">
        <a class="govuk-link" href={props.back}>
          {t.t('builderEd.backToStructure')}
        </a>
      </p>
    </Page>
  );
}
