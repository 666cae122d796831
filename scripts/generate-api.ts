// Writes the OpenAPI document and the web client's types; CI fails when they are stale.
import fs from 'node:fs';
import path from 'node:path';
import { OPENAPI_FILE, TYPES_FILE, buildApiArtifacts } from './api-artifacts.js';

const { openapi, types } = await buildApiArtifacts();
for (const [file, text] of [[OPENAPI_FILE, openapi], [TYPES_FILE, types]] as const) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
