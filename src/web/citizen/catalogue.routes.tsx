import type { FastifyInstance } from 'fastify';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import { localize } from '../../domain/forms/localize.ts';
import type { CatalogueEntry } from '../../services/eservices/eservices.ts';
import { pageContext, sendPage } from '../render.ts';
import { Button, Tag, TextInput } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import type { CitizenDeps } from './index.ts';
import { Localized, plainText } from './localized.tsx';

function groupByCategory(entries: CatalogueEntry[], lang: string): [string, EServiceInfo[]][] {
  const groups = new Map<string, EServiceInfo[]>();
  for (const { eService } of entries) {
    const key = localize(eService.category, lang).text;
    groups.set(key, [...(groups.get(key) ?? []), eService]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, lang));
}

function EServiceItem(props: { ctx: PageContext; e: EServiceInfo }) {
  const { ctx, e } = props;
  return (
    <li class="ingang-catalogue__item">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
        <a class="govuk-link" href={href(ctx, `/e-tjanster/${e.slug}`)}>
          <Localized text={e.name} lang={ctx.lang} />
        </a>
      </h3>
      <p class="govuk-body govuk-!-margin-bottom-1">
        <Localized text={e.description} lang={ctx.lang} />
      </p>
      {e.loginRequirement === 'required' ? (
        <Tag colour="grey">{ctx.t.t('catalogue.loginRequired')}</Tag>
      ) : (
        <Tag colour="green">{ctx.t.t('catalogue.noLoginNeeded')}</Tag>
      )}
    </li>
  );
}

/**
 * The municipality's start page: its published e-services by category, with
 * a search that is a plain GET form (works without JavaScript).
 */
export function registerCatalogueRoutes(app: FastifyInstance, { config, services }: CitizenDeps): void {
  app.get('/', async (req, reply) => {
    const m = req.municipality;
    if (!m) throw new Error('municipality missing');
    const ctx = pageContext(req, reply, config);
    const t = ctx.t;
    const raw = (req.query as Record<string, unknown>).q;
    const query = typeof raw === 'string' ? raw.slice(0, 100) : '';
    const entries = await services.eServices.listPublished(m.id, query);
    const groups = groupByCategory(entries, ctx.lang);
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={t.t('layout.eServices')}>
        <h1 class="govuk-heading-xl">{m.name}</h1>
        <p class="govuk-body-l">{t.t('municipality.start.lead', { municipality: m.name })}</p>
        <search>
          <form method="get" action={href(ctx, '/')} class="ingang-search">
            <TextInput
              t={t}
              name="q"
              type="search"
              label={t.t('catalogue.searchLabel')}
              labelSize="m"
              hint={t.t('catalogue.searchHint')}
              value={query}
              width="two-thirds"
              requirement="optional"
            />
            <Button variant="secondary">{t.t('catalogue.searchButton')}</Button>
          </form>
        </search>
        {query ? (
          <p class="govuk-body" role="status">
            {entries.length
              ? t.t('catalogue.results', { count: entries.length, query })
              : t.t('catalogue.noResults', { query })}{' '}
            <a class="govuk-link" href={href(ctx, '/')}>
              {t.t('catalogue.showAll')}
            </a>
          </p>
        ) : null}
        {!query && entries.length === 0 ? (
          <p class="govuk-body">{t.t('municipality.start.noServices')}</p>
        ) : null}
        {groups.map(([category, list]) => (
          <section class="ingang-catalogue__group">
            <h2 class="govuk-heading-m">{category}</h2>
            <ul class="govuk-list ingang-catalogue">
              {list
                .sort((a, b) =>
                  plainText(a.name, ctx.lang).localeCompare(plainText(b.name, ctx.lang), ctx.lang),
                )
                .map((e) => (
                  <EServiceItem ctx={ctx} e={e} />
                ))}
            </ul>
          </section>
        ))}
      </Page>,
    );
  });
}
