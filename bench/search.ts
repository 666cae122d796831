/**
 * Load test of search and of the thread page on a large data set: 1,000,000 posts and 100,000
 * wiki pages in PostgreSQL (bench/search-data.ts builds them), 20 concurrent signed-in users.
 *
 *   bash bench/search.sh            # a durable throwaway PostgreSQL, build, data, this test
 *   DATABASE_URL=postgres://… npx tsx bench/search.ts   # against a server you provide (adds data)
 *
 * The app runs as its own process. Twenty concurrent users are twenty signed-in people, each
 * sending a request, reading the answer for a while (THINK_MS on average, 0.5–1.5 times it) and
 * sending the next: the targets (search p95 < 100 ms, thread page p95 < 30 ms) are checked on
 * these phases. Each page is then also driven with no pause at all, to report how many requests
 * per second the machine serves at most and the latency when it is saturated (not a target).
 * Exits 1 when a target p95 is missed or any request fails.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { runMigrations } from '../server/db/migrate.js';
import { generate, random, words } from './search-data.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required (bash bench/search.sh starts a server)');
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const size = {
  communities: num('BENCH_COMMUNITIES', 200),
  threads: num('BENCH_THREADS', 40_000),
  posts: num('BENCH_POSTS', 1_000_000),
  wikiPages: num('BENCH_WIKI_PAGES', 100_000),
  authors: num('BENCH_AUTHORS', 5_000),
};
const CONNECTIONS = num('BENCH_CONNECTIONS', 20);
const THINK_MS = num('BENCH_THINK_MS', 1000);
const SECONDS = num('BENCH_SECONDS', 30);
const TARGETS = { search: num('BENCH_SEARCH_P95_MS', 100), thread: num('BENCH_THREAD_P95_MS', 30) };
const log = (line: string) => console.error(`[bench] ${line}`);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

// ---- Readers: signed-in users, each a member of a few public and private communities.
const database = await openDatabase({ url, poolSize: 4 });
await runMigrations(database);
const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', SERVE_WEB: 'false' });
const setup = await buildApp({ config, database });
await setup.ready();
const stamp = Date.now();
const readers: { id: string; cookie: string }[] = [];
for (let i = 0; i < CONNECTIONS; i++) {
  const email = `reader-${stamp}-${i}@bench.invalid`;
  const user = await setup.services.accounts.createUser({ email, password: 'bench password 1405', name: `خواننده ${i + 1}` });
  const csrf = randomUUID();
  const res = await setup.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: `10.8.0.${i + 1}`,
    headers: { cookie: `majma_csrf=${csrf}`, 'x-csrf-token': csrf },
    payload: { email, password: 'bench password 1405' },
  });
  const session = (res.cookies as { name: string; value: string }[]).find((c) => c.name === 'majma_session')?.value;
  if (res.statusCode !== 200 || !session) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  readers.push({ id: user.id, cookie: `majma_session=${session}; majma_csrf=${csrf}` });
}
await setup.close();
await database.close();

const client = new pg.Client({ connectionString: url });
await client.connect();
const existing = Number((await client.query<{ n: string }>('select count(*) as n from discussion_posts')).rows[0]!.n);
if (existing < size.posts) {
  const started = performance.now();
  await generate(url, size, log);
  log(`data built in ${Math.round((performance.now() - started) / 1000)} s`);
}
const counts = (await client.query<{ posts: string; pages: string; entries: string }>(
  'select (select count(*) from discussion_posts) as posts, (select count(*) from knowledge_items) as pages, (select count(*) from search_entries) as entries',
)).rows[0]!;
// Each reader joins 3 private and 3 public communities, so search filters by real memberships.
const privates = (await client.query<{ id: string }>("select id from communities where visibility = 'private' order by id")).rows.map((r) => r.id);
const publics = (await client.query<{ id: string }>("select id from communities where visibility = 'public' order by id")).rows.map((r) => r.id);
const rnd = random(7);
for (const r of readers) {
  for (const c of [...Array.from({ length: 3 }, () => privates[Math.floor(rnd() * privates.length)]!), ...Array.from({ length: 3 }, () => publics[Math.floor(rnd() * publics.length)]!)]) {
    await client.query(
      `insert into memberships (community_id, user_id, state, role, created_at, updated_at) select $1, $2, 'active', 'member', now(), now()
       where not exists (select 1 from memberships where community_id = $1 and user_id = $2)`,
      [c, r.id],
    );
  }
}
// Threads the readers may open: in public communities, spread over all sizes.
const threads = (await client.query<{ id: string }>(
  "select t.id from discussion_threads t join communities c on c.id = t.community_id where c.visibility = 'public' order by md5(t.id::text) limit 2000",
)).rows.map((r) => r.id);
await client.end();

// Queries as people type them: one or two words from the same texts, some with Arabic letters.
const queries = Array.from({ length: 500 }, () => {
  const q = words(rnd, rnd() < 0.6 ? 1 : 2).replace(/[^\p{L}\p{N}\u200c ]/gu, '');
  return rnd() < 0.1 ? q.replaceAll('ی', 'ي').replaceAll('ک', 'ك') : q;
}).filter((q) => q.replaceAll(' ', '').length >= 3);

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
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** CONNECTIONS clients, each sending its next request `think` ms (on average) after the last one was answered. */
async function phase(name: string, path: (i: number) => string, check: (body: unknown) => boolean, think: number) {
  const latencies: number[] = [];
  let failures = 0;
  let empty = 0;
  let next = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    readers.map(async (reader) => {
      while (performance.now() < until) {
        const started = performance.now();
        const res = await fetch(`http://127.0.0.1:${port}${path(next++)}`, { headers: { cookie: reader.cookie } });
        const body: unknown = await res.json();
        latencies.push(performance.now() - started);
        if (!res.ok && failures++ === 0) log(`${name}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        else if (!check(body)) empty++;
        if (think > 0) await new Promise((resolve) => setTimeout(resolve, think * (0.5 + rnd())));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => Math.round(v * 10) / 10;
  return {
    name,
    requests: latencies.length,
    perSecond: Math.round(latencies.length / SECONDS),
    p50: ms(percentile(latencies, 50)),
    p90: ms(percentile(latencies, 90)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies.at(-1)!),
    failures,
    empty,
  };
}

// A short warm-up, as after any deployment, then the measured phases.
const warm = performance.now() + 5000;
for (let i = 0; performance.now() < warm; i++) await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent(queries[i % queries.length]!)}`, { headers: { cookie: readers[0]!.cookie } });
const searchPath = (i: number) => `/api/search?q=${encodeURIComponent(queries[i % queries.length]!)}`;
const threadPath = (i: number) => `/api/discussions/${threads[i % threads.length]}`;
const found = (b: unknown) => (b as { items: unknown[] }).items.length > 0;
const hasPosts = (b: unknown) => (b as { posts: unknown[] }).posts.length > 0;
const search = await phase('search', searchPath, found, THINK_MS);
const thread = await phase('thread page', threadPath, hasPosts, THINK_MS);
const searchSaturated = await phase('search, no pause', searchPath, found, 0);
const threadSaturated = await phase('thread page, no pause', threadPath, hasPosts, 0);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));

const report = { data: counts, users: CONNECTIONS, thinkMs: THINK_MS, seconds: SECONDS, search, thread, searchSaturated, threadSaturated, targets: TARGETS };
console.log(JSON.stringify(report, null, 2));
const failures = [search, thread, searchSaturated, threadSaturated].reduce((n, p) => n + p.failures, 0);
const ok = failures === 0 && search.p95 < TARGETS.search && thread.p95 < TARGETS.thread;
if (!ok) {
  console.error('[bench] target missed');
  process.exit(1);
}
