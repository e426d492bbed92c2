import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { STAFF_LANGUAGES, UI_LANGUAGES, type UiLang } from './ui/i18n/languages.ts';
import { getTranslator } from './ui/i18n/translator.ts';
import type { Html } from './ui/jsx/jsx-runtime.ts';
import type { PageContext } from './ui/page-context.ts';

/** Builds what every view needs from the request. */
export function pageContext(
  req: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  area: PageContext['area'] = 'public',
): PageContext {
  const languages = area === 'staff' ? STAFF_LANGUAGES : UI_LANGUAGES;
  // Staff pages are not translated into Arabic; show them in Swedish then.
  const lang: UiLang = (languages as readonly UiLang[]).includes(req.lang) ? req.lang : 'sv';
  const m = req.municipality;
  const s = req.session;
  let user: PageContext['user'] = null;
  if (area === 'staff' && req.staff) user = { name: req.staff.name, kind: 'staff', roles: req.staff.roles };
  else if (area !== 'staff' && s?.kind === 'resident' && s.resident)
    user = { name: s.resident.name, kind: 'resident' };
  return {
    t: getTranslator(lang),
    lang,
    languages,
    municipality: m && {
      slug: m.slug,
      name: m.name,
      logoUrl: m.logoUrl,
      brandColour: m.brandColour,
      contactEmail: m.contactEmail,
      contactPhone: m.contactPhone,
      contactAddress: m.contactAddress,
    },
    user,
    csrfToken: reply.generateCsrf(),
    currentUrl: req.originalUrl,
    basePath: req.basePath,
    testEnvironment: config.devIdp || config.seedDemo,
    area,
  };
}

export function sendPage(reply: FastifyReply, status: number, html: Html): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html.value);
}

/** Only local paths are followed after login, never another site. */
export function safeReturnTo(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  return value;
}
