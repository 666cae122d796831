import { useEffect, useRef, useState } from 'react';
import type { ReorderAction } from './ReorderButtons';
import { actionAfterMove, reorderButtonSelector } from './reorderFocus';

/** Where focus goes after the next render: an input by name, a row's up or down button (by the row's uid), or the add button. */
type FocusTarget = { name: string } | { uid: string; action: ReorderAction } | { add: true };

interface ReorderableListOptions<E extends { uid: string }> {
  entries: E[];
  /** Takes the list reordered or shortened. */
  onChange: (next: E[]) => void;
  /** The name of row `i`'s first input: it gets the focus when a neighbouring row is removed. */
  fieldName: (i: number) => string;
  /** What is announced after a move (from and to: 0-based positions) and after a removal. */
  moved: (entry: E, from: number, to: number) => string;
  removed: (entry: E, at: number) => string;
}

/**
 * The moves, removals and focus of a reorderable list (rows drawn with ReorderButtons): focus
 * follows the moved row, goes to the neighbour of a removed one (or to the add button), and each
 * change is announced. Put `listRef` on the list, `addRef` around the add button, and `announce`
 * in a visually hidden `role="status"`.
 */
export function useReorderableList<E extends { uid: string }>({ entries, onChange, fieldName, moved, removed }: ReorderableListOptions<E>) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; tick: number } | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (!focus) return;
    const { target } = focus;
    let el: HTMLElement | null | undefined;
    if ('name' in target) el = listRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(target.name)}"]`);
    else if ('uid' in target) el = listRef.current?.querySelector<HTMLElement>(reorderButtonSelector(target.uid, target.action));
    el ??= addRef.current?.querySelector<HTMLElement>('button');
    el?.focus();
  }, [focus]);

  const focusNext = (target: FocusTarget) => setFocus((old) => ({ target, tick: (old?.tick ?? 0) + 1 }));

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const a = entries[i];
    const b = entries[j];
    if (!a || !b) return;
    const next = [...entries];
    next[i] = b;
    next[j] = a;
    onChange(next);
    setAnnounce(moved(a, i, j));
    focusNext({ uid: a.uid, action: actionAfterMove(j, by, entries.length) });
  };

  const remove = (i: number) => {
    const gone = entries[i];
    if (!gone) return;
    onChange(entries.filter((_, j) => j !== i));
    setAnnounce(removed(gone, i));
    const at = entries[i + 1] ? i : i - 1;
    focusNext(at >= 0 ? { name: fieldName(at) } : { add: true });
  };

  /** Focuses an input by name after the next render (a new row's first field). */
  const focusField = (name: string) => focusNext({ name });

  return { listRef, addRef, announce, move, remove, focusField };
}
