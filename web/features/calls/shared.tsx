import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Call, CallState, ContributionState } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { NotFoundPage } from '../errors/ErrorPages';
import { countdownParts, delayUntilNext, type CallTimes, type DurationUnit } from './time';
import './calls.css';

/**
 * Query keys. Calls live under `['calls']` (the managers' pages refresh every key whose head
 * mentions calls after a change); the signed-in user's contributions under `['contributions']`.
 */
export const callKeys = {
  all: ['calls'] as const,
  list: (when: string) => ['calls', 'list', when] as const,
  detail: (id: string) => ['calls', 'detail', id] as const,
  publicContributions: (id: string, domain: string) => ['calls', 'detail', id, 'contributions', domain] as const,
};

export const contributionKeys = {
  all: ['contributions'] as const,
  mine: ['contributions', 'mine'] as const,
  detail: (id: string) => ['contributions', 'detail', id] as const,
  audienceGroup: ['contributions', 'audience-group'] as const,
};

const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

/** GET /api/calls/{id}. */
export function useCall(id: string) {
  return useQuery({
    queryKey: callKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/calls/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    retry: noRetryOn4xx,
    // The counts per domain are live: refreshed every half minute while the page is open.
    refetchInterval: 30_000,
  });
}

/** Loads a call and shows `children` with it; a draft is 404 to everyone but its managers, like a missing call. */
export function WithCall({ id, children }: { id: string; children: (call: Call) => ReactNode }) {
  const t = useT();
  const call = useCall(id);
  if (call.isPending) return <Loading />;
  if (call.isError) {
    if (call.error instanceof ApiError && (call.error.status === 404 || call.error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('calls.title')} before={<CallsBreadcrumb />}>
        <FormAlert error={call.error} />
      </Page>
    );
  }
  return children(call.data);
}

/**
 * The current time, moved on at each of `instants` as it passes (and every `tick` ms when given),
 * so what depends on a deadline changes the moment the deadline does.
 */
export function useNow(instants: readonly string[] = [], tick?: number): number {
  const [now, setNow] = useState(() => Date.now());
  const key = instants.join('|');
  useEffect(() => {
    if (!tick) return;
    const timer = window.setInterval(() => setNow(Date.now()), tick);
    return () => window.clearInterval(timer);
  }, [tick]);
  useEffect(() => {
    const delay = delayUntilNext(key ? key.split('|') : [], Date.now());
    if (delay === null) return;
    const timer = window.setTimeout(() => setNow(Date.now()), delay);
    return () => window.clearTimeout(timer);
  }, [key, now]);
  return now;
}

const UNIT_MESSAGES = {
  days: 'calls.unit.days',
  hours: 'calls.unit.hours',
  minutes: 'calls.unit.minutes',
  seconds: 'calls.unit.seconds',
} as const satisfies Record<DurationUnit, string>;

/** `۲ روز و ۳ ساعت`: the two largest units of a duration, in the locale's digits and plurals. */
export function useDurationText(): (ms: number) => string {
  const t = useT();
  const { locale } = useLocale();
  return (ms) => {
    const parts = countdownParts(ms).map((p) => t(UNIT_MESSAGES[p.unit], { count: p.value, n: formatNumber(p.value, locale) }));
    if (parts.length === 0) return t('calls.unit.seconds', { count: 0, n: formatNumber(0, locale) });
    return parts.length === 2 ? t('calls.countdown.pair', { a: parts[0]!, b: parts[1]! }) : parts[0]!;
  };
}

/**
 * A live countdown to the call's closing (while open) or opening (while upcoming), ticking every
 * second. It is a `timer`, which screen readers do not announce on each tick.
 */
export function Countdown({ call, className }: { call: CallTimes; className?: string }) {
  const t = useT();
  const duration = useDurationText();
  const now = useNow([call.opensAt, call.closesAt], 1000);
  const opens = Date.parse(call.opensAt);
  const closes = Date.parse(call.closesAt);
  const live = call.state === 'scheduled' || call.state === 'open';
  if (!live) return null;
  let text: string;
  let tone: string;
  if (now < opens) {
    text = t('calls.countdown.opensIn', { time: duration(opens - now) });
    tone = 'upcoming';
  } else if (now < closes) {
    text = t('calls.countdown.closesIn', { time: duration(closes - now) });
    tone = closes - now < 86_400_000 ? 'urgent' : 'open';
  } else {
    text = t('calls.countdown.ended');
    tone = 'ended';
  }
  return (
    <span className={`calls-countdown calls-countdown-${tone} ${className ?? ''}`.trim()} role="timer">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M8 5v3.8l2.4 1.6M6 1.2h4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span>{text}</span>
    </span>
  );
}

/** The call's state as a badge (the state as of now: see `shownState`). */
/** The opening and closing times, as two rows of a `<dl>`, in the reader's calendar. */
export function CallDates({ call }: { call: { opensAt: string; closesAt: string } }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  return (
    <>
      {(['opensAt', 'closesAt'] as const).map((k) => (
        <div key={k}>
          <dt>{t(`calls.${k}`)}</dt>
          <dd>
            <time dateTime={call[k]}>{formatDateTime(call[k], locale, { arCalendar })}</time>
          </dd>
        </div>
      ))}
    </>
  );
}

export function CallStateBadge({ state }: { state: CallState }) {
  const t = useT();
  return <span className={`badge badge-dot calls-badge-${state}`}>{t(`calls.state.${state}`)}</span>;
}

export function ContributionStateBadge({ state }: { state: ContributionState }) {
  const t = useT();
  return <span className={`badge badge-dot calls-badge-c-${state}`}>{t(`contribution.state.${state}`)}</span>;
}

/** `۱۲ مشارکت`. */
export function SubmittedCount({ count }: { count: number }) {
  const t = useT();
  const { locale } = useLocale();
  return <>{t('calls.submittedCount', { count, n: formatNumber(count, locale) })}</>;
}

/** Calls › (title ›): the trail above a call's pages. */
export function CallsBreadcrumb({ call }: { call?: Pick<Call, 'id' | 'title'> }) {
  const t = useT();
  return (
    <nav aria-label={t('calls.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.calls}>{t('calls.title')}</Link>
        {call ? (
          <>
            {' '}
            <Link to={routePaths.call(call.id)}>
              <UserText>{call.title}</UserText>
            </Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** `2.5 MB`, `340 KB`, in the locale's digits. */
export function useSizeText(): (bytes: number) => string {
  const t = useT();
  const { locale } = useLocale();
  return (bytes) => {
    if (bytes >= 1024 * 1024) return t('calls.size.mb', { n: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, locale) });
    return t('calls.size.kb', { n: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale) });
  };
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/msword': 'Word (DOC)',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'text/plain': 'TXT',
};

/** A media type as people know it: `application/pdf` → PDF. */
export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type.split('/').pop()?.toUpperCase() ?? type;
}

const TYPE_EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/msword': ['.doc'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
  'text/plain': ['.txt'],
};

/** The file input's `accept`: the media types and their usual extensions. */
export function acceptOf(types: readonly string[]): string {
  return [...types, ...types.flatMap((t) => TYPE_EXTENSIONS[t] ?? [])].join(',');
}

/** Whether a picked file looks like one of `types` (the browser's guess, or its extension); the server sniffs the bytes anyway. */
export function fileMatches(file: File, types: readonly string[]): boolean {
  if (file.type && types.includes(file.type)) return true;
  const name = file.name.toLowerCase();
  return types.some((t) => (TYPE_EXTENSIONS[t] ?? []).some((ext) => name.endsWith(ext)));
}
