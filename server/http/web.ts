import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The built web client (dist/web), found from the source tree or from dist/server. */
export function webRoot(): string | null {
  const candidates = ['../../dist/web', '../../web'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((p) => fs.existsSync(path.join(p, 'index.html')) && p.includes(`${path.sep}dist${path.sep}`)) ?? null;
}

/** Serves the single-page app: its files, and index.html for every other page address. */
export async function registerWeb(app: FastifyInstance, root: string) {
  await app.register(fastifyStatic, { root, wildcard: false, index: false, cacheControl: false });
  const assets = path.join(root, 'assets');
  if (fs.existsSync(assets)) {
    // Hashed file names never change content: cache them for a year.
    await app.register(fastifyStatic, { root: assets, prefix: '/assets/', decorateReply: false, immutable: true, maxAge: '365d' });
  }
  // Read on each page load (it is small): a rebuilt client is served without a restart.
  return (url: string) => (url.startsWith('/api/') || url === '/healthz' ? null : fs.readFileSync(path.join(root, 'index.html')));
}
