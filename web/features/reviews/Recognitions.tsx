import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { Outcome, Recognition } from '../../api/types';
import { useT } from '../../i18n/useT';
import './results.css';

/** A panel's outcome as a badge: accepted, partly accepted, merged, not accepted. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const t = useT();
  return <span className={`badge badge-dot results-badge-${outcome}`}>{t(`results.outcome.${outcome}`)}</span>;
}

/** Recognitions by call: the call (linked to its results), then each domain with its outcome. */
export function RecognitionList({ items, labelledBy }: { items: readonly Recognition[]; labelledBy?: string }) {
  const t = useT();
  const calls = [...new Map(items.map((r) => [r.callId, r.callTitle])).entries()];
  return (
    <ul className="results-recognitions" aria-labelledby={labelledBy}>
      {calls.map(([callId, callTitle]) => (
        <li key={callId} className="results-recognition">
          <Link to={routePaths.callResults(callId)} className="results-recognition-call">
            <bdi dir="auto">{callTitle}</bdi>
          </Link>
          <ul className="results-recognition-domains">
            {items
              .filter((r) => r.callId === callId)
              .map((r, i) => (
                <li key={`${r.domainKey}-${i}`} className="results-recognition-meta">
                  <span className="small">
                    <span className="muted">{t('results.field.domain')}:</span> <bdi>{r.domainTitle}</bdi>
                  </span>
                  <OutcomeBadge outcome={r.outcome} />
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** On a user's public page: their accepted contributions in published results (the talent network). Nothing when there are none. */
export function Recognitions({ userId }: { userId: string }) {
  const t = useT();
  const recognitions = useQuery({
    queryKey: ['talent', 'recognitions', userId],
    queryFn: () => unwrap(api.GET('/api/users/{id}/recognitions', { params: { path: { id: userId } } })),
    enabled: userId !== '',
    retry: false,
  });
  const items = recognitions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card results-recognitions-card" aria-labelledby="recognitions-title">
      <h2 id="recognitions-title">{t('talent.recognitions.title')}</h2>
      <p className="muted small">{t('talent.recognitions.lead')}</p>
      <RecognitionList items={items} labelledBy="recognitions-title" />
    </section>
  );
}
