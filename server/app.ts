import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/connection.js';
import { registerRequestContext } from './http/context.js';
import { registerProblemHandlers } from './http/problem.js';
import { Problem } from './http/schemas.js';
import { registerWeb, webRoot } from './http/web.js';
import { smtpMailer, type Mailer } from './jobs/mailer.js';
import { JobRunner } from './jobs/runner.js';
import { accountsRoutes } from './modules/accounts/routes.js';
import { callsRoutes } from './modules/calls/routes.js';
import { reviewsRoutes } from './modules/reviews/routes.js';
import { knowledgeRoutes } from './modules/knowledge/routes.js';
import { libraryRoutes } from './modules/library/routes.js';
import { discussionsRoutes } from './modules/discussions/routes.js';
import { meetingsRoutes } from './modules/meetings/routes.js';
import { communitiesRoutes } from './modules/communities/routes.js';
import { notificationsRoutes } from './modules/notifications/routes.js';
import { searchRoutes } from './modules/search/routes.js';
import { systemRoutes } from './modules/system/routes.js';
import { createServices, type Services } from './services.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    jobs: JobRunner;
    /** Every route with its access rule, as registered (the route-coverage test reads it). */
    routeTable: { method: string; url: string; access: string | undefined }[];
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Overrides the mailer chosen from the config (null: dev mailbox). */
  mailer?: Mailer | null;
}

/** Builds the HTTP app and its services; main.ts and the tests both start here. */
export async function buildApp({ config, database, clock = systemClock, mailer }: AppDeps) {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    ajv: { customOptions: { allErrors: true, removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const chosenMailer = mailer === undefined ? (config.smtp ? smtpMailer(config.smtp, config.mailFrom) : null) : mailer;
  const services = createServices({ db: database.db, config, clock, mailer: chosenMailer });
  app.decorate('services', services);
  app.decorate('jobs', new JobRunner(database.db, clock, services.jobHandlers, app.log));
  // Mails in flight finish before the SMTP connection is let go.
  app.addHook('onClose', async () => {
    await app.jobs.stop();
    chosenMailer?.close?.();
  });

  // The browsable API page and its assets are public, like the document they show.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
  });
  const routeTable: FastifyInstance['routeTable'] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: route.config?.access });
    }
  });

  app.addSchema(Problem);
  await app.register(fastifyCookie);
  // One file per upload request; each call sets its own lower limit (checked in the service).
  await app.register(fastifyMultipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 }, throwFileSizeLimit: false });
  // Security headers. The content security policy lets pages load only the app's own files,
  // so nothing can come from an outside CDN, and injected markup cannot run scripts.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React Aria positions popovers with inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    // HSTS only makes sense once the site is served over https.
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Majma API',
        version: '0.1.0',
        description:
          'Everything the Majma web client does goes through this API. Authentication: the `majma_session` cookie from `POST /api/auth/sign-in`. ' +
          'Every write (POST, PUT, PATCH, DELETE) must echo the `majma_csrf` cookie (from `GET /api/session`) in the `x-csrf-token` header. ' +
          'Errors are `application/problem+json` with a message in the language of `Accept-Language` (fa, ar, en) and the invalid fields named.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'majma_session' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  registerRequestContext(app, { config, accounts: services.accounts });
  const root = config.serveWeb ? webRoot() : null;
  registerProblemHandlers(app, root ? await registerWeb(app, root) : null);

  await app.register(systemRoutes, { database });
  await app.register(accountsRoutes, { accounts: services.accounts, config });
  await app.register(notificationsRoutes, { notifications: services.notifications });
  await app.register(communitiesRoutes, { communities: services.communities });
  await app.register(callsRoutes, { calls: services.calls });
  await app.register(reviewsRoutes, { reviews: services.reviews });
  await app.register(meetingsRoutes, { meetings: services.meetings });
  await app.register(knowledgeRoutes, { knowledge: services.knowledge });
  await app.register(discussionsRoutes, { discussions: services.discussions });
  await app.register(libraryRoutes, { library: services.library });
  await app.register(searchRoutes, { search: services.search });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
