import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db/connection.js';
import { runMigrations } from '../../server/db/migrate.js';

const adminUrl = () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
};
const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Returns the template's handle: a PGlite dump file, or a PostgreSQL database name. */
export async function prepareTemplate(kind: 'pglite' | 'postgres'): Promise<string> {
  const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  if (kind === 'pglite') {
    const database = await openDatabase({ url: null });
    await runMigrations(database);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    const file = path.resolve('.tmp', `pglite-template-${id}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    return file;
  }
  const name = `majma_tpl_${id}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const database = await openDatabase({ url: withDatabase(adminUrl(), name), poolSize: 1 });
  await runMigrations(database);
  await database.close();
  return name;
}

export async function dropTemplate(kind: 'pglite' | 'postgres', template: string) {
  if (kind === 'pglite') fs.rmSync(template, { force: true });
  else await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
}

/** A fresh, migrated database for one test file (or one test), copied from the template. */
export async function freshDatabase(template: string): Promise<Database> {
  if (process.env.TEST_DB_KIND !== 'postgres') {
    return openDatabase({ url: null, pgliteTemplate: new Blob([fs.readFileSync(template)]) });
  }
  const name = `majma_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const database = await openDatabase({ url: withDatabase(adminUrl(), name), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    },
  };
}
