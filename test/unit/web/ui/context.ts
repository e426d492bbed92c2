import { UI_LANGUAGES, type UiLang } from '../../../../src/web/ui/i18n/languages.ts';
import { getTranslator } from '../../../../src/web/ui/i18n/translator.ts';
import type { PageContext } from '../../../../src/web/ui/page-context.ts';

/** A page context for view tests; override what the test is about. */
export function testContext(overrides: Partial<PageContext> & { lang?: UiLang } = {}): PageContext {
  const lang = overrides.lang ?? 'sv';
  return {
    t: getTranslator(lang),
    lang,
    languages: UI_LANGUAGES,
    municipality: {
      slug: 'demo',
      name: 'Exempelkommun',
      logoUrl: null,
      brandColour: '#00605a',
      contactEmail: 'kontakt@exempel.se',
      contactPhone: '0123-45 67 89',
      contactAddress: 'Storgatan 1',
    },
    user: null,
    csrfToken: 'csrf-token-1',
    currentUrl: '/demo/ansokan?steg=2',
    basePath: '/demo',
    testEnvironment: false,
    area: 'resident',
    ...overrides,
  };
}

export const sv = getTranslator('sv');
export const en = getTranslator('en');
export const ar = getTranslator('ar');
