import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Services } from '../../services/index.ts';
import type { ResidentIdentity } from '../identity.ts';
import { registerCasePageRoutes } from './case-page.routes.tsx';
import { registerCatalogueRoutes } from './catalogue.routes.tsx';
import { registerEServiceStartRoutes } from './eservice-start.routes.tsx';
import { registerLoginRoutes } from './login.routes.tsx';
import { registerMunicipalityPages } from './municipality-pages.routes.tsx';
import { registerMyPagesRoutes } from './my-pages.routes.tsx';
import { registerNotificationContactRoutes } from './notification-contact.routes.tsx';
import { registerReceiptRoutes } from './receipt.routes.tsx';
import { registerCheckRoutes } from './runner/check.routes.tsx';
import { registerStepRoutes } from './runner/step.routes.tsx';
import { registerSupplementRoutes } from './supplement/supplement.routes.tsx';

export interface CitizenDeps {
  config: Config;
  services: Services;
  identity: ResidentIdentity;
}

/** The resident's side of a municipality, under /:kommun. */
export function registerCitizenRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  registerCatalogueRoutes(app, deps);
  registerMunicipalityPages(app, deps);
  registerEServiceStartRoutes(app, deps);
  registerStepRoutes(app, deps);
  registerCheckRoutes(app, deps);
  registerReceiptRoutes(app, deps);
  registerLoginRoutes(app, deps);
  registerMyPagesRoutes(app, deps);
  registerCasePageRoutes(app, deps);
  registerSupplementRoutes(app, deps);
  registerNotificationContactRoutes(app, deps);
}
