/**
 * Load test of the busiest path: contributions submitted at the end of a call.
 *
 *   bash bench/submit.sh            # starts a durable throwaway PostgreSQL, builds, runs this
 *   DATABASE_URL=postgres://… npx tsx bench/submit.ts   # against a server you provide
 *
 * Prepares an open call and BENCH_USERS signed-in contributors in the database, starts the built
 * app as its own process, sends submissions from all of them with autocannon for BENCH_SECONDS,
 * then checks that every acknowledged (201) submission is stored and nothing else is. Exits 1
 * below BENCH_TARGET submissions per second or on any loss.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { runMigrations } from '../server/db/migrate.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required (bash bench/submit.sh starts a server)');
const USERS = Number(process.env.BENCH_USERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 40);
const TARGET = Number(process.env.BENCH_TARGET ?? 200);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

// ---- Prepare: an admin, an open call, signed-in contributors (each from its own address).
const database = await openDatabase({ url, poolSize: 10 });
await runMigrations(database);
const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', SERVE_WEB: 'false' });
const setup = await buildApp({ config, database });
await setup.ready();
const stamp = Date.now();
const admin = await setup.services.accounts.createUser({ email: `bench-admin-${stamp}@example.org`, password: 'bench password 1405', name: 'مدیر آزمون', role: 'admin' });
const adminCtx = { actor: { userId: admin.id, role: 'admin' as const, sessionId: 'bench' }, locale: 'fa' as const, ip: '127.0.0.1', userAgent: 'bench' };
const now = Date.now();
const call = await setup.services.calls.createCall(adminCtx, {
  title: 'آزمون بار فراخوان',
  summary: '',
  description: '',
  domains: [
    { key: 'health', title: 'سلامت', description: '' },
    { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', description: '' },
  ],
  audienceGroups: [{ key: 'public', title: 'عموم مردم' }],
  opensAt: new Date(now - 60_000).toISOString(),
  closesAt: new Date(now + 3_600_000).toISOString(),
  blindReview: false,
  publicAfterClose: false,
  wordLimit: 500,
  attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
});
await setup.services.calls.publishCall(adminCtx, call.id);

const sessions: { cookie: string; csrf: string }[] = [];
for (let i = 0; i < USERS; i++) {
  const email = `bench-${stamp}-${i}@example.org`;
  await setup.services.accounts.createUser({ email, password: 'bench password 1405', name: `مشارکت‌کننده ${i}` });
  const csrf = randomUUID();
  const res = await setup.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: `10.9.${i >> 8}.${i & 255}`,
    headers: { cookie: `majma_csrf=${csrf}`, 'x-csrf-token': csrf },
    payload: { email, password: 'bench password 1405' },
  });
  const cookies = res.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === 'majma_session')?.value;
  if (res.statusCode !== 200 || !session) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  sessions.push({ cookie: `majma_session=${session}; majma_csrf=${csrf}`, csrf });
}
await setup.close();

// ---- The app as its own process, as in production.
const port = await freePort();
const server = spawn(process.execPath, ['dist/server/main.js'], {
  env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SERVE_WEB: 'false', SMTP_HOST: '' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {
    // not yet listening
  }
  if (i > 300) throw new Error('the app did not start');
  await new Promise((r) => setTimeout(r, 100));
}

// ---- Load: every request is a new submission by the next contributor, with its own idempotency key.
let next = 0;
const statuses = new Map<number, number>();
/** Idempotency keys of the submissions the server acknowledged with 201. */
const acknowledgedKeys: string[] = [];
const body = 'نظام ارجاع و پزشک خانواده باید در همه استان‌ها اجرا شود و پرونده الکترونیک سلامت همه جا در دسترس باشد.';
const result = await autocannon({
  url: `http://127.0.0.1:${port}`,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: [
    {
      method: 'POST',
      path: `/api/calls/${call.id}/contributions`,
      setupRequest: (req, context: { key?: string }) => {
        const s = sessions[next++ % sessions.length]!;
        context.key = randomUUID();
        return {
          ...req,
          headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf, 'idempotency-key': context.key },
          body: JSON.stringify({ domainKey: next % 2 ? 'health' : 'economy', audienceGroup: 'public', title: `پیشنهاد ${next}`, body, submit: true }),
        };
      },
      onResponse: (status, _body, context: { key?: string }) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201 && context.key) acknowledgedKeys.push(context.key);
      },
    },
  ],
});
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));

// ---- Check: every acknowledged submission is stored, and only those.
const stored = await setup.services.calls.statistics(adminCtx, call.id);
// Requests still in flight when the time ran out may be stored without their answer being
// counted (a client would retry them with the same key); what was acknowledged must all be there.
// The shared Db type does not know the driver's result shape (node-postgres here).
const found = (await database.db.execute(sql`select count(*)::int as n from contributions where call_id = ${call.id} and idempotency_key = any(${`{${acknowledgedKeys.join(',')}}`}::text[])`)) as {
  rows: { n: number }[];
};
const acknowledgedStored = Number(found.rows[0]?.n ?? 0);
await database.close();
const acknowledged = statuses.get(201) ?? 0;
const perSecond = acknowledged / SECONDS;
console.log(
  JSON.stringify(
    {
      seconds: SECONDS,
      connections: CONNECTIONS,
      contributors: USERS,
      acknowledged,
      acknowledgedAndStored: acknowledgedStored,
      storedInAll: stored.total,
      statuses: Object.fromEntries(statuses),
      submissionsPerSecond: Math.round(perSecond),
      latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    },
    null,
    2,
  ),
);
if (acknowledgedStored !== acknowledged) {
  console.error(`LOST: ${acknowledged} acknowledged, ${acknowledgedStored} of them stored`);
  process.exit(1);
}
if (perSecond < TARGET) {
  console.error(`below target: ${perSecond.toFixed(0)}/s < ${TARGET}/s`);
  process.exit(1);
}
