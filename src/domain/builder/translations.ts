/**
 * Translating an e-service version (issue 7, item 4): every text of a
 * definition as a row with a stable path, the Swedish text and the text in
 * another language; how complete each language is; and putting translated
 * rows back. Paths are built from stable identities, not list positions, so a
 * translator's file still fits after questions are reordered:
 *
 *   step:<stepId>/title                         step:<stepId>/description
 *   question:<questionId>/<field>               (label, hint, help, text, unit, patternMessage)
 *   question:<questionId>/option:<value>/<field> (label, hint)
 *
 * Group columns are questions with ids of their own, so they read the same.
 */
import type { ChoiceOption, FormDefinition, LangText, Question, Step } from '../forms/definition.ts';
import { DEFAULT_LANG } from '../forms/localize.ts';
import type { Result } from '../forms/result.ts';

export interface TranslationRow {
  path: string;
  sv: string;
  /** The text in the language asked for; '' when not yet translated. */
  text: string;
}

export interface LanguageCompleteness {
  lang: string;
  /** Texts in the definition. */
  total: number;
  /** Texts with no (or an empty) translation. */
  missing: number;
  /** Whole percent translated, rounded down so 100 means really complete. */
  percent: number;
}

export type TranslationProblemCode =
  | 'unknownPath'
  | 'duplicatePath'
  | 'invalidLanguage'
  | 'wrongType'
  | 'tooLong';

export interface TranslationProblem {
  /** Index in the rows given; -1 for the language. */
  index: number;
  path: string;
  code: TranslationProblemCode;
}

/** Language codes a translation may be for (ISO 639-1/-2, lower case); Swedish is the source, not a target. */
export const TRANSLATION_LANG = /^[a-z]{2,3}$/;
const MAX_TEXT = 20000;

/** The text fields a question or option may carry, in a fixed order. */
const QUESTION_FIELDS = ['label', 'hint', 'help', 'text', 'unit', 'patternMessage'] as const;
const OPTION_FIELDS = ['label', 'hint'] as const;

interface TextSlot {
  path: string;
  text: LangText;
}

function* questionSlots(q: Question): Generator<TextSlot> {
  const bearer = q as unknown as { [k: string]: LangText | undefined };
  for (const f of QUESTION_FIELDS) {
    const t = bearer[f];
    if (t) yield { path: `question:${q.id}/${f}`, text: t };
  }
  if ('options' in q) {
    for (const o of q.options as ChoiceOption[]) {
      for (const f of OPTION_FIELDS) {
        const t = o[f];
        if (t) yield { path: `question:${q.id}/option:${o.value}/${f}`, text: t };
      }
    }
  }
  if (q.type === 'group') for (const c of q.questions) yield* questionSlots(c);
}

function* stepSlots(s: Step): Generator<TextSlot> {
  yield { path: `step:${s.id}/title`, text: s.title };
  if (s.description) yield { path: `step:${s.id}/description`, text: s.description };
  for (const q of s.questions) yield* questionSlots(q);
}

/** Every text of the definition with its path, in the order a resident meets them. */
export function* textSlots(def: FormDefinition): Generator<TextSlot> {
  for (const s of def.steps) yield* stepSlots(s);
}

/** The side-by-side table: Swedish and `lang` for every text. */
export function translationTable(def: FormDefinition, lang: string): TranslationRow[] {
  return [...textSlots(def)].map(({ path, text }) => ({ path, sv: text.sv, text: text[lang] ?? '' }));
}

/** For each language: how many texts lack a translation, and the share done. Swedish counts too. */
export function completeness(def: FormDefinition, languages: readonly string[]): LanguageCompleteness[] {
  const slots = [...textSlots(def)];
  return languages.map((lang) => {
    const missing = slots.filter(({ text }) => (text[lang] ?? '').trim() === '').length;
    const total = slots.length;
    const percent = total === 0 ? 100 : Math.floor(((total - missing) * 100) / total);
    return { lang, total, missing, percent };
  });
}

/**
 * A new definition with `lang` set from the rows; nothing else changes. An
 * empty text removes the translation (the resident then sees Swedish). Rows
 * need not cover every text: texts not given keep what they had.
 */
export function applyTranslations(
  def: FormDefinition,
  lang: string,
  rows: readonly { path: string; text: string }[],
): Result<FormDefinition, TranslationProblem[]> {
  if (!TRANSLATION_LANG.test(lang) || lang === DEFAULT_LANG) {
    return { ok: false, error: [{ index: -1, path: '', code: 'invalidLanguage' }] };
  }
  const copy = structuredClone(def) as FormDefinition;
  const slots = new Map([...textSlots(copy)].map((s) => [s.path, s.text]));
  const problems: TranslationProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const { path, text } = row;
    if (typeof path !== 'string' || typeof text !== 'string') {
      problems.push({ index, path: String(path), code: 'wrongType' });
      return;
    }
    const slot = slots.get(path);
    if (!slot) problems.push({ index, path, code: 'unknownPath' });
    else if (seen.has(path)) problems.push({ index, path, code: 'duplicatePath' });
    else if (text.length > MAX_TEXT) problems.push({ index, path, code: 'tooLong' });
    else {
      seen.add(path);
      const trimmed = text.trim();
      if (trimmed === '') delete slot[lang];
      else slot[lang] = trimmed;
    }
  });
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: copy };
}

/**
 * Texts added to a published (or retired) version after publishing, per
 * language and text path (the paths above). A published definition never
 * changes; these are laid over it when it is read. `''` removes a text the
 * definition had in that language. Swedish is never overlaid.
 */
export type TranslationOverlay = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The definition as residents read it: the overlay's texts laid over it. Unknown paths are ignored. */
export function withOverlay(def: FormDefinition, overlay: TranslationOverlay): FormDefinition {
  const langs = Object.keys(overlay).filter((l) => l !== DEFAULT_LANG && TRANSLATION_LANG.test(l));
  if (langs.length === 0) return def;
  const copy = structuredClone(def) as FormDefinition;
  const slots = new Map([...textSlots(copy)].map((s) => [s.path, s.text]));
  for (const lang of langs) {
    for (const [path, text] of Object.entries(overlay[lang] ?? {})) {
      const slot = slots.get(path);
      if (!slot || typeof text !== 'string') continue;
      if (text.trim() === '') delete slot[lang];
      else slot[lang] = text;
    }
  }
  return copy;
}

/**
 * The overlay for `lang` that turns `base` into `translated`: every text
 * whose `lang` differs (an emptied one as ''). Used to store a translation
 * of a published version beside its unchanged definition.
 */
export function overlayFor(
  base: FormDefinition,
  translated: FormDefinition,
  lang: string,
): Record<string, string> {
  const before = new Map([...textSlots(base)].map((s) => [s.path, s.text[lang] ?? '']));
  const out: Record<string, string> = {};
  for (const { path, text } of textSlots(translated)) {
    const now = text[lang] ?? '';
    if (before.has(path) && before.get(path) !== now) out[path] = now;
  }
  return out;
}

/**
 * Languages a municipality may offer an e-service in, each named in itself,
 * with its ISO 639 code. Swedish is always offered and is not in the list.
 */
export const OFFERABLE_LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'so', name: 'Soomaali' },
  { code: 'ti', name: 'ትግርኛ' },
  { code: 'fa', name: 'فارسی' },
  { code: 'prs', name: 'دری' },
  { code: 'fi', name: 'Suomi' },
  { code: 'fit', name: 'Meänkieli' },
  { code: 'se', name: 'Davvisámegiella' },
  { code: 'rom', name: 'Romani chib' },
  { code: 'yi', name: 'ייִדיש' },
  { code: 'bs', name: 'Bosanski' },
  { code: 'hr', name: 'Hrvatski' },
  { code: 'sr', name: 'Srpski' },
  { code: 'uk', name: 'Українська' },
  { code: 'pl', name: 'Polski' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'ku', name: 'Kurdî' },
  { code: 'ru', name: 'Русский' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
];

/** The language's name in itself; the code when it is not in the list. */
export function ownLanguageName(code: string): string {
  if (code === DEFAULT_LANG) return 'Svenska';
  return OFFERABLE_LANGUAGES.find((l) => l.code === code)?.name ?? code;
}

/** Swedish first, then the given offerable languages in list order, each once; unknown codes dropped. */
export function normalizeOfferedLanguages(codes: readonly string[]): string[] {
  const wanted = new Set(codes);
  return [DEFAULT_LANG, ...OFFERABLE_LANGUAGES.map((l) => l.code).filter((c) => wanted.has(c))];
}

/** Where a text is, in words a translator understands (for the spreadsheet's "where" column). */
export interface TextPlace {
  path: string;
  /** 1-based step number. */
  step: number;
  stepTitle: string;
  /** The question's Swedish label (its id when it has none). */
  question?: string;
  /** The option's Swedish label. */
  option?: string;
  /** The text field: title, description, label, hint, help, text, unit, patternMessage. */
  field: string;
}

export function textPlaces(def: FormDefinition): TextPlace[] {
  const out: TextPlace[] = [];
  def.steps.forEach((s, i) => {
    const base = { step: i + 1, stepTitle: s.title.sv };
    for (const { path } of stepSlots(s)) {
      const m = /^(?:question:([^/]+)\/)?(?:option:(.+)\/)?([A-Za-z]+)$/.exec(
        path.replace(/^step:[^/]+\//, ''),
      );
      const field = m?.[3] ?? path;
      const qid = m?.[1];
      const place: TextPlace = { path, ...base, field };
      if (qid) {
        const q = findQuestion(s.questions, qid);
        place.question = (q && 'label' in q && (q.label as LangText | undefined)?.sv) || qid;
        const value = m?.[2];
        if (value !== undefined && q && 'options' in q) {
          const o = (q.options as ChoiceOption[]).find((x) => x.value === value);
          place.option = o?.label.sv ?? value;
        }
      }
      out.push(place);
    }
  });
  return out;
}

function findQuestion(qs: readonly Question[], id: string): Question | undefined {
  for (const q of qs) {
    if (q.id === id) return q;
    if (q.type === 'group') {
      const inner = findQuestion(q.questions, id);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** One row of a translator's spreadsheet as read back: its row number in the sheet and three cells. */
export interface SheetRow {
  row: number;
  path: string;
  sv: string;
  text: string;
}

export type SheetProblemCode = 'unknownPath' | 'duplicatePath' | 'svChanged' | 'tooLong' | 'missingPath';

export interface SheetProblem {
  /** The sheet's row number (1 is the header). */
  row: number;
  path: string;
  code: SheetProblemCode;
}

/**
 * Checks a translator's rows strictly against the version's current texts:
 * every path known and once, the Swedish column unchanged (so a translation
 * is never of an older text), no text too long. Rows may be left out.
 */
export function checkSheetRows(
  rows: readonly SheetRow[],
  current: readonly TranslationRow[],
): Result<{ path: string; text: string }[], SheetProblem[]> {
  const sv = new Map(current.map((r) => [r.path, r.sv]));
  const seen = new Set<string>();
  const problems: SheetProblem[] = [];
  const out: { path: string; text: string }[] = [];
  for (const r of rows) {
    const path = r.path.trim();
    const known = sv.get(path);
    if (path === '') problems.push({ row: r.row, path, code: 'missingPath' });
    else if (known === undefined) problems.push({ row: r.row, path, code: 'unknownPath' });
    else if (seen.has(path)) problems.push({ row: r.row, path, code: 'duplicatePath' });
    else if (normalize(known) !== normalize(r.sv)) problems.push({ row: r.row, path, code: 'svChanged' });
    else if (r.text.length > MAX_TEXT) problems.push({ row: r.row, path, code: 'tooLong' });
    else {
      seen.add(path);
      out.push({ path, text: r.text });
    }
  }
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: out };
}

/** Spreadsheet programs may turn line breaks into \r\n and trim cells; that is not a change. */
function normalize(s: string): string {
  return s.replace(/\r\n?/g, '\n').trim();
}
