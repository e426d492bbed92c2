import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isUiLang, type UiLang } from '../ui/i18n/languages.ts';

export const LANG_COOKIE = 'ingang_lang';

function fromAcceptLanguage(header: string | undefined): UiLang | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isUiLang(tag)) return tag;
  }
  return undefined;
}

/**
 * The page language: `?lang=xx` (the switcher's links, which also remember
 * the choice in a cookie and redirect to the clean URL), then the cookie,
 * then the browser's Accept-Language, then Swedish.
 */
export const languagePlugin = fp(async (app: FastifyInstance, opts: { secure: boolean }) => {
  app.decorateRequest('lang', 'sv');
  app.addHook('onRequest', async (req, reply) => {
    const query = req.query as Record<string, unknown> | undefined;
    const asked = query?.lang;
    // The development identity provider is its own site and reads ?lang= itself.
    if (req.method === 'GET' && isUiLang(asked) && !req.url.startsWith('/dev-idp/')) {
      reply.setCookie(LANG_COOKIE, asked, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure: opts.secure,
        maxAge: 365 * 24 * 3600,
      });
      const url = new URL(req.url, 'http://x');
      url.searchParams.delete('lang');
      return reply.redirect(`${req.originalUrl.split('?')[0]}${url.search}`, 303);
    }
    const cookie = req.cookies[LANG_COOKIE];
    req.lang = isUiLang(cookie) ? cookie : (fromAcceptLanguage(req.headers['accept-language']) ?? 'sv');
  });
});
