import type { Children, Html } from '#jsx/jsx-runtime';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { ButtonGroup, Form } from '../../ui/components/index.ts';
import type { PageContext } from '../../ui/page-context.ts';
import { caseUrl } from './load.ts';
import { VersionFields } from './version-fields.tsx';

/** A tool's submit button beside "cancel", which leads back to the case unless cancelHref says otherwise. */
export function ToolButtons(props: {
  ctx: PageContext;
  page: OfficerCasePage;
  cancelHref?: string;
  children: Children;
}): Html {
  return (
    <ButtonGroup>
      {props.children}
      <a class="govuk-link" href={props.cancelHref ?? caseUrl(props.ctx, props.page.c.id)}>
        {props.ctx.t.t('officerCase.cancel')}
      </a>
    </ButtonGroup>
  );
}

/**
 * The form of a case tool: posted to the case's `path`, carrying the version it
 * was shown with, its fields, then the submit button (`submit`) and "cancel".
 */
export function ToolForm(props: {
  ctx: PageContext;
  page: OfficerCasePage;
  path: string;
  submit: Html;
  cancelHref?: string;
  children?: Children;
}): Html {
  const { ctx, page } = props;
  return (
    <Form ctx={ctx} action={caseUrl(ctx, page.c.id, props.path)}>
      <VersionFields page={page} />
      {props.children}
      <ToolButtons ctx={ctx} page={page} cancelHref={props.cancelHref}>
        {props.submit}
      </ToolButtons>
    </Form>
  );
}
