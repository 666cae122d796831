import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { OutcomeBadge } from './Recognitions';
import './results.css';

/**
 * On a contribution's page (its author, or the call's managers): the review panel's decision —
 * the outcome, the panel's reason and the date. Nothing before a decision, nor when it cannot be read.
 */
export function ContributionDecision({ contributionId }: { contributionId: string }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const decision = useQuery({
    // Under the contribution's own key, so refreshing the contribution refreshes this too.
    queryKey: ['contributions', 'detail', contributionId, 'decision'],
    queryFn: () => unwrap(api.GET('/api/contributions/{id}/decision', { params: { path: { id: contributionId } } })),
    retry: false,
  });
  const d = decision.data?.decision;
  if (!d) return null;

  return (
    <section className={`card results-decision results-decision-${d.outcome}`} aria-labelledby="decision-title">
      <h2 id="decision-title">{t('results.decision.title')}</h2>
      <p className="results-decision-outcome">
        <OutcomeBadge outcome={d.outcome} />
        {d.outcome === 'merged' && d.mergedInto ? (
          <span>
            <Msg id="results.decision.mergedInto" values={{ title: <UserText>{d.mergedInto.title}</UserText> }} />
          </span>
        ) : null}
      </p>
      <dl className="details">
        {d.reason ? (
          <div>
            <dt>{t('results.decision.reason')}</dt>
            <dd>
              <p className="results-reason prewrap" dir="auto">
                {d.reason}
              </p>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('results.decision.date')}</dt>
          <dd>
            <time dateTime={d.decidedAt}>{formatDate(d.decidedAt, locale, { arCalendar })}</time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
