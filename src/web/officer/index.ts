import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Services } from '../../services/index.ts';
import { registerNotificationSettingsRoutes } from '../admin/notification-settings.routes.tsx';
import { registerOutboxAdminRoutes } from '../admin/outbox.routes.tsx';
import { registerBuilderRoutes } from '../builder/builder.routes.tsx';
import { registerBroadcastRoutes } from './broadcast.routes.tsx';
import { registerCaseListRoutes } from './case-list.routes.tsx';
import { registerCasePageRoutes } from './case-page/index.ts';
import { registerStaffDirectoryLoginRoutes } from './directory-login.routes.tsx';
import { registerExportRoutes } from './export.routes.tsx';
import { registerStaffHomeRoutes } from './home.routes.tsx';
import { registerStaffLoginRoutes } from './login.routes.tsx';
import { registerManualCaseRoutes } from './manual-case.routes.tsx';

export interface OfficerDeps {
  config: Config;
  services: Services;
}

/** Staff pages (officers, e-service developers, admins), under /:kommun/handlaggare. */
export function registerOfficerRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  registerStaffLoginRoutes(app, deps);
  registerStaffDirectoryLoginRoutes(app, deps);
  registerStaffHomeRoutes(app, deps);
  registerCaseListRoutes(app, deps);
  registerCasePageRoutes(app, deps);
  registerManualCaseRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerBroadcastRoutes(app, deps);
  registerOutboxAdminRoutes(app, deps);
  registerNotificationSettingsRoutes(app, deps);
  registerBuilderRoutes(app, deps);
}
