/**
 * One file per area holds its texts in every interface language, so a missing
 * translation is a type error and areas can grow without touching each other.
 * Arabic is given for resident-facing areas and `null` for staff-only ones.
 */
export interface AreaMessages<K extends string> {
  sv: Record<K, string>;
  en: Record<K, string>;
  ar: Record<K, string> | null;
}

export function defineMessages<const S extends Record<string, string>>(
  sv: S,
  en: NoInfer<Record<keyof S & string, string>>,
  ar: NoInfer<Record<keyof S & string, string>> | null,
): AreaMessages<keyof S & string> {
  return { sv, en, ar };
}
