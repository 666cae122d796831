import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp, type App } from '../../server/app.js';
import { ManualClock } from '../../server/clock.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { Database } from '../../server/db/connection.js';
import { freshDatabase } from './db.js';
import { startSmtpSink, type SmtpSink } from './smtp.js';

export interface TestApp {
  app: App;
  database: Database;
  clock: ManualClock;
  config: Config;
  smtp: SmtpSink | null;
  /** Runs the due jobs now (emails), as the background runner would. */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh copy of the migrated database, with a controllable clock and, when
 * asked, a real SMTP server receiving its mail. Jobs run when the test calls runJobs().
 */
export async function startTestApp(options: { smtp?: boolean; env?: Record<string, string>; database?: Database } = {}): Promise<TestApp> {
  const smtp = options.smtp ? await startSmtpSink() : null;
  // Uploaded files go to a folder of this test app's own, removed on close.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'majma-files-'));
  const config = loadConfig({
    FILES_DIR: filesDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://majma.test',
    SERVE_WEB: 'false',
    ...(smtp ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } : {}),
    ...options.env,
  });
  const database = options.database ?? (await freshDatabase(inject('dbTemplate')));
  const clock = new ManualClock(new Date());
  const app = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    smtp,
    runJobs: () => app.jobs.runDue(),
    async close() {
      await app.close();
      if (!options.database) await database.close();
      await smtp?.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
