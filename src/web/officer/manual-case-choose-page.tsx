import type { Html } from '#jsx/jsx-runtime';
import { localize } from '../../domain/forms/localize.ts';
import type { ManualCaseEService } from '../../services/officer/manual-case.ts';
import { Button, type FieldError, Form, Radios } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { staffNav } from './staff-nav.ts';

/** Registering a case, first: which e-service (only those the officer handles and that take manual cases). */
export function ManualCaseChoosePage(p: {
  ctx: PageContext;
  eServices: readonly ManualCaseEService[];
  chosen?: string;
  error?: FieldError;
}): Html {
  const { ctx } = p;
  const t = ctx.t;
  const errors = p.error ? [p.error] : [];
  return (
    <Page ctx={ctx} title={t.t('manualCase.title')} navItems={staffNav(ctx)} errors={errors}>
      <h1 class="govuk-heading-l">{t.t('manualCase.title')}</h1>
      <p class="govuk-body">{t.t('manualCase.lead')}</p>
      {p.eServices.length === 0 ? (
        <p class="govuk-inset-text">{t.t('manualCase.eService.none')}</p>
      ) : (
        <Form ctx={ctx} action={href(ctx, '/handlaggare/nytt-arende')}>
          <Radios
            t={t}
            name="eService"
            legend={t.t('manualCase.eService.legend')}
            legendSize="m"
            value={p.chosen ?? null}
            error={p.error?.message}
            items={p.eServices.map((e) => {
              const name = localize(e.name, ctx.lang);
              return { value: e.id, label: name.fellBack ? <span lang="sv">{name.text}</span> : name.text };
            })}
          />
          <Button>{t.t('manualCase.continue')}</Button>
        </Form>
      )}
    </Page>
  );
}
