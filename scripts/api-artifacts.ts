import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';

export const OPENAPI_FILE = 'docs/api/openapi.json';
export const TYPES_FILE = 'web/api/schema.d.ts';

/** The OpenAPI document of the running app and the web client's types made from it. */
export async function buildApiArtifacts(): Promise<{ openapi: string; types: string }> {
  const database = await openDatabase({ url: null });
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', SERVE_WEB: 'false' }), database });
  try {
    await app.ready();
    const document = app.swagger();
    const openapi = JSON.stringify(document, null, 2) + '\n';
    const header = '// Generated from docs/api/openapi.json by `npm run api:generate`. Do not edit.\n';
    const types = header + astToString(await openapiTS(JSON.parse(openapi) as Parameters<typeof openapiTS>[0]));
    return { openapi, types };
  } finally {
    await app.close();
    await database.close();
  }
}
