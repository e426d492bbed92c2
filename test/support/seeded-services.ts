/**
 * The services (no web layer) on a fresh test database with the demo data
 * seeded, as many service tests start:
 *
 *   let services: Services; let close: () => Promise<void>; let m: string;
 *   before(async () => {
 *     ({ services, close, demoId: m } = await startSeededServices());
 *   });
 *   after(() => close());
 */
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/services/demo-seed.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { createTestDatabase } from './db.ts';

export interface SeededServices {
  services: Services;
  /** The demo municipality's id. */
  demoId: string;
  /** Staff users' ids by username (every municipality's). */
  users: Record<string, string>;
  /** Officer groups' ids by name (every municipality's). */
  groups: Record<string, string>;
  /** Closes (and on PostgreSQL drops) the test database. */
  close(): Promise<void>;
}

export async function startSeededServices(): Promise<SeededServices> {
  const db = await createTestDatabase();
  const services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  await seedDemo(services);
  const demo = await services.municipalities.bySlug('demo');
  assert.ok(demo);
  return { services, demoId: demo.id, ...(await staffIds(services)), close: db.close };
}

/** Staff users' ids by username and officer groups' ids by name (every municipality's). */
export async function staffIds(
  services: Services,
): Promise<{ users: Record<string, string>; groups: Record<string, string> }> {
  const users: Record<string, string> = {};
  for (const u of await services.db.selectFrom('staff_user').select(['id', 'username']).execute()) {
    users[u.username] = u.id;
  }
  const groups: Record<string, string> = {};
  for (const g of await services.db.selectFrom('officer_group').select(['id', 'name']).execute()) {
    groups[g.name] = g.id;
  }
  return { users, groups };
}

/**
 * Another municipality, Grannby, with an officer and a group of its own:
 * ids that a tampered post may name and that must be refused.
 */
export async function addGrannby(
  services: Services,
): Promise<{ municipalityId: string; userId: string; groupId: string }> {
  const other = await services.municipalities.create({ slug: 'grannby', name: 'Grannby kommun' });
  const user = await services.staffUsers.create({
    municipalityId: other.id,
    username: 'grannbyhandlaggare',
    name: 'Grannbys handläggare',
    roles: ['officer'],
  });
  const groupId = await services.staffUsers.createGroup(other.id, 'Grannbys grupp', []);
  return { municipalityId: other.id, userId: user.id, groupId };
}
