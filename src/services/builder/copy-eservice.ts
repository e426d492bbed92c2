/**
 * Copying an e-service within the municipality (issue 7, item 1): a new
 * e-service under a new address and name with the source's descriptions and
 * settings and its current version's definition as draft version 1 — no
 * cases, drafts or history. It goes through the sharing package
 * (sharing.ts), so a copy holds exactly what an export would, and then takes
 * over what only makes sense within one municipality: officers who are
 * people, assignment rules to a person, the function mailbox, the offered
 * languages and the purge rule. Both e-services get an audit event.
 */
import type { Db } from '../../db/database.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';
import type { SharingService } from './sharing.ts';

export type CopyResult =
  | { ok: true; eServiceId: string; versionId: string }
  | { ok: false; reason: 'notFound' | 'slugTaken' | 'invalidSlug' | 'noVersion' };

export interface CopyRequest {
  slug: string;
  /** The copy's name; the Swedish one is required. Languages not given keep the source's. */
  name: LangText;
}

export function createCopyEService(db: Db, deps: { eServices: EServiceService; sharing: SharingService }) {
  /** The version a copy starts from: the published one, else the newest. */
  async function currentVersionId(municipalityId: string, eServiceId: string) {
    const versions = await db
      .selectFrom('e_service_version')
      .select(['id', 'status', 'number'])
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .orderBy('number', 'desc')
      .execute();
    return (versions.find((v) => v.status === 'published') ?? versions[0])?.id;
  }

  return async function copyEService(
    municipalityId: string,
    sourceId: string,
    request: CopyRequest,
    actor: BuilderActor,
  ): Promise<CopyResult> {
    const source = /^[0-9a-f-]{36}$/i.test(sourceId)
      ? await deps.eServices.byId(municipalityId, sourceId)
      : undefined;
    if (!source) return { ok: false, reason: 'notFound' };
    const pkg = await deps.sharing.exportEService(municipalityId, source.id);
    const versionId = await currentVersionId(municipalityId, source.id);
    if (!pkg || !versionId) return { ok: false, reason: pkg ? 'noVersion' : 'notFound' };
    // The readable definition: a published version with its later translations laid over it.
    const current = await deps.eServices.version(municipalityId, versionId);
    if (!current) return { ok: false, reason: 'noVersion' };
    const copy = {
      ...pkg,
      eService: { ...pkg.eService, name: { ...pkg.eService.name, ...request.name } },
      versions: [{ number: 1, status: 'draft' as const, definition: current.definition }],
    };
    const imported = await deps.sharing.importEService(municipalityId, copy, { slug: request.slug });
    if (!imported.ok) {
      const code = imported.error[0]?.code;
      if (code === 'slugTaken' || code === 'invalidSlug') return { ok: false, reason: code };
      throw new Error(`copying ${source.id} failed: ${JSON.stringify(imported.error)}`);
    }
    const newId = imported.value.eServiceId;
    const newVersionId = imported.value.versions[0]?.id;
    if (!newVersionId) throw new Error('the copy has no version');
    // Within one municipality, people and the mailbox may come along too.
    const src = await db
      .selectFrom('e_service')
      .select(['assignment_rules', 'notification_settings', 'offered_languages', 'purge_rule'])
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('e_service')
      .set({
        assignment_rules: JSON.stringify(src.assignment_rules),
        notification_settings: JSON.stringify(src.notification_settings),
        offered_languages: src.offered_languages,
        purge_rule: src.purge_rule === null ? null : JSON.stringify(src.purge_rule),
      })
      .where('id', '=', newId)
      .where('municipality_id', '=', municipalityId)
      .execute();
    const people = await db
      .selectFrom('e_service_officer')
      .select(['user_id', 'restricted'])
      .where('e_service_id', '=', source.id)
      .where('user_id', 'is not', null)
      .execute();
    if (people.length > 0) {
      await db
        .insertInto('e_service_officer')
        .values(
          people.map((p) => ({
            municipality_id: municipalityId,
            e_service_id: newId,
            user_id: p.user_id,
            group_id: null,
            restricted: p.restricted,
          })),
        )
        .execute();
    }
    await auditBuilderChange(db, municipalityId, newId, actor, 'eservice.copied', {
      change: 'copiedFrom',
      slug: source.slug,
      name: source.name.sv,
    });
    await auditBuilderChange(db, municipalityId, source.id, actor, 'eservice.copied', {
      change: 'copiedTo',
      slug: request.slug,
      name: request.name.sv,
    });
    return { ok: true, eServiceId: newId, versionId: newVersionId };
  };
}

export type CopyEService = ReturnType<typeof createCopyEService>;
