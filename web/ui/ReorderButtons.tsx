import { Button } from 'react-aria-components';
import './reorder-list.css';

export type ReorderAction = 'up' | 'down';

interface ReorderButtonsProps {
  /** The row's stable id: the up and down buttons carry it as `data-entry`, for {@link reorderButtonSelector}. */
  id: string;
  index: number;
  count: number;
  /** Accessible names: of the group, and of each button (they name the row). */
  labels: { group: string; up: string; down: string; remove: string };
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * The up / down / remove icon buttons of one row of a reorderable list (a `.reorder-row` of a
 * `.reorder-list`, see reorder-list.css). The first row has no up button and the last no down
 * button; a blank keeps the columns aligned.
 */
export function ReorderButtons({ id, index, count, labels, onMove, onRemove }: ReorderButtonsProps) {
  return (
    <div className="reorder-actions" role="group" aria-label={labels.group}>
      {index > 0 ? (
        <Button className="reorder-button" data-entry={id} data-action="up" aria-label={labels.up} onPress={() => onMove(-1)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M3 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </Button>
      ) : (
        <span className="reorder-spacer" />
      )}
      {index < count - 1 ? (
        <Button className="reorder-button" data-entry={id} data-action="down" aria-label={labels.down} onPress={() => onMove(1)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </Button>
      ) : (
        <span className="reorder-spacer" />
      )}
      <Button className="reorder-button reorder-remove" aria-label={labels.remove} onPress={onRemove}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </Button>
    </div>
  );
}
