import { describe, expect, it } from 'vitest';
import { actionAfterMove } from './reorderFocus';

describe('actionAfterMove', () => {
  it('keeps the pressed button while the row stays inside the list', () => {
    expect(actionAfterMove(1, -1, 4)).toBe('up');
    expect(actionAfterMove(2, 1, 4)).toBe('down');
  });

  it('moves to the twin when the row reaches the top or the bottom', () => {
    expect(actionAfterMove(0, -1, 4)).toBe('down');
    expect(actionAfterMove(3, 1, 4)).toBe('up');
  });
});
