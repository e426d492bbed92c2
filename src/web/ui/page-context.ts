import type { UiLang } from './i18n/languages.ts';
import type { Translator } from './i18n/translator.ts';

/** What the layout needs to know about the municipality whose page this is. */
export interface PageMunicipality {
  slug: string;
  name: string;
  logoUrl: string | null;
  /** Brand colour as #rrggbb; the theme stylesheet applies it. */
  brandColour: string;
  contactEmail: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
}

export interface PageUser {
  name: string;
  kind: 'resident' | 'staff';
  /** Staff roles, for menus that differ by role. */
  roles?: readonly string[];
}

/**
 * Everything a view needs from the request, built once per request by the web
 * layer (see web/plugins/page-context.ts) and passed down explicitly.
 */
export interface PageContext {
  t: Translator;
  lang: UiLang;
  /** Languages offered in the switcher on this page. */
  languages: readonly UiLang[];
  municipality: PageMunicipality | null;
  user: PageUser | null;
  csrfToken: string;
  /** Path and query of the current page, for the language switcher. */
  currentUrl: string;
  /** Prefix of every link inside the municipality: "/demo" or "" on its own host. */
  basePath: string;
  /** True when the development identity provider or demo data is on. */
  testEnvironment: boolean;
  /** Which area the page belongs to; the header menu differs. */
  area: 'public' | 'resident' | 'staff';
}

/** Builds a link inside the current municipality. */
export function href(ctx: Pick<PageContext, 'basePath'>, path: string): string {
  return `${ctx.basePath}${path.startsWith('/') ? path : `/${path}`}`;
}
