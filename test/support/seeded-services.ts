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
  const users: Record<string, string> = {};
  for (const u of await services.db.selectFrom('staff_user').select(['id', 'username']).execute()) {
    users[u.username] = u.id;
  }
  const groups: Record<string, string> = {};
  for (const g of await services.db.selectFrom('officer_group').select(['id', 'name']).execute()) {
    groups[g.name] = g.id;
  }
  return { services, demoId: demo.id, users, groups, close: db.close };
}
