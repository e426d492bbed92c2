import type { Html } from '#jsx/jsx-runtime';
import { Button, Form } from '../../ui/components/index.ts';
import { href, type PageContext } from '../../ui/page-context.ts';

/** What the case page shows while the applicant may supplement: the request and "Komplettera ansökan". */
export function SupplementStart(props: { ctx: PageContext; caseId: string }): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <div class="govuk-inset-text">
      <p class="govuk-body">{t.t('case.supplementRequested')}</p>
      <p class="govuk-body">{t.t('supplement.startHint')}</p>
      <Form ctx={ctx} action={href(ctx, `/mina-sidor/arenden/${props.caseId}/komplettera`)}>
        <Button preventDoubleClick class="govuk-!-margin-bottom-0">
          {t.t('supplement.start')}
        </Button>
      </Form>
    </div>
  );
}
