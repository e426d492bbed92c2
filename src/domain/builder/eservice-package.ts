/**
 * The file an e-service is shared in between municipalities (issue 7, item 7):
 * every version's definition, the e-service's texts and settings, and nothing
 * that belongs to the source installation — no cases, no people, no ids other
 * than the definitions' own stable question and step ids. Officer groups and
 * group targets of assignment rules travel by group NAME (the receiving
 * municipality may have a group of that name); rules that name a person, and
 * handlers who are people, are left out because people do not move between
 * installations. The function mailbox address is left out for the same reason.
 *
 * `buildEServicePackage` is pure; `parseEServicePackage` reads an uploaded
 * document strictly: unknown properties are refused and every definition goes
 * through `parseDefinition`, so an import never stores what it cannot read.
 */
import { inspectRule } from '../forms/conditions.ts';
import type { FormDefinition, JsonLogicRule, JsonValue, LangText } from '../forms/definition.ts';
import type { Result } from '../forms/result.ts';
import { parseDefinition } from '../forms/schema/parse-definition.ts';
import { PURGE_DAYS_MAX } from './settings/handling.ts';

export const PACKAGE_FORMAT = 'ingang.eservice';
export const PACKAGE_FORMAT_VERSION = 1;

export const VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export type PackageVersionStatus = (typeof VERSION_STATUSES)[number];

export interface PackagedVersion {
  number: number;
  status: PackageVersionStatus;
  definition: FormDefinition;
}

/** An assignment rule whose target is a group, named rather than identified. */
export interface PackagedAssignmentRule {
  when: JsonLogicRule;
  group: string;
}

export interface PackagedHandlerGroup {
  group: string;
  restricted: boolean;
}

export interface PackagedTemplate {
  event: string;
  channel: 'email' | 'sms';
  lang: string;
  subject: string;
  body: string;
}

export interface PackagedEService {
  slug: string;
  category: LangText;
  name: LangText;
  description: LangText;
  whatYouNeed: LangText | null;
  contact: { unit?: LangText; email?: string; phone?: string };
  loginRequirement: 'required' | 'optional' | 'anonymous';
  personalData: {
    dataProcessed: LangText;
    purpose: LangText;
    legalBasis: LangText;
    retention: LangText;
    controller: LangText;
    complaint: LangText;
  };
  summaryKeys: string[];
  handleWithinDays: number | null;
  statusSet: JsonValue[];
  colourLabels: JsonValue[];
  exportColumns: JsonValue[] | null;
  answersEditable: boolean;
  manualCasesAllowed: boolean;
  /** Automatic purge `{ status, days }`; absent (older packages) or null = none. */
  purgeRule?: { status: string; days: number } | null;
  /** Languages residents may choose, Swedish first; absent (older packages) = those the name is written in. */
  offeredLanguages?: string[];
  /** Which events go out on which channel (the function mailbox is left out). */
  notificationSettings: { [event: string]: JsonValue };
  notificationTemplates: PackagedTemplate[];
  handlerGroups: PackagedHandlerGroup[];
  assignmentRules: PackagedAssignmentRule[];
}

export interface EServicePackage {
  format: typeof PACKAGE_FORMAT;
  formatVersion: typeof PACKAGE_FORMAT_VERSION;
  exportedAt: string;
  eService: PackagedEService;
  versions: PackagedVersion[];
}

/** A problem with an uploaded package, at a JSON Pointer path (`/versions/1/definition/steps/0/id`). */
export interface PackageProblem {
  path: string;
  code: string;
  params?: { [name: string]: string };
}

const FUNCTION_MAILBOX_KEY = 'functionMailbox';

/** Puts the parts together in a fixed order (versions by number) so two exports compare equal. */
export function buildEServicePackage(
  eService: PackagedEService,
  versions: readonly PackagedVersion[],
  exportedAt: Date,
): EServicePackage {
  const { [FUNCTION_MAILBOX_KEY]: _mailbox, ...settings } = eService.notificationSettings;
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    eService: {
      ...eService,
      notificationSettings: settings,
      notificationTemplates: [...eService.notificationTemplates].sort((a, b) =>
        `${a.event}|${a.channel}|${a.lang}`.localeCompare(`${b.event}|${b.channel}|${b.lang}`),
      ),
      handlerGroups: [...eService.handlerGroups].sort((a, b) => a.group.localeCompare(b.group)),
    },
    versions: [...versions].sort((a, b) => a.number - b.number),
  };
}

// ---- reading an uploaded package -------------------------------------------------------------

type Obj = { [k: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;
const LANG = /^[a-z]{2,3}$/;
const MAX_VERSIONS = 500;

class Reader {
  readonly problems: PackageProblem[] = [];

  problem(path: string, code: string, params?: { [name: string]: string }): undefined {
    this.problems.push(params ? { path, code, params } : { path, code });
    return undefined;
  }

  /** The object at `path` with exactly the `required` and optionally the `optional` properties. */
  object(
    v: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Obj | undefined {
    if (!isObj(v)) return this.problem(path, 'wrongType', { expected: 'object' });
    for (const k of Object.keys(v)) {
      if (!required.includes(k) && !optional.includes(k)) this.problem(`${path}/${k}`, 'unknownProperty');
    }
    for (const k of required) if (!(k in v)) this.problem(`${path}/${k}`, 'missing');
    return v;
  }

  string(v: unknown, path: string, max = 10000): string | undefined {
    if (typeof v !== 'string') return this.problem(path, 'wrongType', { expected: 'string' });
    if (v.length > max) return this.problem(path, 'tooMany', { max: String(max) });
    return v;
  }

  boolean(v: unknown, path: string): boolean | undefined {
    return typeof v === 'boolean' ? v : this.problem(path, 'wrongType', { expected: 'boolean' });
  }

  langText(v: unknown, path: string): LangText | undefined {
    if (!isObj(v)) return this.problem(path, 'wrongType', { expected: 'object' });
    for (const [lang, text] of Object.entries(v)) {
      if (!LANG.test(lang)) this.problem(`${path}/${lang}`, 'invalidLanguage');
      else this.string(text, `${path}/${lang}`);
    }
    if (typeof v.sv !== 'string' || v.sv.trim() === '') return this.problem(`${path}/sv`, 'missingSwedish');
    return v as LangText;
  }

  array(v: unknown, path: string, max: number): unknown[] | undefined {
    if (!Array.isArray(v)) return this.problem(path, 'wrongType', { expected: 'array' });
    if (v.length > max) return this.problem(path, 'tooMany', { max: String(max) });
    return v;
  }

  /** Plain JSON: what a settings column holds. */
  json(v: unknown, path: string, depth = 0): JsonValue | undefined {
    if (depth > 20) return this.problem(path, 'tooDeep');
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number')
      return Number.isFinite(v) ? v : this.problem(path, 'wrongType', { expected: 'number' });
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) this.json(item, `${path}/${i}`, depth + 1);
      return v as JsonValue;
    }
    if (isObj(v)) {
      for (const [k, item] of Object.entries(v)) this.json(item, `${path}/${k}`, depth + 1);
      return v as JsonValue;
    }
    return this.problem(path, 'wrongType', { expected: 'json' });
  }
}

const E_SERVICE_PROPS = [
  'slug',
  'category',
  'name',
  'description',
  'whatYouNeed',
  'contact',
  'loginRequirement',
  'personalData',
  'summaryKeys',
  'handleWithinDays',
  'statusSet',
  'colourLabels',
  'exportColumns',
  'answersEditable',
  'manualCasesAllowed',
  'notificationSettings',
  'notificationTemplates',
  'handlerGroups',
  'assignmentRules',
] as const;

const PERSONAL_DATA_PROPS = [
  'dataProcessed',
  'purpose',
  'legalBasis',
  'retention',
  'controller',
  'complaint',
] as const;

function readEService(r: Reader, v: unknown): void {
  const p = '/eService';
  const e = r.object(v, p, E_SERVICE_PROPS, ['purgeRule', 'offeredLanguages']);
  if (!e) return;
  const slug = r.string(e.slug, `${p}/slug`);
  if (slug !== undefined && !SLUG.test(slug)) r.problem(`${p}/slug`, 'invalidSlug');
  for (const k of ['category', 'name', 'description'] as const) r.langText(e[k], `${p}/${k}`);
  if (e.whatYouNeed !== null) r.langText(e.whatYouNeed, `${p}/whatYouNeed`);
  const contact = r.object(e.contact, `${p}/contact`, [], ['unit', 'email', 'phone']);
  if (contact) {
    if (contact.unit !== undefined) r.langText(contact.unit, `${p}/contact/unit`);
    if (contact.email !== undefined) r.string(contact.email, `${p}/contact/email`, 200);
    if (contact.phone !== undefined) r.string(contact.phone, `${p}/contact/phone`, 50);
  }
  if (!['required', 'optional', 'anonymous'].includes(e.loginRequirement as string)) {
    r.problem(`${p}/loginRequirement`, 'invalidValue');
  }
  const pd = r.object(e.personalData, `${p}/personalData`, PERSONAL_DATA_PROPS);
  if (pd) for (const k of PERSONAL_DATA_PROPS) if (k in pd) r.langText(pd[k], `${p}/personalData/${k}`);
  for (const [i, k] of (r.array(e.summaryKeys, `${p}/summaryKeys`, 100) ?? []).entries()) {
    r.string(k, `${p}/summaryKeys/${i}`, 64);
  }
  const days = e.handleWithinDays;
  if (days !== null && !(typeof days === 'number' && Number.isInteger(days) && days > 0 && days <= 3650)) {
    r.problem(`${p}/handleWithinDays`, 'invalidValue');
  }
  for (const k of ['statusSet', 'colourLabels'] as const) {
    const list = r.array(e[k], `${p}/${k}`, 100);
    for (const [i, item] of (list ?? []).entries()) {
      if (isObj(item)) r.json(item, `${p}/${k}/${i}`);
      else r.problem(`${p}/${k}/${i}`, 'wrongType', { expected: 'object' });
    }
  }
  if (e.exportColumns !== null)
    r.json(r.array(e.exportColumns, `${p}/exportColumns`, 500), `${p}/exportColumns`);
  r.boolean(e.answersEditable, `${p}/answersEditable`);
  r.boolean(e.manualCasesAllowed, `${p}/manualCasesAllowed`);
  if (e.purgeRule !== undefined && e.purgeRule !== null) {
    const rule = r.object(e.purgeRule, `${p}/purgeRule`, ['status', 'days']);
    if (rule) {
      r.string(rule.status, `${p}/purgeRule/status`, 40);
      const d = rule.days;
      if (!(typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= PURGE_DAYS_MAX))
        r.problem(`${p}/purgeRule/days`, 'invalidValue');
    }
  }
  if (e.offeredLanguages !== undefined) {
    const langs = r.array(e.offeredLanguages, `${p}/offeredLanguages`, 50) ?? [];
    for (const [i, l] of langs.entries()) {
      if (typeof l !== 'string' || !/^[a-z]{2,3}$/.test(l))
        r.problem(`${p}/offeredLanguages/${i}`, 'invalidValue');
    }
    if (langs[0] !== 'sv') r.problem(`${p}/offeredLanguages`, 'invalidValue');
  }
  // A map of event -> { email?, sms? } booleans; the event names are checked when a notification is sent.
  if (!isObj(e.notificationSettings))
    r.problem(`${p}/notificationSettings`, 'wrongType', { expected: 'object' });
  else {
    for (const [event, channels] of Object.entries(e.notificationSettings)) {
      const c = r.object(channels, `${p}/notificationSettings/${event}`, [], ['email', 'sms']);
      if (c)
        for (const [ch, on] of Object.entries(c)) r.boolean(on, `${p}/notificationSettings/${event}/${ch}`);
    }
  }
  r.array(e.notificationTemplates, `${p}/notificationTemplates`, 500)?.forEach((t, i) => {
    const tp = `${p}/notificationTemplates/${i}`;
    const o = r.object(t, tp, ['event', 'channel', 'lang', 'subject', 'body']);
    if (!o) return;
    r.string(o.event, `${tp}/event`, 64);
    if (o.channel !== 'email' && o.channel !== 'sms') r.problem(`${tp}/channel`, 'invalidValue');
    if (typeof o.lang !== 'string' || !LANG.test(o.lang)) r.problem(`${tp}/lang`, 'invalidLanguage');
    r.string(o.subject, `${tp}/subject`, 500);
    r.string(o.body, `${tp}/body`, 20000);
  });
  r.array(e.handlerGroups, `${p}/handlerGroups`, 100)?.forEach((h, i) => {
    const o = r.object(h, `${p}/handlerGroups/${i}`, ['group', 'restricted']);
    if (!o) return;
    r.string(o.group, `${p}/handlerGroups/${i}/group`, 200);
    r.boolean(o.restricted, `${p}/handlerGroups/${i}/restricted`);
  });
  r.array(e.assignmentRules, `${p}/assignmentRules`, 200)?.forEach((a, i) => {
    const ap = `${p}/assignmentRules/${i}`;
    const o = r.object(a, ap, ['when', 'group']);
    if (!o) return;
    r.string(o.group, `${ap}/group`, 200);
    for (const q of inspectRule(o.when).problems) r.problem(`${ap}/when${q.path}`, q.code, q.params);
  });
}

function readVersions(r: Reader, v: unknown): PackagedVersion[] {
  const list = r.array(v, '/versions', MAX_VERSIONS);
  if (!list) return [];
  if (list.length === 0) r.problem('/versions', 'tooFew', { min: '1' });
  const out: PackagedVersion[] = [];
  const numbers = new Set<number>();
  let published = 0;
  list.forEach((item, i) => {
    const p = `/versions/${i}`;
    const o = r.object(item, p, ['number', 'status', 'definition']);
    if (!o) return;
    const n = o.number;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) r.problem(`${p}/number`, 'invalidValue');
    else if (numbers.has(n)) r.problem(`${p}/number`, 'duplicateNumber');
    else numbers.add(n);
    if (!VERSION_STATUSES.includes(o.status as PackageVersionStatus))
      r.problem(`${p}/status`, 'invalidValue');
    if (o.status === 'published' && ++published > 1) r.problem(`${p}/status`, 'morePublished');
    const def = parseDefinition(o.definition);
    if (!def.ok)
      for (const d of def.error) r.problem(`${p}/definition${d.path}`, d.code, stringParams(d.params));
    if (def.ok && typeof n === 'number' && VERSION_STATUSES.includes(o.status as PackageVersionStatus)) {
      out.push({ number: n, status: o.status as PackageVersionStatus, definition: def.value });
    }
  });
  return out;
}

function stringParams(params: unknown): { [name: string]: string } | undefined {
  if (!isObj(params)) return undefined;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

/** Reads an uploaded package; every problem is listed, not only the first. */
export function parseEServicePackage(value: unknown): Result<EServicePackage, PackageProblem[]> {
  const r = new Reader();
  const doc = r.object(value, '', ['format', 'formatVersion', 'exportedAt', 'eService', 'versions']);
  if (!doc) return { ok: false, error: r.problems };
  if (doc.format !== PACKAGE_FORMAT) r.problem('/format', 'notAnEServicePackage');
  if (doc.formatVersion !== PACKAGE_FORMAT_VERSION) r.problem('/formatVersion', 'unsupportedFormatVersion');
  if (typeof doc.exportedAt !== 'string' || Number.isNaN(Date.parse(doc.exportedAt))) {
    r.problem('/exportedAt', 'invalidValue');
  }
  readEService(r, doc.eService);
  const versions = readVersions(r, doc.versions);
  if (r.problems.length > 0) return { ok: false, error: r.problems };
  const pkg = doc as unknown as EServicePackage;
  return { ok: true, value: { ...pkg, versions: versions.sort((a, b) => a.number - b.number) } };
}
