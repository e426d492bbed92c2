/** Parts the condition and calculation pages share: caption, saved banner, published note, the advanced (JSON Logic) form. */
import type { Children, Html } from '#jsx/jsx-runtime';
import type { FormDefinition, Question } from '../../../domain/forms/definition.ts';
import { Button, Form, NotificationBanner } from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import type { PageContext } from '../../ui/page-context.ts';

/** What every condition or calculation page is given about where it is. */
export interface RulePageFrame {
  ctx: PageContext;
  /** The page's own address (without query). */
  action: string;
  /** The question's page in the step/question editor. */
  backHref: string;
  serviceName: string;
  versionNumber: number;
  /** A draft: published versions are read-only. */
  editable: boolean;
  revision: string;
  definition: FormDefinition;
  question: Question;
}

/** "E-service – version n" above the page heading. */
export function VersionCaption(props: { t: Translator; serviceName: string; versionNumber: number }): Html {
  return (
    <span class="govuk-caption-l">
      {props.t.t('builderCond.caption', { service: props.serviceName, number: String(props.versionNumber) })}
    </span>
  );
}

/** The success banner after a save; not beside errors. */
export function SavedBanner(props: { t: Translator; show: boolean; text: string }): Html | null {
  return props.show ? (
    <NotificationBanner t={props.t} type="success">
      <p class="govuk-notification-banner__heading">{props.text}</p>
    </NotificationBanner>
  ) : null;
}

/** Published versions are read-only. */
export function PublishedNote(props: { t: Translator }): Html {
  return (
    <div class="govuk-inset-text">
      <p class="govuk-body">{props.t.t('builderCond.published')}</p>
    </div>
  );
}

/** The advanced view: JSON Logic text areas (children) in a form with the revision, a save button and a way back to rows. */
export function AdvancedRuleForm(props: {
  ctx: PageContext;
  action: string;
  revision: string;
  /** Said when the view opened by itself because rows cannot show the stored rule. */
  notRows: string | undefined;
  lead?: string;
  backText: string;
  children: Children;
}): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <h2 class="govuk-heading-m">{t.t('builderCond.advanced.heading')}</h2>
      {props.notRows ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{props.notRows}</p>
        </div>
      ) : null}
      {props.lead ? <p class="govuk-body">{props.lead}</p> : null}
      <Form ctx={ctx} action={`${props.action}?avancerat=1`}>
        <input type="hidden" name="revision" value={props.revision} />
        <input type="hidden" name="mode" value="advanced" />
        {props.children}
        <Button name="action" value="save" preventDoubleClick>
          {t.t('builderCond.advanced.save')}
        </Button>
      </Form>
      <p class="govuk-body">
        <a class="govuk-link" href={props.action}>
          {props.backText}
        </a>
      </p>
    </>
  );
}
