import type { FormDefinition } from '../../domain/forms/definition.ts';
import { parseDefinition } from '../../domain/forms/schema/parse-definition.ts';

/**
 * Parsed definitions by version id. Published versions never change (the
 * database refuses it), so a parsed, frozen definition, and everything the
 * engine compiles from it, can be kept for the life of the process. Drafts of
 * versions are parsed fresh each time.
 */
const cache = new Map<string, FormDefinition>();
const MAX = 500;

export function definitionOf(versionId: string, status: string, json: unknown): FormDefinition {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const parsed = parseDefinition(json);
  if (!parsed.ok) {
    throw new Error(
      `Stored definition of version ${versionId} is invalid: ${JSON.stringify(parsed.error.slice(0, 3))}`,
    );
  }
  if (status !== 'draft') {
    if (cache.size >= MAX) cache.delete(cache.keys().next().value as string);
    cache.set(versionId, parsed.value);
  }
  return parsed.value;
}

/** A published or retired version's definition if it was parsed before; drafts are never cached. */
export function cachedDefinition(versionId: string): FormDefinition | undefined {
  return cache.get(versionId);
}
