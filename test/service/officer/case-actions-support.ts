import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config.ts';
import type { StaffPrincipal } from '../../../src/domain/staff/roles.ts';
import type { DraftOwner } from '../../../src/services/drafts/draft-owner.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { createTestDatabase } from '../../support/db.ts';
import { publishTiny } from '../../support/eservice-fixture.ts';

export const TOLVAN: DraftOwner = {
  kind: 'resident',
  personalNumber: '191212121212',
  name: 'Tolvan Tolvansson',
  loginMethod: 'bankid',
};

/**
 * A municipality with the tiny e-service (answers editable) handled by Anna
 * (full) and Rut (restricted); Olle is an officer who handles nothing; Admin
 * is an administrator. A second municipality has its own officer, Nils.
 */
export async function caseWorld() {
  const db = await createTestDatabase();
  const services: Services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  const m = await services.municipalities.create({ slug: 'testby', name: 'Testby kommun' });
  const other = await services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' });
  const user = (municipalityId: string, username: string, name: string, roles: StaffPrincipal['roles']) =>
    services.staffUsers.create({ municipalityId, username, name, roles: [...roles] });
  const anna = await user(m.id, 'anna', 'Anna Andersson', ['officer']);
  const rut = await user(m.id, 'rut', 'Rut Restriktiv', ['officer']);
  const olle = await user(m.id, 'olle', 'Olle Utanför', ['officer']);
  const admin = await user(m.id, 'admin', 'Alva Admin', ['admin']);
  const nils = await user(other.id, 'nils', 'Nils Annanby', ['officer']);
  const { eService } = await publishTiny(services, m.id);
  await services.db
    .updateTable('e_service')
    .set({ answers_editable: true })
    .where('id', '=', eService.id)
    .execute();
  await setEServiceOfficers(services.db, m.id, eService.id, [
    { userId: anna.id },
    { userId: rut.id, restricted: true },
  ]);
  // The other municipality has the same e-service, handled by Nils.
  const otherTiny = await publishTiny(services, other.id);
  await setEServiceOfficers(services.db, other.id, otherTiny.eService.id, [{ userId: nils.id }]);

  const actor = async (p: StaffPrincipal): Promise<OfficerActor> => ({
    principal: p,
    scope: await loadOfficerScope(services.db, p),
  });

  /** A case submitted by Tolvan in a municipality (default: testby). */
  async function newCase(municipalityId = m.id, eServiceId = eService.id, name = 'Tolvan') {
    const id = await services.drafts.start(municipalityId, eServiceId, TOLVAN);
    assert.ok(id);
    const draft = await services.drafts.get(municipalityId, id, TOLVAN);
    assert.ok(draft);
    const v = await services.drafts.saveStep(draft, 'om-dig', {
      'q.name': name,
      'q.hasPet': 'yes',
      'q.petName': 'Doris',
    });
    assert.deepEqual(v.errors, []);
    const r = await services.submitCase(municipalityId, id, TOLVAN, 'sv');
    assert.ok(r.ok);
    return r.caseId;
  }

  const row = (caseId: string) =>
    services.db.selectFrom('case').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  const events = async (caseId: string) =>
    services.db
      .selectFrom('case_event')
      .select(['type', 'actor_name', 'details'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();

  return {
    services,
    close: db.close,
    municipalityId: m.id,
    otherMunicipalityId: other.id,
    eServiceId: eService.id,
    otherEServiceId: otherTiny.eService.id,
    users: { anna, rut, olle, admin, nils },
    actor,
    newCase,
    row,
    events,
  };
}

export type CaseWorld = Awaited<ReturnType<typeof caseWorld>>;
