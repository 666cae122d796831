/**
 * Builds a large discussions-and-knowledge data set for the search and thread-page benchmark:
 * communities (a fifth private), threads with 1,000,000 posts, 100,000 wiki pages, and their
 * search entries — written in bulk through SQL, with the search keys made by the app's own
 * normalizer (server/text/normalize.ts) exactly as the services write them.
 *
 * The text is real Persian: runs of consecutive words from the guideline and networking texts
 * in bench/corpus-fa.txt; one post in ten is written with Arabic letter forms (ي ك ة), as typed
 * on an Arabic keyboard.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { searchKey } from '../server/text/normalize.js';
import { markdownToPlain } from '../server/text/plain.js';

export interface DataSize {
  communities: number;
  threads: number;
  posts: number;
  wikiPages: number;
  authors: number;
}

const corpusWords = fs
  .readFileSync(new URL('./corpus-fa.txt', import.meta.url), 'utf8')
  .split(/\s+/)
  .filter(Boolean);

/** A deterministic pseudo-random generator, so every run builds the same data. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` consecutive words of the corpus from a random place. */
export function words(rnd: () => number, n: number) {
  const start = Math.floor(rnd() * (corpusWords.length - n));
  return corpusWords.slice(start, start + n).join(' ');
}

const arabicForms = (text: string) => text.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

/** Inserts rows given as columns of arrays through unnest: one statement per batch. */
async function insertColumns(client: pg.ClientBase, statement: string, columns: unknown[][]) {
  await client.query(statement, columns);
}

const BATCH = 5000;

export async function generate(url: string, size: DataSize, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rnd = random(1405);
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
  try {
    // Bulk loading is much faster without the search indexes; they are built again at the end.
    await client.query('drop index if exists search_entries_document_idx, search_entries_title_trgm_idx');

    const [template] = (await client.query<{ visibility: unknown }>('select visibility from users limit 1')).rows;
    if (!template) throw new Error('create one user through the app first');
    const authors = Array.from({ length: size.authors }, () => randomUUID());
    await insertColumns(
      client,
      `insert into users (id, email, email_key, password_hash, name, visibility, created_at, updated_at)
       select id, 'author-' || id || '@bench.invalid', 'author-' || id || '@bench.invalid', '!', name, $3::jsonb, now(), now() from unnest($1::uuid[], $2::text[]) as u(id, name)`,
      [authors, authors.map((_, i) => `نویسنده ${i + 1}`), JSON.stringify(template.visibility)] as unknown as unknown[][],
    );

    const communities = Array.from({ length: size.communities }, (_, i) => ({ id: randomUUID(), private: i % 5 === 4, title: `انجمن ${words(rnd, 3)} ${i + 1}` }));
    await client.query(
      `insert into communities (id, slug, title, domain, kind, level, geography, structure, formality, visibility, join_policy, search_key, created_at, updated_at)
       select id, 'bench-' || n, title, title, 'expert_association', 'national', 'national', 'horizontal', 'informal', visibility, 'open', '', now(), now()
       from unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) as u(id, title, visibility, n)`,
      [communities.map((c) => c.id), communities.map((c) => c.title), communities.map((c) => (c.private ? 'private' : 'public')), communities.map((_, i) => i)],
    );
    log(`${size.authors} authors, ${size.communities} communities`);

    const entry = {
      kind: [] as string[],
      sourceId: [] as string[],
      communityId: [] as string[],
      title: [] as string[],
      context: [] as string[],
      body: [] as string[],
      path: [] as string[],
      titleKey: [] as string[],
      compactTitleKey: [] as string[],
      bodyKey: [] as string[],
      updatedAt: [] as Date[],
    };
    const flushEntries = async () => {
      if (entry.kind.length === 0) return;
      await client.query(
        `insert into search_entries (kind, source_id, community_id, title, context, body, path, title_key, document, updated_at)
         select kind, source_id, community_id, title, context, body, path, compact_key,
           setweight(to_tsvector('simple', title_key), 'A') || setweight(to_tsvector('simple', body_key), 'B'), updated_at
         from unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[])
           as u(kind, source_id, community_id, title, context, body, path, title_key, compact_key, body_key, updated_at)`,
        [entry.kind, entry.sourceId, entry.communityId, entry.title, entry.context, entry.body, entry.path, entry.titleKey, entry.compactTitleKey, entry.bodyKey, entry.updatedAt],
      );
      for (const list of Object.values(entry)) list.length = 0;
    };
    const addEntry = (e: { kind: string; sourceId: string; communityId: string; title: string; context: string; body: string; path: string; updatedAt: Date }) => {
      const body = markdownToPlain(e.body);
      const titleKey = searchKey(e.title);
      entry.kind.push(e.kind);
      entry.sourceId.push(e.sourceId);
      entry.communityId.push(e.communityId);
      entry.title.push(e.title);
      entry.context.push(e.context);
      entry.body.push(body);
      entry.path.push(e.path);
      entry.titleKey.push(titleKey);
      entry.compactTitleKey.push(titleKey.replaceAll(' ', ''));
      entry.bodyKey.push(searchKey(body));
      entry.updatedAt.push(e.updatedAt);
    };

    // ---- Threads and posts: thread sizes vary (most short, some hundreds of posts long).
    const postsPerThread = size.posts / size.threads;
    let postsLeft = size.posts;
    const thread = { id: [] as string[], community: [] as string[], title: [] as string[], author: [] as string[], count: [] as number[], last: [] as Date[], created: [] as Date[] };
    const post = { id: [] as string[], thread: [] as string[], number: [] as number[], author: [] as string[], body: [] as string[], created: [] as Date[] };
    const flushThreads = async () => {
      await client.query(
        `insert into discussion_threads (id, community_id, title, author_id, post_count, last_post_at, created_at)
         select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::int[], $6::timestamptz[], $7::timestamptz[])`,
        [thread.id, thread.community, thread.title, thread.author, thread.count, thread.last, thread.created],
      );
      for (const list of Object.values(thread)) list.length = 0;
    };
    const flushPosts = async () => {
      await client.query(
        `insert into discussion_posts (id, thread_id, number, author_id, body, created_at)
         select * from unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[], $5::text[], $6::timestamptz[])`,
        [post.id, post.thread, post.number, post.author, post.body, post.created],
      );
      for (const list of Object.values(post)) list.length = 0;
    };
    for (let t = 0; t < size.threads; t++) {
      const remainingThreads = size.threads - t;
      const count = t === size.threads - 1 ? postsLeft : Math.max(1, Math.min(postsLeft - (remainingThreads - 1), Math.round(postsPerThread * -Math.log(1 - rnd() * 0.999))));
      postsLeft -= count;
      const id = randomUUID();
      const community = communities[Math.floor(rnd() * communities.length)]!;
      const title = words(rnd, 4 + Math.floor(rnd() * 6));
      // Threads arrive over 400 days, in the order they are written (as rows are in real use).
      const created = at(430 - (400 * t) / size.threads);
      thread.id.push(id);
      thread.community.push(community.id);
      thread.title.push(title);
      thread.author.push(authors[Math.floor(rnd() * authors.length)]!);
      thread.count.push(count);
      thread.created.push(created);
      thread.last.push(new Date(created.getTime() + count * 3_600_000));
      for (let n = 1; n <= count; n++) {
        const postId = randomUUID();
        let body = words(rnd, 15 + Math.floor(rnd() * 60));
        if (rnd() < 0.1) body = arabicForms(body);
        const createdAt = new Date(created.getTime() + n * 3_600_000);
        post.id.push(postId);
        post.thread.push(id);
        post.number.push(n);
        post.author.push(authors[Math.floor(rnd() * authors.length)]!);
        post.body.push(body);
        post.created.push(createdAt);
        addEntry({ kind: 'discussion', sourceId: postId, communityId: community.id, title: n === 1 ? title : '', context: title, body, path: `/discussions/${id}#post-${n}`, updatedAt: createdAt });
        if (post.id.length >= BATCH) {
          if (thread.id.length) await flushThreads();
          await flushPosts();
          await flushEntries();
        }
      }
      if (t % 5000 === 4999) log(`${t + 1} threads, ${size.posts - postsLeft} posts`);
    }
    if (thread.id.length) await flushThreads();
    if (post.id.length) await flushPosts();
    await flushEntries();
    log(`${size.threads} threads, ${size.posts} posts`);

    // ---- Wiki pages of the five knowledge kinds, one revision each.
    const kinds = ['page', 'case_study', 'lesson_learned', 'best_practice', 'page'];
    const [creator] = authors;
    const item = { id: [] as string[], community: [] as string[], kind: [] as string[], title: [] as string[], body: [] as string[], at: [] as Date[] };
    const flushItems = async () => {
      await client.query(
        `insert into knowledge_items (id, community_id, kind, title, body, created_by, created_at, updated_at)
         select id, community_id, kind, title, body, $6::uuid, at, at from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $7::timestamptz[]) as u(id, community_id, kind, title, body, at)`,
        [item.id, item.community, item.kind, item.title, item.body, creator, item.at],
      );
      await client.query(
        `insert into knowledge_revisions (item_id, number, title, body, author_id, created_at)
         select id, 1, title, body, $4::uuid, at from unnest($1::uuid[], $2::text[], $3::text[], $5::timestamptz[]) as u(id, title, body, at)`,
        [item.id, item.title, item.body, creator, item.at],
      );
      for (const list of Object.values(item)) list.length = 0;
    };
    for (let i = 0; i < size.wikiPages; i++) {
      const id = randomUUID();
      const community = communities[Math.floor(rnd() * communities.length)]!;
      const title = words(rnd, 3 + Math.floor(rnd() * 5));
      const body = `## ${words(rnd, 4)}\n\n${words(rnd, 80 + Math.floor(rnd() * 150))}\n\n- ${words(rnd, 8)}\n- ${words(rnd, 8)}\n\n${words(rnd, 60)}`;
      const when = at(400 - (400 * i) / size.wikiPages);
      item.id.push(id);
      item.community.push(community.id);
      item.kind.push(kinds[i % kinds.length]!);
      item.title.push(title);
      item.body.push(body);
      item.at.push(when);
      addEntry({ kind: 'wiki', sourceId: id, communityId: community.id, title, context: '', body, path: `/knowledge/${id}`, updatedAt: when });
      if (item.id.length >= BATCH) {
        await flushItems();
        await flushEntries();
      }
    }
    if (item.id.length) await flushItems();
    await flushEntries();
    log(`${size.wikiPages} wiki pages`);

    log('building the search indexes');
    await client.query('set maintenance_work_mem = \'512MB\'');
    await client.query('create index search_entries_document_idx on search_entries using gin (document)');
    await client.query('create index search_entries_title_trgm_idx on search_entries using gin (title_key gin_trgm_ops)');
    await client.query('vacuum analyze');
    return { communities, authors };
  } finally {
    await client.end();
  }
}
