import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { DayDatum } from './model';

/** The element's inline size in CSS pixels, kept up to date (charts are drawn at their real size, so text stays legible). */
function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
}

const clip = (s: string, max = 56) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

/**
 * A horizontal bar chart as inline SVG: one labelled bar per item, growing from the inline-start
 * side (the right in Persian and Arabic), numbers in the locale's digits. Screen readers get one
 * summary (`role="img"`); the table beside it carries the same numbers.
 */
export function BarChart({ title, data }: { title: string; data: readonly BarDatum[] }) {
  const t = useT();
  const { dir, locale } = useLocale();
  const id = useId();
  const [ref, measured] = useWidth<HTMLDivElement>(480);
  const rtl = dir === 'rtl';
  const W = Math.max(220, measured);
  const pad = 4;
  const valueRoom = 52;
  const rowH = 52;
  const labelH = 22;
  const barH = 18;
  const max = Math.max(1, ...data.map((d) => d.value));
  const track = W - 2 * pad - valueRoom;
  const H = data.length * rowH + pad;
  const start = rtl ? W - pad : pad;
  const summary = t('callAdmin.chart.summary', {
    title,
    items: data.map((d) => t('callAdmin.chart.item', { label: d.label, count: formatNumber(d.value, locale) })).join(t('callAdmin.chart.separator')),
  });

  return (
    <div ref={ref} className="calls-admin-chart">
      <svg role="img" aria-labelledby={`${id}-title`} width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
        <title id={`${id}-title`}>{summary}</title>
        {data.map((d, i) => {
          const y = pad + i * rowH;
          const w = d.value > 0 ? Math.max(3, (d.value / max) * track) : 0;
          const barY = y + labelH + 4;
          return (
            <g key={d.key}>
              <text className="calls-admin-chart-label" x={start} y={y + 16} direction={dir} textAnchor="start">
                {clip(d.label)}
              </text>
              <rect className="calls-admin-chart-track" x={rtl ? start - track : start} y={barY} width={track} height={barH} rx={3} />
              {w > 0 ? <rect className="calls-admin-chart-bar" x={rtl ? start - w : start} y={barY} width={w} height={barH} rx={3} /> : null}
              <text className="calls-admin-chart-value" x={rtl ? start - w - 6 : start + w + 6} y={barY + barH - 4} direction={dir} textAnchor="start">
                {formatNumber(d.value, locale)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/**
 * Submissions per day as small columns, the first day at the inline-start side; the first and last
 * days are named under the axis in the reader's calendar, and each column tells its day on hover.
 */
export function DayChart({ title, data }: { title: string; data: readonly DayDatum[] }) {
  const t = useT();
  const { dir, locale, arCalendar } = useLocale();
  const id = useId();
  const [ref, measured] = useWidth<HTMLDivElement>(640);
  const rtl = dir === 'rtl';
  const W = Math.max(220, measured);
  const H = 200;
  const pad = 4;
  const top = 24;
  const base = H - 34;
  const n = Math.max(1, data.length);
  // Columns stand from the inline-start side; a few days do not stretch across the whole width.
  const slot = Math.min((W - 2 * pad) / n, 56);
  const colW = Math.max(2, Math.min(32, slot * 0.72));
  const max = Math.max(1, ...data.map((d) => d.count));
  const start = rtl ? W - pad : pad;
  const end = rtl ? W - pad - n * slot : pad + n * slot;
  const xOf = (i: number) => (rtl ? W - pad - (i + 1) * slot : pad + i * slot) + (slot - colW) / 2;
  const day = (d: string) => formatDate(d, locale, { arCalendar });
  const first = data[0];
  const last = data.at(-1);
  const peak = data.reduce<DayDatum | undefined>((best, d) => (!best || d.count > best.count ? d : best), undefined);
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const summary =
    first && last && peak
      ? t('callAdmin.chart.daysSummary', {
          title,
          from: day(first.day),
          to: day(last.day),
          total: formatNumber(total, locale),
          peakDay: day(peak.day),
          peak: formatNumber(peak.count, locale),
        })
      : title;

  return (
    <div ref={ref} className="calls-admin-chart">
      <svg role="img" aria-labelledby={`${id}-title`} width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
        <title id={`${id}-title`}>{summary}</title>
        <line className="calls-admin-chart-grid" x1={pad} x2={W - pad} y1={top} y2={top} />
        <text className="calls-admin-chart-tick" x={start} y={top - 6} direction={dir} textAnchor="start">
          {formatNumber(max, locale)}
        </text>
        {data.map((d, i) => {
          const h = d.count > 0 ? Math.max(2, (d.count / max) * (base - top)) : 0;
          return (
            <rect key={d.day} className="calls-admin-chart-bar" x={xOf(i)} y={base - h} width={colW} height={h} rx={2}>
              <title>{t('callAdmin.chart.item', { label: day(d.day), count: formatNumber(d.count, locale) })}</title>
            </rect>
          );
        })}
        <line className="calls-admin-chart-axis" x1={pad} x2={W - pad} y1={base} y2={base} />
        {first ? (
          <text className="calls-admin-chart-label" x={start} y={base + 22} direction={dir} textAnchor="start">
            {day(first.day)}
          </text>
        ) : null}
        {last && last !== first && n * slot >= 340 ? (
          <text className="calls-admin-chart-label" x={end} y={base + 22} direction={dir} textAnchor="end">
            {day(last.day)}
          </text>
        ) : null}
      </svg>
    </div>
  );
}
