import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../server/db/schema.js';
import { buildApiArtifacts, OPENAPI_FILE, TYPES_FILE } from '../../scripts/api-artifacts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { ApiClient } from '../support/client.js';

/** Routes anyone may call. Every other route must refuse a visitor with 401. */
const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /api/session',
  'GET /api/openapi.json',
  'POST /api/auth/register',
  'POST /api/auth/verify-email',
  'POST /api/auth/resend-verification',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'GET /api/users/:id',
  'GET /api/communities',
  'GET /api/communities/:slug',
  'GET /api/communities/:slug/members',
  'POST /api/invitations/lookup',
  'GET /api/calls',
  'GET /api/calls/:id',
  'GET /api/calls/:id/contributions',
  'GET /api/calls/:id/cover',
  'GET /api/attachments/:id',
  'POST /api/panel-invitations/lookup',
  'GET /api/calls/:id/results',
  'GET /api/users/:id/recognitions',
  'GET /api/communities/:slug/meetings',
  'GET /api/communities/:slug/meetings.ics',
  'GET /api/meetings/:id',
  'GET /api/meetings/:id/ics',
  'GET /api/meeting-invitations/:token',
  'GET /api/meetings/:id/minutes',
  'GET /api/calendar/:token/meetings.ics',
  'GET /api/knowledge/:id',
  'GET /api/knowledge/:id/revisions/:number',
  'GET /api/communities/:slug/knowledge',
  'GET /api/communities/:slug/knowledge/tags',
  'GET /api/search',
  'GET /api/communities/:slug/documents',
  'GET /api/documents/:id',
  'GET /api/documents/:id/download',
  'GET /api/communities/:slug/discussions',
  'GET /api/discussions/:id',
  'GET /api/posts/:id/revisions',
];
const isDocsRoute = (url: string) => url.startsWith('/api/docs');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('every route', () => {
  it('is either on the public list or refuses a visitor', async () => {
    const table = t.app.routeTable;
    expect(table.length).toBeGreaterThan(10);
    const visitor = new ApiClient(t.app);
    for (const route of table) {
      const key = `${route.method} ${route.url}`;
      if (isDocsRoute(route.url)) {
        expect(route.access, key).toBe('public');
        continue;
      }
      if (PUBLIC_ROUTES.includes(key)) {
        expect(route.access, key).toBe('public');
        continue;
      }
      expect(route.access, `${key} must not be public`).not.toBe('public');
      const url = route.url.replace(/:id/g, '00000000-0000-4000-8000-000000000000');
      const res = await visitor.request(route.method as 'GET', url, route.method === 'GET' ? undefined : {});
      expect(res.status, key).toBe(401);
    }
    // Nothing on the list is stale.
    for (const key of PUBLIC_ROUTES) expect(table.map((r) => `${r.method} ${r.url}`), key).toContain(key);
  });

  it('has an operationId and a description in the OpenAPI document', async () => {
    const doc = (await new ApiClient(t.app).get('/api/openapi.json')).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, { operationId?: string; description?: string }>>).flatMap(([p, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, ...op })),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) {
      expect(op.operationId, op.key).toBeTruthy();
      expect(op.description, op.key).toBeTruthy();
    }
  });

  it('serves a browsable API page', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
  });
});

describe('generated artifacts', () => {
  it('the committed OpenAPI document and web client types match the code', async () => {
    const { openapi, types } = await buildApiArtifacts();
    const hint = 'run `npm run api:generate` and commit the result';
    expect(fs.readFileSync(path.resolve(OPENAPI_FILE), 'utf8'), hint).toBe(openapi);
    expect(fs.readFileSync(path.resolve(TYPES_FILE), 'utf8'), hint).toBe(types);
  });

  it('the committed migrations produce exactly the schema in code', async () => {
    const dir = path.resolve('server/db/migrations/meta');
    const snapshots = fs.readdirSync(dir).filter((f) => f.endsWith('_snapshot.json')).sort();
    const last = JSON.parse(fs.readFileSync(path.join(dir, snapshots.at(-1)!), 'utf8'));
    const current = generateDrizzleJson(schema, last.id);
    expect(await generateMigration(last, current), 'run `npm run db:generate` and commit the migration').toEqual([]);
    // And the database those migrations built has the same tables and columns as the code.
    const result = (await t.database.db.execute(
      sql`select table_name, column_name, is_nullable from information_schema.columns where table_schema = 'public' and table_name <> '__drizzle_migrations'`,
    )) as { rows: unknown[] };
    const inDatabase = (result.rows as { table_name: string; column_name: string; is_nullable: string }[])
      .map((r) => `${r.table_name}.${r.column_name}${r.is_nullable === 'NO' ? ' not null' : ''}`)
      .sort();
    type SnapshotTable = { name: string; columns: Record<string, { name: string; notNull: boolean }> };
    const inCode = Object.values(current.tables as Record<string, SnapshotTable>)
      .flatMap((table) => Object.values(table.columns).map((c) => `${table.name}.${c.name}${c.notNull ? ' not null' : ''}`))
      .sort();
    expect(inDatabase).toEqual(inCode);
  });
});

describe('security headers', () => {
  it('every response forbids outside scripts, styles, fonts and framing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/session' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('health', () => {
  it('reports the database status', async () => {
    const res = await new ApiClient(t.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite' });
  });

  it('answers unknown API addresses with a localized 404 problem', async () => {
    const res = await new ApiClient(t.app, 'ar').get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.detail).toBe('لم يتم العثور على ما تبحث عنه.');
  });
});
