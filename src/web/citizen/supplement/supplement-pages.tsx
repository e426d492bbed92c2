import type { Html } from '#jsx/jsx-runtime';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import { Button, ButtonGroup, Form, Panel } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { Localized, plainText } from '../localized.tsx';

/**
 * Why a supplement could not be sent (or started): the officer changed the
 * status, or the answers, in the meantime. Nothing in the case changed.
 */
export function SupplementStoppedPage(props: {
  ctx: PageContext;
  eService: EServiceInfo;
  caseId: string;
  casePagePath: string;
  reason: 'notEditable' | 'answersChanged';
}): Html {
  const { ctx } = props;
  const t = ctx.t;
  const title = t.t(`supplement.${props.reason}.title`);
  return (
    <Page ctx={ctx} title={`${title} – ${plainText(props.eService.name, ctx.lang)}`}>
      <span class="govuk-caption-l">
        <Localized text={props.eService.name} lang={ctx.lang} />
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t(`supplement.${props.reason}.body`)}</p>
      {props.reason === 'answersChanged' ? (
        <Form ctx={ctx} action={href(ctx, `/mina-sidor/arenden/${props.caseId}/komplettera`)}>
          <input type="hidden" name="omstart" value="1" />
          <ButtonGroup>
            <Button preventDoubleClick>{t.t('supplement.restart')}</Button>
            <a class="govuk-link" href={href(ctx, props.casePagePath)}>
              {t.t('supplement.backToCase')}
            </a>
          </ButtonGroup>
        </Form>
      ) : (
        <p class="govuk-body">
          <a class="govuk-link" href={href(ctx, props.casePagePath)}>
            {t.t('supplement.backToCase')}
          </a>
        </p>
      )}
    </Page>
  );
}

/** The receipt of a supplement. */
export function SupplementSentPage(props: {
  ctx: PageContext;
  eService: EServiceInfo;
  caseId: string;
  caseNumber: string;
  casePagePath: string;
}): Html {
  const { ctx } = props;
  const t = ctx.t;
  const title = t.t('supplement.sent.title');
  return (
    <Page ctx={ctx} title={`${title} – ${plainText(props.eService.name, ctx.lang)}`}>
      <Panel title={title} headingLevel={1}>
        {t.t('runner.receipt.caseNumber')}
        <br />
        <strong>{props.caseNumber}</strong>
      </Panel>
      <p class="govuk-body">{t.t('supplement.sent.body')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(ctx, `/arenden/${props.caseId}/ansokan.pdf`)} download>
          {t.t('supplement.sent.pdf')}
        </a>
      </p>
      <Button href={href(ctx, props.casePagePath)}>{t.t('supplement.backToCase')}</Button>
    </Page>
  );
}
