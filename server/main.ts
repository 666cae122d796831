import path from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/connection.js';
import { runMigrations } from './db/migrate.js';
import { createDemoCall, createDemoCommunities, createDemoDiscussions, createDemoKnowledge, createDemoLibrary, createDemoMeetings, createDemoReview, DEMO_PASSWORD, DEMO_USERS } from './demo.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main() {
  const demo = process.argv.includes('--demo');
  const config = readConfig();
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
  await runMigrations(database);
  const app = await buildApp({ config, database });

  const line = '─'.repeat(64);
  if (demo) {
    // Demo accounts on an empty database only; a later start leaves everything as it is.
    const created = await app.services.accounts.ensureDemoUsers(DEMO_USERS, DEMO_PASSWORD);
    if (created) {
      await createDemoCommunities(app.services);
      await createDemoCall(app.services);
      await createDemoReview(app.services);
      await createDemoMeetings(app.services);
      await createDemoDiscussions(app.services);
      await createDemoLibrary(app.services);
      await createDemoKnowledge(app.services);
    }
    console.log(`\n${line}\n Majma demo ${created ? '(demo content created)' : '(existing data kept)'}\n Every demo account's password: ${DEMO_PASSWORD}`);
    for (const u of DEMO_USERS) console.log(`   ${u.email.padEnd(26)} ${u.note}`);
    console.log(line);
  } else {
    const admin = await app.services.accounts.ensureFirstAdmin();
    if (admin) {
      console.log(`\n${line}\n First administrator created. Sign in and change this one-time password:\n   email:    ${admin.email}\n   password: ${admin.password}\n${line}`);
    }
  }
  if (!config.smtp) console.log(' No SMTP server configured: mails go to the dev mailbox (Admin → Mailbox).');

  app.jobs.start(config.jobPollMs);
  // Old rate-limit windows are useless after a day; drop them hourly.
  const prune = setInterval(() => void app.services.limiter.prune().catch((err: unknown) => app.log.warn({ err }, 'prune failed')), 3_600_000);
  prune.unref();
  await app.listen({ port: config.port, host: config.host });
  console.log(` Majma is running on ${config.publicUrl} (database: ${database.kind}${database.kind === 'pglite' ? ' in ' + path.join(config.dataDir, 'pglite') : ''})\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await app.jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
