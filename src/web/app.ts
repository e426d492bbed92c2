import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { MAX_UPLOAD_BYTES } from '../services/files/stored-files.ts';
import type { Services } from '../services/index.ts';
import { registerCitizenRoutes } from './citizen/index.ts';
import { registerLoginCallback } from './citizen/login.routes.tsx';
import { registerErrorPages } from './errors.tsx';
import { registerHealthRoutes } from './health.routes.ts';
import { registerIdentity } from './identity.ts';
import { loggerOptions } from './logging.ts';
import { registerStaffDirectoryCallback } from './officer/directory-login.routes.tsx';
import { registerOfficerRoutes } from './officer/index.ts';
import { registerPlatformRoutes } from './platform.routes.tsx';
import { languagePlugin } from './plugins/language.ts';
import './plugins/request-state.ts';
import { cookieSecure, sessionPlugin } from './plugins/session.ts';
import { tenantUrlRewriter } from './plugins/tenant.ts';
import { tenantPlugin } from './plugins/tenant-routes.ts';

const PUBLIC_DIR = join(import.meta.dirname, '../../public/build');

export interface AppDeps {
  config: Config;
  services: Services;
}

export async function buildApp({ config, services }: AppDeps): Promise<FastifyInstance> {
  const rewrite = tenantUrlRewriter(services.municipalities);
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    rewriteUrl: (req) => rewrite(req.url ?? '/', req.headers.host),
    routerOptions: { ignoreTrailingSlash: true },
  });
  const secure = cookieSecure(config);
  // Every route, as registered: the permission-matrix test walks them all.
  const routes: { method: string; url: string }[] = [];
  app.decorate('routeList', routes);
  app.addHook('onRoute', (r) => {
    for (const method of Array.isArray(r.method) ? r.method : [r.method]) routes.push({ method, url: r.url });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    hsts: secure,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyFormbody);
  await app.register(fastifyMultipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: true,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 20, fields: 2000, parts: 2100, fieldSize: 100_000 },
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    // Multipart posts (file uploads) carry the token as a field object.
    getToken: (req) => {
      const v = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (typeof v === 'string') return v;
      if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string') return v.value;
      const h = req.headers['x-csrf-token'];
      return typeof h === 'string' ? h : '';
    },
    cookieKey: 'ingang_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure, signed: true },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    maxAge: config.env === 'production' ? '1d' : 0,
  });

  await app.register(sessionPlugin, { sessions: services.sessions, config });
  await app.register(languagePlugin, { secure });
  app.decorateRequest('municipality', null);
  app.decorateRequest('basePath', '');
  app.decorateRequest('staff', null);

  // Every state-changing request carries the CSRF token, whoever sends it.
  // The development identity provider is its own site and is exempt (its
  // interactions are bound to a one-time interaction id instead).
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return done();
    if (req.url.startsWith('/dev-idp/') || req.url.startsWith('/api/')) return done();
    app.csrfProtection(req, reply, done);
  });

  registerErrorPages(app, config);
  registerHealthRoutes(app, services);
  const identity = await registerIdentity(app, config, services);
  registerPlatformRoutes(app, config, services);
  registerLoginCallback(app, { config, services, identity });
  registerStaffDirectoryCallback(app, { config, services });
  await app.register(
    async (tenant) => {
      await tenant.register(tenantPlugin, { services });
      registerCitizenRoutes(tenant, { config, services, identity });
      registerOfficerRoutes(tenant, { config, services });
    },
    { prefix: '/:kommun' },
  );

  app.addHook('onClose', async () => {
    await services.sessions.purgeIdle();
  });
  return app;
}
