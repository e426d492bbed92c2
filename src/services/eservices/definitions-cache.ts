import type { Db } from '../../db/database.ts';
import { type TranslationOverlay, withOverlay } from '../../domain/builder/translations.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { parseDefinition } from '../../domain/forms/schema/parse-definition.ts';

/**
 * Parsed definitions by version id. Published versions never change (the
 * database refuses it), so a parsed, frozen definition, and everything the
 * engine compiles from it, can be kept for the life of the process. Drafts of
 * versions are parsed fresh each time.
 *
 * Two caches: `definitionOf` gives the stored definition as it is (structure,
 * keys, Swedish texts — what exports and officer lists need);
 * `readableDefinition` gives what residents, officers and PDFs read: for a
 * published or retired version, the stored definition with the translations
 * added after publishing (table version_translation) laid over it. Saving such
 * a translation calls `forgetReadable` so this process sees it at once; other
 * processes (more web nodes, the worker) read the overlay again once their
 * copy is `OVERLAY_FRESH_MS` old — one small query per version and half
 * minute — and keep the same definition object when nothing changed, so what
 * the engine compiled from it stays.
 */
const cache = new Map<string, FormDefinition>();
interface Readable {
  def: FormDefinition;
  /** The overlay it was made with, as JSON, to tell whether a re-read changed anything. */
  overlay: string;
  readAt: number;
}
const readable = new Map<string, Readable>();
const MAX = 500;
export const OVERLAY_FRESH_MS = 30_000;

function remember<T>(map: Map<string, T>, versionId: string, value: T): void {
  if (map.size >= MAX) map.delete(map.keys().next().value as string);
  map.set(versionId, value);
}

const fresh = (r: Readable, now = Date.now()): boolean => now - r.readAt < OVERLAY_FRESH_MS;

export function definitionOf(versionId: string, status: string, json: unknown): FormDefinition {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const parsed = parseDefinition(json);
  if (!parsed.ok) {
    throw new Error(
      `Stored definition of version ${versionId} is invalid: ${JSON.stringify(parsed.error.slice(0, 3))}`,
    );
  }
  if (status !== 'draft') remember(cache, versionId, parsed.value);
  return parsed.value;
}

/** The translations of a published or retired version added after publishing, by language. */
export async function overlayOf(db: Db, versionId: string): Promise<TranslationOverlay> {
  const rows = await db
    .selectFrom('version_translation')
    .select(['lang', 'texts'])
    .where('version_id', '=', versionId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.lang, r.texts]));
}

/** The definition as it is read (see above): a draft as stored, a published version with its overlay. */
export async function readableDefinition(
  db: Db,
  versionId: string,
  status: string,
  json: unknown,
): Promise<FormDefinition> {
  if (status === 'draft') return definitionOf(versionId, status, json);
  const hit = readable.get(versionId);
  if (hit && fresh(hit)) return hit.def;
  const overlay = await overlayOf(db, versionId);
  const key = JSON.stringify(overlay);
  const def =
    hit && hit.overlay === key ? hit.def : withOverlay(definitionOf(versionId, status, json), overlay);
  readable.delete(versionId);
  remember(readable, versionId, { def, overlay: key, readAt: Date.now() });
  return def;
}

/** After a translation of a published version is saved. */
export function forgetReadable(versionId: string): void {
  readable.delete(versionId);
}

/**
 * A published or retired version's readable definition if it was read lately
 * (see OVERLAY_FRESH_MS); drafts are never cached. Undefined: read it again.
 */
export function cachedDefinition(versionId: string): FormDefinition | undefined {
  const hit = readable.get(versionId);
  return hit && fresh(hit) ? hit.def : undefined;
}
