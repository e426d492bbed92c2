import type { Html } from '#jsx/jsx-runtime';
import { staffNav } from '../officer/staff-nav.ts';
import { Button, type FieldError, Form } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { EServiceFields } from './eservice-fields.tsx';
import type { FormValues } from './eservice-form.ts';
import { builderPath } from './paths.ts';

/** /:kommun/handlaggare/bygg/ny — create an e-service. */
export function NewEServicePage(props: {
  ctx: PageContext;
  values: FormValues;
  errors: readonly FieldError[];
}): Html {
  const { ctx } = props;
  const t = ctx.t;
  const title = t.t('builder.new.title');
  return (
    <Page
      ctx={ctx}
      title={title}
      navItems={staffNav(ctx)}
      errors={props.errors}
      backLink={{ href: href(ctx, builderPath()), text: t.t('builder.back') }}
    >
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('builder.new.lead')}</p>
      <Form ctx={ctx} action={href(ctx, builderPath(undefined, '/ny'))}>
        <EServiceFields t={t} values={props.values} errors={props.errors} withSlug />
        <Button preventDoubleClick>{t.t('builder.new.submit')}</Button>
      </Form>
    </Page>
  );
}
