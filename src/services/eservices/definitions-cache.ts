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
 * a translation calls `forgetReadable` so the next read sees it. (A cache in
 * another process, e.g. the worker, keeps the old texts until it restarts.)
 */
const cache = new Map<string, FormDefinition>();
const readable = new Map<string, FormDefinition>();
const MAX = 500;

function remember(map: Map<string, FormDefinition>, versionId: string, def: FormDefinition): void {
  if (map.size >= MAX) map.delete(map.keys().next().value as string);
  map.set(versionId, def);
}

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
  if (hit) return hit;
  const def = withOverlay(definitionOf(versionId, status, json), await overlayOf(db, versionId));
  remember(readable, versionId, def);
  return def;
}

/** After a translation of a published version is saved. */
export function forgetReadable(versionId: string): void {
  readable.delete(versionId);
}

/** A published or retired version's readable definition if it was read before; drafts are never cached. */
export function cachedDefinition(versionId: string): FormDefinition | undefined {
  return readable.get(versionId);
}
