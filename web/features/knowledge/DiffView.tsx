import { useT } from '../../i18n/useT';
import type { Segment } from './diffModel';

/**
 * Segments of a comparison: removed words in <del> (struck through, red-ish), added ones in
 * <ins> (green-ish), the rest as they are. Screen readers do not announce <del>/<ins>, so each
 * change also says where it starts and ends, in words, for them only.
 */
export function DiffSegments({ segments }: { segments: Segment[] }) {
  const t = useT();
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'added' ? (
          <ins key={i} className="knowledge-ins">
            <span className="visually-hidden">{t('knowledge.diff.insStart')}</span>
            {s.text}
            <span className="visually-hidden">{t('knowledge.diff.end')}</span>
          </ins>
        ) : (
          <del key={i} className="knowledge-del">
            <span className="visually-hidden">{t('knowledge.diff.delStart')}</span>
            {s.text}
            <span className="visually-hidden">{t('knowledge.diff.end')}</span>
          </del>
        ),
      )}
    </>
  );
}

/** The compared text, one block per line, each taking its direction from its own first letter. */
export function DiffLines({ lines, emptyText }: { lines: Segment[][]; emptyText: string }) {
  if (lines.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="knowledge-diff">
      {lines.map((line, i) => (
        <p key={i} dir="auto" className={line.some((s) => s.kind !== 'same') ? 'knowledge-diff-line knowledge-diff-changed' : 'knowledge-diff-line'}>
          <DiffSegments segments={line} />
        </p>
      ))}
    </div>
  );
}

/** How many words each side has on its own, and what the colours mean. */
export function DiffLegend({ added, removed }: { added: number; removed: number }) {
  const t = useT();
  return (
    <div className="knowledge-diff-summary">
      <p>
        {t('knowledge.diff.summary', { added, removed })}
      </p>
      <ul className="knowledge-diff-legend" aria-label={t('knowledge.diff.legend')}>
        <li>
          <del className="knowledge-del">{t('knowledge.diff.removedSample')}</del>
        </li>
        <li>
          <ins className="knowledge-ins">{t('knowledge.diff.addedSample')}</ins>
        </li>
        <li>
          <span className="knowledge-same">{t('knowledge.diff.unchanged')}</span>
        </li>
      </ul>
    </div>
  );
}
