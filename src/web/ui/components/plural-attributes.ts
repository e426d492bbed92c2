/**
 * govuk-frontend's JavaScript reads translated texts from data-i18n.*
 * attributes and picks the plural form with Intl.PluralRules for the page's
 * language. Our catalogue holds a "one" and an "other" text; every other form
 * a language has (Arabic has six) gets the "other" text, which our Arabic
 * texts are phrased to fit, so no form is ever missing.
 */
export function pluralAttributes(
  key: string,
  lang: string,
  texts: { one: string; other: string },
): Record<`data-${string}`, string> {
  const out: Record<`data-${string}`, string> = {};
  for (const form of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
    out[`data-i18n.${key}.${form}`] = form === 'one' ? texts.one : texts.other;
  }
  if (!(`data-i18n.${key}.other` in out)) out[`data-i18n.${key}.other`] = texts.other;
  return out;
}
