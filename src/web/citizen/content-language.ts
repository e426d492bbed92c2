import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { TRANSLATION_LANG } from '../../domain/builder/translations.ts';
import { cookieSecure } from '../plugins/session.ts';
import { isUiLang, type UiLang } from '../ui/i18n/languages.ts';

/**
 * The CONTENT language: the language an e-service's own texts (its name and
 * description, steps, questions, hints, help, options, the developer's error
 * messages) are shown in, beside the INTERFACE language of the site's own
 * texts (buttons, headings, engine error messages: sv, en, ar only).
 *
 * A resident picks a language the interface lacks (Somali) on the
 * e-service's start page: `?innehall=so`. Only a language the e-service is
 * offered in counts; the choice is remembered in a cookie (like the interface
 * language's), so every page of the application — steps, check answers,
 * receipt, a draft resumed from My pages in the same browser — shows the
 * e-service's texts in Somali, while the interface stays in the resident's
 * interface language (Swedish unless they chose English or Arabic). Picking
 * an interface language on the start page (`?lang=en&innehall=en`) ends the
 * choice. Anything else (no choice, a language this e-service is not offered
 * in, a malformed code) shows the e-service in the interface language, as
 * before.
 *
 * Why a cookie and not the draft: the draft table has no column for it (and
 * no migration now), the choice belongs to the reader rather than to the
 * answers (an officer or a later reader of the same case may read another
 * language), and it also covers the start page, before any draft exists.
 */
export const CONTENT_LANG_PARAM = 'innehall';
export const CONTENT_LANG_COOKIE = 'ingang_innehall';

const YEAR = 365 * 24 * 3600;

function code(value: unknown): string | undefined {
  return typeof value === 'string' && TRANSLATION_LANG.test(value) ? value : undefined;
}

/**
 * The content language for this request on an e-service offered in `offered`
 * (EServiceInfo.offeredLanguages), the page being in `pageLang`. A GET with
 * `?innehall=xx` records (or, for an interface language, forgets) the choice.
 */
export function contentLanguage(
  req: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  offered: readonly string[],
  pageLang: UiLang,
): string {
  const asked =
    req.method === 'GET'
      ? code((req.query as Record<string, unknown> | undefined)?.[CONTENT_LANG_PARAM])
      : undefined;
  if (asked !== undefined) {
    if (isUiLang(asked)) {
      if (req.cookies[CONTENT_LANG_COOKIE] !== undefined)
        reply.clearCookie(CONTENT_LANG_COOKIE, { path: '/' });
      return pageLang;
    }
    if (offered.includes(asked)) {
      reply.setCookie(CONTENT_LANG_COOKIE, asked, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure: cookieSecure(config),
        maxAge: YEAR,
      });
      return asked;
    }
    // A language this e-service is not offered in: ignored.
  }
  const kept = code(req.cookies[CONTENT_LANG_COOKIE]);
  return kept !== undefined && !isUiLang(kept) && offered.includes(kept) ? kept : pageLang;
}
