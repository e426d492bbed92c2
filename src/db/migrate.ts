import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db } from './database.ts';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_eservices_and_cases.ts';
import * as m0003 from './migrations/0003_staff_directory.ts';
import * as m0004 from './migrations/0004_case_handling.ts';
import * as m0005 from './migrations/0005_case_list.ts';
import * as m0007 from './migrations/0007_export.ts';
import * as m0008 from './migrations/0008_supplement.ts';
import * as m0009 from './migrations/0009_outbox.ts';
import * as m0010 from './migrations/0010_builder.ts';

/** Migrations are listed here, in order; names never change once released. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_eservices_and_cases': m0002,
  '0003_staff_directory': m0003,
  '0004_case_handling': m0004,
  '0005_case_list': m0005,
  '0007_export': m0007,
  '0008_supplement': m0008,
  '0009_outbox': m0009,
  '0010_builder': m0010,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
