import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareTemplate, dropTemplate } from './db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

/** Migrates one template database per run; each test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
  fs.mkdirSync(path.resolve('.tmp'), { recursive: true });
  const template = await prepareTemplate(kind);
  project.provide('dbTemplate', template);
  return () => dropTemplate(kind, template);
}
