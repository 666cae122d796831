import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Call, PanelRole } from '../../api/types';
import { useT } from '../../i18n/useT';
import './results.css';

/**
 * On a call's page: the way to its results once published (a preview link for its managers while
 * under review), and, for a signed-in member of one of its review panels, links to the panel(s)
 * and to "My reviews".
 */
export function CallReviewLinks({ call }: { call: Pick<Call, 'id' | 'state' | 'canManage'> }) {
  const t = useT();
  const published = call.state === 'results_published';
  const preview = !published && call.canManage && call.state === 'under_review';
  return (
    <>
      {published ? (
        <section className="results-callout" aria-labelledby="results-callout-title">
          <h2 id="results-callout-title" className="results-callout-title">
            {t('results.callout.title')}
          </h2>
          <p className="results-callout-text">{t('results.callout.text')}</p>
          <Link to={routePaths.callResults(call.id)} className="button button-primary results-callout-button">
            {t('results.callout.link')}
          </Link>
        </section>
      ) : preview ? (
        <p className="results-preview-link small">
          <Link to={routePaths.callResults(call.id)}>{t('results.callout.preview')}</Link>
        </p>
      ) : null}
      <PanelLinks callId={call.id} />
    </>
  );
}

/** The viewer's panels on this call (all of them for its managers); nothing for others or on any error. */
function PanelLinks({ callId }: { callId: string }) {
  const t = useT();
  const me = useMe();
  const panels = useQuery({
    queryKey: ['reviews', 'call-panels', callId],
    queryFn: () => unwrap(api.GET('/api/calls/{id}/panels', { params: { path: { id: callId } } })),
    enabled: Boolean(me),
    retry: false,
  });
  const items = panels.data?.items ?? [];
  if (!me || items.length === 0) return null;
  const reviewer = items.some((p) => p.myRole !== null);
  const role = (r: PanelRole) => t(`results.panels.role.${r}`);
  return (
    <nav className="results-panels" aria-labelledby="results-panels-title">
      <span id="results-panels-title" className="results-panels-title">
        {t('results.panels.title')}
      </span>
      <ul className="results-panels-list">
        {items.map((p) => (
          <li key={p.id}>
            <Link to={routePaths.panel(p.id)}>
              <bdi dir="auto">{p.title}</bdi>
            </Link>
            {p.myRole ? <span className="results-panels-role"> ({role(p.myRole)})</span> : null}
          </li>
        ))}
      </ul>
      {reviewer ? (
        <Link to={routePaths.myReviews} className="results-panels-reviews">
          {t('results.panels.myReviews')}
        </Link>
      ) : null}
    </nav>
  );
}
