import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { statusByKey } from '../../domain/cases/statuses.ts';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import { formatPersonnummer } from '../../domain/identity-numbers/index.ts';
import type { ResidentCaseListItem } from '../../services/cases/resident-cases.ts';
import type { DraftListItem } from '../../services/drafts/drafts.ts';
import { notFound } from '../errors.tsx';
import { pageContext, sendPage } from '../render.ts';
import { Button, Form, NotificationBanner, SummaryList, Table, Tag } from '../ui/components/index.ts';
import type { MessageKey } from '../ui/i18n/translator.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import type { CitizenDeps } from './index.ts';
import { Localized, plainText } from './localized.tsx';

export function StatusTag(props: { status: string; lang: string }) {
  const s = statusByKey(props.status);
  return (
    <Tag colour={s?.colour ?? 'grey'}>{s ? <Localized text={s.name} lang={props.lang} /> : props.status}</Tag>
  );
}

/** Redirects to login unless a resident is logged in; returns their session's resident. */
export function requireResident(req: FastifyRequest, reply: FastifyReply) {
  const s = req.session;
  if (s?.kind === 'resident' && s.resident) return s.resident;
  void reply.redirect(`${req.basePath}/logga-in?returnTo=${encodeURIComponent(req.originalUrl)}`, 303);
  return null;
}

function CaseTable(props: {
  ctx: PageContext;
  caption: string;
  cases: ResidentCaseListItem[];
  names: Map<string, EServiceInfo>;
  empty: string;
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Table
      t={t}
      caption={props.caption}
      captionSize="m"
      rows={props.cases}
      empty={props.empty}
      columns={[
        {
          key: 'number',
          header: t.t('mypages.col.caseNumber'),
          rowHeader: true,
          cell: (c) => (
            <a class="govuk-link" href={href(ctx, `/mina-sidor/arenden/${c.id}`)}>
              {c.caseNumber}
            </a>
          ),
        },
        {
          key: 'eservice',
          header: t.t('mypages.col.eService'),
          cell: (c) => {
            const e = props.names.get(c.eServiceId);
            return (
              <>
                {e ? <Localized text={e.name} lang={ctx.lang} /> : ''}
                {c.unreadMessages > 0 ? (
                  <>
                    <br />
                    <strong>
                      {t.t(
                        new Intl.PluralRules(ctx.lang).select(c.unreadMessages) === 'one'
                          ? 'mypages.unreadOne'
                          : 'mypages.unread',
                        { count: c.unreadMessages },
                      )}
                    </strong>
                  </>
                ) : null}
              </>
            );
          },
        },
        {
          key: 'status',
          header: t.t('mypages.col.status'),
          cell: (c) => <StatusTag status={c.status} lang={ctx.lang} />,
        },
        { key: 'submitted', header: t.t('mypages.col.submitted'), cell: (c) => t.date(c.submittedAt) },
      ]}
    />
  );
}

function DraftTable(props: { ctx: PageContext; drafts: DraftListItem[]; names: Map<string, EServiceInfo> }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Table
      t={t}
      caption={t.t('mypages.drafts')}
      captionSize="m"
      rows={props.drafts}
      empty={t.t('mypages.noDrafts')}
      columns={[
        {
          key: 'eservice',
          header: t.t('mypages.col.eService'),
          rowHeader: true,
          cell: (d) => {
            const e = props.names.get(d.eServiceId);
            return e ? <Localized text={e.name} lang={ctx.lang} /> : '';
          },
        },
        { key: 'saved', header: t.t('mypages.col.saved'), cell: (d) => t.date(d.updatedAt, true) },
        {
          key: 'actions',
          header: t.t('mypages.col.actions'),
          cell: (d) => {
            const name = plainText(props.names.get(d.eServiceId)?.name ?? { sv: '' }, ctx.lang);
            return (
              <div class="ingang-row-actions">
                <a class="govuk-link" href={href(ctx, `/utkast/${d.id}`)}>
                  {t.t('mypages.continue', { name })}
                </a>
                <Form ctx={ctx} action={href(ctx, `/utkast/${d.id}/ta-bort`)}>
                  <Button variant="warning" class="govuk-!-margin-bottom-0">
                    {t.t('mypages.deleteDraft', { name })}
                  </Button>
                </Form>
              </div>
            );
          },
        },
      ]}
    />
  );
}

/** "Mina sidor": the resident's drafts and cases in this municipality. */
export function registerMyPagesRoutes(app: FastifyInstance, { config, services }: CitizenDeps): void {
  app.get('/mina-sidor', async (req, reply) => {
    const resident = requireResident(req, reply);
    if (!resident) return reply;
    const m = req.municipality;
    if (!m) throw notFound();
    const ctx = pageContext(req, reply, config, 'resident');
    const t = ctx.t;
    const [drafts, cases] = await Promise.all([
      services.drafts.listFor(m.id, resident.personalNumber),
      services.residentCases.list(m.id, resident.personalNumber),
    ]);
    const ids = new Set([...drafts.map((d) => d.eServiceId), ...cases.map((c) => c.eServiceId)]);
    const names = new Map<string, EServiceInfo>();
    for (const id of ids) {
      const e = await services.eServices.byId(m.id, id);
      if (e) names.set(id, e);
    }
    const q = req.query as Record<string, unknown>;
    const title = t.t('auth.myPages.title');
    const method = req.session?.loginMethod
      ? t.t(`auth.method.${req.session.loginMethod}` as MessageKey)
      : '';
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title}>
        {q.sparat ? (
          <NotificationBanner t={t} type="success">
            <p class="govuk-notification-banner__heading">{t.t('runner.savedTitle')}</p>
            <p class="govuk-body">{t.t('runner.savedBody')}</p>
          </NotificationBanner>
        ) : null}
        {q.borttaget ? (
          <NotificationBanner t={t} type="success">
            <p class="govuk-notification-banner__heading">{t.t('mypages.draftDeleted')}</p>
          </NotificationBanner>
        ) : null}
        <h1 class="govuk-heading-xl">{title}</h1>
        <p class="govuk-body-l">{t.t('auth.myPages.welcome', { name: resident.name })}</p>
        <SummaryList
          t={t}
          rows={[
            { key: t.t('auth.myPages.name'), value: resident.name },
            { key: t.t('auth.myPages.personalNumber'), value: formatPersonnummer(resident.personalNumber) },
          ]}
        />
        <p class="govuk-body">{t.t('auth.myPages.loginMethod', { method })}</p>
        <DraftTable ctx={ctx} drafts={drafts} names={names} />
        <CaseTable
          ctx={ctx}
          caption={t.t('mypages.ongoing')}
          cases={cases.filter((c) => !c.closed)}
          names={names}
          empty={t.t('mypages.noOngoing')}
        />
        <CaseTable
          ctx={ctx}
          caption={t.t('mypages.closed')}
          cases={cases.filter((c) => c.closed)}
          names={names}
          empty={t.t('mypages.noClosed')}
        />
      </Page>,
    );
  });

  app.post('/utkast/:draftId/ta-bort', async (req, reply) => {
    const resident = requireResident(req, reply);
    if (!resident) return reply;
    const m = req.municipality;
    const { draftId } = req.params as { draftId: string };
    const owner = {
      kind: 'resident' as const,
      personalNumber: resident.personalNumber,
      name: resident.name,
      loginMethod: null,
    };
    if (!m || !(await services.drafts.remove(m.id, draftId, owner))) throw notFound();
    return reply.redirect(`${req.basePath}/mina-sidor?borttaget=1`, 303);
  });
}
