import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createStaffLogin } from './auth/staff-login.ts';
import { createMunicipalityService } from './municipalities.ts';
import { createSessionService } from './sessions.ts';
import { createStaffUserService } from './staff-users.ts';

/** The composition root of the service layer: one place wires db -> services. */
export function createServices(database: DatabaseHandle, config: Config) {
  const { db } = database;
  const municipalities = createMunicipalityService(db);
  const staffUsers = createStaffUserService(db);
  return {
    db,
    databaseKind: database.kind,
    municipalities,
    staffUsers,
    staffLogin: createStaffLogin(db, staffUsers),
    sessions: createSessionService(db, config.sessionIdleMinutes),
  };
}

export type Services = ReturnType<typeof createServices>;
