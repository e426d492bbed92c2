import type { Html } from '#jsx/jsx-runtime';
import type { RenderedNotification } from '../../domain/notifications/render.ts';
import type { TemplateKey } from '../../services/notifications/templates.ts';
import { staffNav } from '../officer/staff-nav.ts';
import {
  Button,
  ButtonGroup,
  errorFor,
  type FieldError,
  Form,
  Textarea,
  TextInput,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { channelLabel, eventLabel, langLabel } from './notification-labels.ts';
import { NOTICES_PATH, templateHref } from './notification-settings-page.tsx';

/** Lines of a plain-text message as paragraphs, for the preview. */
function TextPreview(props: { text: string }): Html {
  return (
    <div class="govuk-inset-text">
      {props.text.split(/\n\s*\n/).map((p) => (
        <p class="govuk-body">{p.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}</p>
      ))}
    </div>
  );
}

/** Editing one text of an e-service, with a preview filled with sample values. */
export function NotificationTemplatePage(props: {
  ctx: PageContext;
  eService: { id: string; name: string };
  k: TemplateKey;
  values: { subject: string; body: string };
  custom: boolean;
  preview: RenderedNotification | null;
  errors: readonly FieldError[];
}): Html {
  const { ctx, k, errors } = props;
  const t = ctx.t;
  const base = `${NOTICES_PATH}/${props.eService.id}`;
  const title = t.t('notices.template.title', {
    event: eventLabel(t, k.event),
    channel: channelLabel(t, k.channel),
    lang: langLabel(t, k.lang),
  });
  return (
    <Page ctx={ctx} title={title} navItems={staffNav(ctx)} errors={errors} backLink={href(ctx, base)}>
      <span class="govuk-caption-l">{props.eService.name}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('notices.template.variables')}</p>
      <Form ctx={ctx} action={href(ctx, templateHref(props.eService.id, k))}>
        {k.channel === 'email' ? (
          <TextInput
            t={t}
            name="subject"
            label={t.t('notices.template.subject')}
            value={props.values.subject}
            error={errorFor(errors, 'subject')}
            requirement="required"
            spellcheck
          />
        ) : null}
        <Textarea
          t={t}
          name="body"
          label={t.t('notices.template.body')}
          value={props.values.body}
          rows={10}
          error={errorFor(errors, 'body')}
          requirement="required"
          spellcheck
        />
        <ButtonGroup>
          <Button name="action" value="preview" variant="secondary">
            {t.t('notices.template.preview')}
          </Button>
          <Button name="action" value="save">
            {t.t('notices.template.save')}
          </Button>
          {props.custom ? (
            <Button name="action" value="reset" variant="warning">
              {t.t('notices.template.reset')}
            </Button>
          ) : null}
        </ButtonGroup>
      </Form>
      {props.preview ? (
        <section aria-labelledby="preview-heading">
          <h2 class="govuk-heading-m" id="preview-heading">
            {t.t('notices.template.previewHeading')}
          </h2>
          {props.preview.subject ? (
            <p class="govuk-body govuk-!-font-weight-bold">
              {t.t('notices.template.previewSubject', { subject: props.preview.subject })}
            </p>
          ) : null}
          <TextPreview text={props.preview.text} />
        </section>
      ) : null}
    </Page>
  );
}
