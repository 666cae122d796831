import type { ReorderAction } from './ReorderButtons';

/** The CSS selector of a row's up or down button drawn by `ReorderButtons`. */
export const reorderButtonSelector = (id: string, action: ReorderAction) => `[data-entry="${CSS.escape(id)}"][data-action="${action}"]`;

/**
 * Which of the moved row's buttons gets the focus after a move to position `to` of `count`: the one
 * pressed, unless the row reached the top or bottom and it disappeared; then its twin.
 */
export const actionAfterMove = (to: number, by: -1 | 1, count: number): ReorderAction =>
  by < 0 ? (to === 0 ? 'down' : 'up') : to === count - 1 ? 'up' : 'down';
