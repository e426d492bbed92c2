import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Services } from '../../services/index.ts';
import type { ResidentIdentity } from '../identity.ts';
import { registerLoginRoutes } from './login.routes.tsx';
import { registerMunicipalityPages } from './municipality-pages.routes.tsx';
import { registerMyPagesRoutes } from './my-pages.routes.tsx';

export interface CitizenDeps {
  config: Config;
  services: Services;
  identity: ResidentIdentity;
}

/** The resident's side of a municipality, under /:kommun. */
export function registerCitizenRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  registerMunicipalityPages(app, deps);
  registerLoginRoutes(app, deps);
  registerMyPagesRoutes(app, deps);
}
