import { describe, expect, it } from 'vitest';
import { buildTree, conflictOf, parentOptions, parseTags } from './knowledgeModel';

const items = [
  { id: 'a', parentId: null, title: 'راهنمای انجمن' },
  { id: 'b', parentId: 'a', title: 'عضویت و نقش‌ها' },
  { id: 'c', parentId: 'b', title: 'وظایف دبیر' },
  { id: 'd', parentId: null, title: 'مطالعه موردی' },
  { id: 'e', parentId: 'gone', title: 'یتیم' },
];

describe('buildTree', () => {
  it('nests items by parent, and an item whose parent is not listed starts its own tree', () => {
    const tree = buildTree(items);
    expect(tree.map((n) => n.item.id)).toEqual(['a', 'd', 'e']);
    expect(tree[0]!.children[0]!.item.id).toBe('b');
    expect(tree[0]!.children[0]!.children[0]!.item.id).toBe('c');
  });

  it('cuts a loop instead of losing its items', () => {
    const tree = buildTree([
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ]);
    const ids = (nodes: typeof tree): string[] => nodes.flatMap((n) => [n.item.id, ...ids(n.children)]);
    expect(ids(tree).sort()).toEqual(['x', 'y']);
  });
});

describe('parentOptions', () => {
  it('lists hierarchical titles in tree order, without the page itself and what sits under it', () => {
    expect(parentOptions(items).map((o) => o.path)).toEqual(['راهنمای انجمن', 'راهنمای انجمن / عضویت و نقش‌ها', 'راهنمای انجمن / عضویت و نقش‌ها / وظایف دبیر', 'مطالعه موردی', 'یتیم']);
    expect(parentOptions(items, 'b').map((o) => o.id)).toEqual(['a', 'd', 'e']);
  });
});

describe('parseTags', () => {
  it('splits on Latin and Persian commas, trims, and drops blanks and repeats (Arabic yeh and kaf too)', () => {
    expect(parseTags(' انرژی،  فولاد مبارکه ,, انرژي، کیفیت\nكيفيت ')).toEqual(['انرژی', 'فولاد مبارکه', 'کیفیت']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('conflictOf', () => {
  const current = { revision: 2, title: 'عضویت', body: 'متن دبیر', author: { id: 'u', name: 'مریم' }, createdAt: '2026-02-01T08:00:00.000Z' };
  it('reads the other version from a 409 edit_conflict, and nothing from other answers', () => {
    expect(conflictOf(409, { code: 'edit_conflict', current })).toEqual(current);
    expect(conflictOf(409, { code: 'community_dissolved' })).toBeNull();
    expect(conflictOf(400, { code: 'edit_conflict', current })).toBeNull();
    expect(conflictOf(409, null)).toBeNull();
  });
});
