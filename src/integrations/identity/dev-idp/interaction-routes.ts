import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import { errors } from 'oidc-provider';
import { getTranslator, type Translator } from '../../../web/ui/i18n/translator.ts';
import type { Html } from '../../../web/ui/jsx/jsx-runtime.ts';
import { parsePersonalNumberInput } from '../personal-number.ts';
import { LOA3 } from '../swedish-oidc.ts';
import type { DevAccounts } from './accounts.ts';
import { type DevMethod, eidKindOf, isDevMethod, METHOD_HINT_PARAM } from './methods.ts';
import { adHocPerson, findTestPerson, type TestPerson, testPersonsWith } from './persons.ts';
import { FailurePage } from './views/failure-page.tsx';
import { MethodPage } from './views/method-page.tsx';
import { OTHER_PERSON, PersonPage } from './views/person-page.tsx';
import { QrPage } from './views/qr-page.tsx';

export interface InteractionRoutesOptions {
  provider: Provider;
  accounts: DevAccounts;
  /** Path of the issuer, e.g. /dev-idp: links on the pages are absolute paths. */
  basePath: string;
  stylesheetUrl: string;
}

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;
type DevLang = 'sv' | 'en';
type Query = Record<string, string | undefined>;
type Body = Record<string, string | undefined>;

const FORM_BODY_LIMIT = 8 * 1024;

/**
 * Swedish unless the tester asked otherwise: `lang` on our links wins, then
 * the client's `ui_locales`. Any non-Swedish wish gets English, the only
 * other language of this test tool.
 */
export function pickLang(explicit: unknown, uiLocales: unknown): DevLang {
  if (explicit === 'sv' || explicit === 'en') return explicit;
  const first = typeof uiLocales === 'string' ? uiLocales.trim().split(/\s+/)[0] : undefined;
  if (!first) return 'sv';
  return first.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

function sendPage(reply: FastifyReply, status: number, page: Html): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8')
    .send(page.value);
}

/** Names of claims requested with the OIDC `claims` parameter, so the grant covers them too. */
function claimsParameterNames(claims: unknown): string[] {
  if (typeof claims !== 'string' || claims === '') return [];
  try {
    const parsed = JSON.parse(claims) as Record<string, Record<string, unknown> | undefined>;
    return [...new Set([...Object.keys(parsed.id_token ?? {}), ...Object.keys(parsed.userinfo ?? {})])];
  } catch {
    return [];
  }
}

export async function interactionRoutes(
  app: FastifyInstance,
  options: InteractionRoutesOptions,
): Promise<void> {
  const { provider, accounts, basePath, stylesheetUrl } = options;

  // Our forms are urlencoded; parse them here whatever the app registered
  // outside, so this plugin works the same in any host app.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  const url = (uid: string, step: string, params: Record<string, string> = {}) => {
    const query = new URLSearchParams(params).toString();
    return `${basePath}/interaction/${encodeURIComponent(uid)}${step}${query ? `?${query}` : ''}`;
  };
  const common = (
    t: Translator,
    uid: string,
    switchStep: string,
    switchParams: Record<string, string> = {},
  ) => ({
    t,
    stylesheetUrl,
    switchLanguageHref: url(uid, switchStep, { ...switchParams, lang: t.lang === 'sv' ? 'en' : 'sv' }),
    cancelAction: url(uid, '/cancel'),
  });

  /** The interaction this browser is in, or a failure page if it has expired or belongs elsewhere. */
  async function load(
    req: FastifyRequest<{ Params: { uid: string } }>,
    reply: FastifyReply,
    explicitLang: unknown,
  ): Promise<Interaction | undefined> {
    try {
      const interaction = await provider.interactionDetails(req.raw, reply.raw);
      if (interaction.uid !== req.params.uid) throw new errors.SessionNotFound('interaction id mismatch');
      return interaction;
    } catch (err) {
      if (!(err instanceof errors.SessionNotFound)) throw err;
      const t = getTranslator(pickLang(explicitLang, undefined));
      sendPage(
        reply,
        400,
        FailurePage({
          t,
          stylesheetUrl,
          switchLanguageHref: `${req.url.split('?')[0]}?lang=${t.lang === 'sv' ? 'en' : 'sv'}`,
          expired: true,
        }),
      );
      return undefined;
    }
  }

  const translatorFor = (explicit: unknown, interaction: Interaction) =>
    getTranslator(pickLang(explicit, interaction.params.ui_locales));

  const stepFor = (uid: string, method: DevMethod, lang: DevLang) =>
    method === 'bankid-qr' ? url(uid, '/qr', { lang }) : url(uid, '/person', { method, lang });

  /** Ends the interaction as logged in (and consented: registered clients are ours). */
  async function finishLogin(
    interaction: Interaction,
    person: TestPerson,
    method: DevMethod,
  ): Promise<string> {
    const accountId = accounts.remember(person);
    const grant = new provider.Grant({ accountId, clientId: String(interaction.params.client_id) });
    grant.addOIDCScope(String(interaction.params.scope ?? 'openid'));
    const claims = claimsParameterNames(interaction.params.claims);
    if (claims.length > 0) grant.addOIDCClaims(claims);
    const grantId = await grant.save();
    const result: InteractionResults = {
      // The method travels in amr, where the account's claims read it back.
      login: { accountId, acr: LOA3, amr: ['mfa', method], remember: false },
      consent: { grantId },
    };
    interaction.result = result;
    // Every login starts afresh: drop any earlier session in this browser so
    // logging in as someone else does not stop at a "switch account" page.
    if (interaction.session) {
      const earlier = await provider.Session.findByUid(interaction.session.uid);
      delete interaction.session;
      await earlier?.destroy();
    }
    await interaction.save(Math.max(1, interaction.exp - Math.floor(Date.now() / 1000)));
    return interaction.returnTo;
  }

  // Where oidc-provider sends the browser: straight to the hinted method's
  // step when the client said which button the resident pressed.
  app.get<{ Params: { uid: string }; Querystring: Query }>('/interaction/:uid', async (req, reply) => {
    const interaction = await load(req, reply, req.query.lang);
    if (!interaction) return reply;
    const t = translatorFor(req.query.lang, interaction);
    const hint = interaction.params[METHOD_HINT_PARAM];
    if (isDevMethod(hint)) return reply.redirect(stepFor(interaction.uid, hint, t.lang as DevLang), 303);
    return reply.redirect(url(interaction.uid, '/methods', { lang: t.lang }), 303);
  });

  app.get<{ Params: { uid: string }; Querystring: Query }>(
    '/interaction/:uid/methods',
    async (req, reply) => {
      const interaction = await load(req, reply, req.query.lang);
      if (!interaction) return reply;
      const t = translatorFor(req.query.lang, interaction);
      return sendPage(
        reply,
        200,
        MethodPage({ ...common(t, interaction.uid, '/methods'), action: url(interaction.uid, '/choose') }),
      );
    },
  );

  app.get<{ Params: { uid: string }; Querystring: Query }>('/interaction/:uid/choose', async (req, reply) => {
    const interaction = await load(req, reply, req.query.lang);
    if (!interaction) return reply;
    const t = translatorFor(req.query.lang, interaction);
    const method = req.query.method;
    if (isDevMethod(method)) return reply.redirect(stepFor(interaction.uid, method, t.lang as DevLang), 303);
    return sendPage(
      reply,
      400,
      MethodPage({
        ...common(t, interaction.uid, '/methods'),
        action: url(interaction.uid, '/choose'),
        error: t.t('devIdp.error.methodRequired'),
      }),
    );
  });

  app.get<{ Params: { uid: string }; Querystring: Query }>('/interaction/:uid/qr', async (req, reply) => {
    const interaction = await load(req, reply, req.query.lang);
    if (!interaction) return reply;
    const t = translatorFor(req.query.lang, interaction);
    return sendPage(
      reply,
      200,
      QrPage({
        ...common(t, interaction.uid, '/qr'),
        seed: interaction.uid,
        action: url(interaction.uid, '/person'),
        changeMethodHref: url(interaction.uid, '/methods', { lang: t.lang }),
      }),
    );
  });

  const personPage = (t: Translator, interaction: Interaction, method: DevMethod) => ({
    ...common(t, interaction.uid, '/person', { method }),
    method,
    persons: testPersonsWith(eidKindOf(method)),
    action: url(interaction.uid, '/login'),
    changeMethodHref: url(interaction.uid, '/methods', { lang: t.lang }),
  });

  app.get<{ Params: { uid: string }; Querystring: Query }>('/interaction/:uid/person', async (req, reply) => {
    const interaction = await load(req, reply, req.query.lang);
    if (!interaction) return reply;
    const t = translatorFor(req.query.lang, interaction);
    const method = req.query.method;
    if (!isDevMethod(method)) return reply.redirect(url(interaction.uid, '/methods', { lang: t.lang }), 303);
    return sendPage(reply, 200, PersonPage(personPage(t, interaction, method)));
  });

  app.post<{ Params: { uid: string }; Body: Body | undefined }>(
    '/interaction/:uid/login',
    async (req, reply) => {
      const body = req.body ?? {};
      const interaction = await load(req, reply, body.lang);
      if (!interaction) return reply;
      const t = translatorFor(body.lang, interaction);
      const method = body.method;
      if (!isDevMethod(method))
        return reply.redirect(url(interaction.uid, '/methods', { lang: t.lang }), 303);

      const selected = body.person;
      const typed = body.personalNumber ?? '';
      const again = (errors: { person?: string; personalNumber?: string }) =>
        sendPage(reply, 422, PersonPage({ ...personPage(t, interaction, method), selected, typed, errors }));

      let person: TestPerson | undefined;
      if (selected === OTHER_PERSON || (!selected && typed.trim() !== '')) {
        const parsed = parsePersonalNumberInput(typed);
        if (!parsed.ok) {
          const key = {
            required: 'devIdp.error.personalNumberRequired',
            format: 'devIdp.error.personalNumberFormat',
            invalid: 'devIdp.error.personalNumberInvalid',
          } as const;
          return again({ personalNumber: t.t(key[parsed.error]) });
        }
        person = findTestPerson(parsed.value) ?? adHocPerson(parsed.value);
      } else {
        person = testPersonsWith(eidKindOf(method)).find((p) => p.personalNumber === selected);
        if (!person) return again({ person: t.t('devIdp.error.personRequired') });
      }
      return reply.redirect(await finishLogin(interaction, person, method), 303);
    },
  );

  app.post<{ Params: { uid: string }; Body: Body | undefined }>(
    '/interaction/:uid/cancel',
    async (req, reply) => {
      const interaction = await load(req, reply, req.body?.lang);
      if (!interaction) return reply;
      const returnTo = await provider.interactionResult(
        req.raw,
        reply.raw,
        { error: 'access_denied', error_description: 'The resident cancelled the login' },
        { mergeWithLastSubmission: false },
      );
      return reply.redirect(returnTo, 303);
    },
  );
}
