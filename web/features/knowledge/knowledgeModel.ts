import { ApiError } from '../../api/client';
import type { KnowledgeKind, KnowledgeWikiKind } from '../../api/types';

/** Query keys; an item sits under `['knowledge', id]` (the meetings pages refresh it after a minutes change). */
export const knowledgeKeys = {
  all: ['knowledge'] as const,
  item: (id: string) => ['knowledge', id] as const,
  revision: (id: string, n: number) => ['knowledge', id, 'revision', n] as const,
  list: (slug: string, filter: { kind?: string; tag?: string; q?: string }) => ['knowledge', 'community', slug, filter] as const,
  tags: (slug: string) => ['knowledge', 'community', slug, 'tags'] as const,
};

export const KINDS: readonly KnowledgeKind[] = ['page', 'case_study', 'lesson_learned', 'best_practice', 'meeting_minutes'];
export const WIKI_KINDS: readonly KnowledgeWikiKind[] = ['page', 'case_study', 'lesson_learned', 'best_practice'];
export const TAGS_MAX = 10;

export const isKind = (v: string | null): v is KnowledgeKind => v !== null && (KINDS as readonly string[]).includes(v);

export const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * The items as a forest by `parentId`, in the given order. An item whose parent is not among
 * them (filtered out, or unreadable) starts a tree of its own; a loop in the data is cut.
 */
export function buildTree<T extends { id: string; parentId: string | null }>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    if (parent && !isAncestor(nodes, node.item.id, parent.item.id)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether `id` is `of` or one of its ancestors (walking parentIds). */
function isAncestor<T extends { id: string; parentId: string | null }>(nodes: Map<string, TreeNode<T>>, id: string, of: string) {
  const seen = new Set<string>();
  for (let cur: string | null = of; cur && !seen.has(cur); cur = nodes.get(cur)?.item.parentId ?? null) {
    if (cur === id) return true;
    seen.add(cur);
  }
  return false;
}

/**
 * Where a page may go: every item with its hierarchical title (`راهنما / عضویت`), in tree order,
 * without `exclude` and what sits under it (a page cannot move under itself).
 */
export function parentOptions<T extends { id: string; parentId: string | null; title: string }>(items: readonly T[], exclude?: string): { id: string; path: string }[] {
  const out: { id: string; path: string }[] = [];
  const walk = (nodes: TreeNode<T>[], trail: string[]) => {
    for (const n of nodes) {
      if (n.item.id === exclude) continue;
      const path = [...trail, n.item.title];
      out.push({ id: n.item.id, path: path.join(' / ') });
      walk(n.children, path);
    }
  };
  walk(buildTree(items), []);
  return out;
}

/** A tag's key for spotting repeats: Arabic yeh and kaf as Persian ones, case folded (the server folds more). */
export const tagKey = (tag: string) => tag.replace(/\s+/g, ' ').trim().replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').toLowerCase();

/** Tags as typed in one field: separated by Latin or Persian commas (or lines), trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,،؛;\n]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tagKey(tag);
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** The 409 answer to a save based on an old revision: the version saved in between. */
export interface EditConflict {
  revision: number;
  title: string;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
}

/** The `current` member of an `edit_conflict` problem, or null for any other answer. */
export function conflictOf(status: number, body: unknown): EditConflict | null {
  if (status !== 409 || typeof body !== 'object' || body === null) return null;
  const b = body as { code?: unknown; current?: Partial<EditConflict> };
  const c = b.current;
  if (b.code !== 'edit_conflict' || !c || typeof c.revision !== 'number' || typeof c.title !== 'string' || typeof c.body !== 'string') return null;
  return { revision: c.revision, title: c.title, body: c.body, author: { id: c.author?.id ?? '', name: c.author?.name ?? '' }, createdAt: c.createdAt ?? '' };
}

/** Thrown by a save refused for an edit conflict; carries the other version. */
export class EditConflictError extends ApiError {
  constructor(
    readonly current: EditConflict,
    problem: { detail?: string; code?: string },
  ) {
    super(409, { status: 409, code: 'edit_conflict', detail: problem.detail });
  }
}
