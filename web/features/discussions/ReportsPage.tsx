import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Community, DiscussionReport, DiscussionReportState } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { PersonLink, WithCommunity } from '../communities/shared';
import { DateTime, DiscussionsBreadcrumb } from './shared';
import { discussionKeys, postAnchor } from './threadModel';

const STATES = ['open', 'resolved'] as const satisfies readonly DiscussionReportState[];

/** `/communities/:slug/discussions/reports`: posts reported to the moderators (chair, facilitators, administrators). */
export function ReportsPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('discussions.reports.title')}>{(c) => <ReportsView c={c} />}</WithCommunity>;
}

function ReportsView({ c }: { c: Community }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const state: DiscussionReportState = params.get('state') === 'resolved' ? 'resolved' : 'open';
  const reports = useQuery({
    queryKey: discussionKeys.reports(c.slug, state),
    queryFn: ({ signal }) => unwrap(api.GET('/api/communities/{slug}/discussion-reports', { params: { path: { slug: c.slug }, query: { state } }, signal })),
    retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
  });
  const forbidden = reports.error instanceof ApiError && (reports.error.status === 403 || reports.error.status === 404);

  return (
    <Page
      title={`${t('discussions.reports.title')}: ${c.title}`}
      heading={t('discussions.reports.title')}
      lead={<Msg id="discussions.reports.lead" values={{ community: <UserText>{c.title}</UserText> }} />}
      before={<DiscussionsBreadcrumb community={c} list />}
    >
      <div className="discussions-switch" role="group" aria-label={t('discussions.reports.show')}>
        {STATES.map((s) => (
          <button
            key={s}
            type="button"
            className="button button-secondary button-compact"
            aria-pressed={state === s}
            onClick={() => setParams(s === 'open' ? {} : { state: s }, { replace: true })}
          >
            {t(`discussions.reports.state.${s}`)}
          </button>
        ))}
      </div>
      {reports.isPending ? (
        <Loading />
      ) : forbidden ? (
        <div className="alert alert-info" role="note">
          <p>{t('discussions.reports.moderatorsOnly')}</p>
        </div>
      ) : reports.isError ? (
        <FormAlert error={reports.error} />
      ) : reports.data.length === 0 ? (
        <p className="empty">{state === 'open' ? t('discussions.reports.noneOpen') : t('discussions.reports.noneResolved')}</p>
      ) : (
        <ul className="discussions-reports">
          {reports.data.map((r) => (
            <ReportItem key={r.id} report={r} slug={c.slug} canResolve={c.state !== 'dissolved'} />
          ))}
        </ul>
      )}
    </Page>
  );
}

/** One report; resolving it is a write, so not in a dissolved community (read-only). */
function ReportItem({ report: r, slug, canResolve }: { report: DiscussionReport; slug: string; canResolve: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const resolve = useMutation({
    mutationFn: () => unwrap(api.POST('/api/discussion-reports/{id}/resolve', { params: { path: { id: r.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['discussions', 'reports', slug] }),
  });
  const n = formatNumber(r.post.number, locale);
  return (
    <li className="card discussions-report">
      <h2 className="discussions-report-title">
        <Link to={`${routePaths.discussion(r.post.threadId)}#${postAnchor(r.post.number)}`}>
          <Msg id="discussions.reports.postIn" values={{ n, thread: <bdi dir="auto">{r.post.threadTitle}</bdi> }} />
        </Link>
      </h2>
      <p className="small muted">
        <Msg id="discussions.reports.postBy" values={{ name: <PersonLink id={r.post.author.id} name={r.post.author.name} /> }} />
        {r.post.deleted ? (
          <>
            {' · '}
            <span className="badge">{t('discussions.reports.deleted')}</span>
          </>
        ) : null}
      </p>
      <div className="discussions-report-excerpt">
        <Markdown source={r.post.body} />
      </div>
      <dl className="details discussions-report-facts">
        <div>
          <dt>{t('discussions.reports.reporter')}</dt>
          <dd>
            <PersonLink id={r.reporter.id} name={r.reporter.name} /> · <DateTime iso={r.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('discussions.reports.reason')}</dt>
          <dd dir="auto" className="discussions-report-reason">
            {r.reason}
          </dd>
        </div>
        {r.state === 'resolved' && r.resolvedAt ? (
          <div>
            <dt>{t('discussions.reports.resolvedBy')}</dt>
            <dd>
              {r.resolvedBy ? <PersonLink id={r.resolvedBy.id} name={r.resolvedBy.name} /> : null}
              {r.resolvedBy ? ' · ' : null}
              <DateTime iso={r.resolvedAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      {resolve.isError ? <FormAlert error={resolve.error} /> : null}
      {r.state === 'open' && canResolve ? (
        <div className="form-actions">
          <SubmitButton type="button" isPending={resolve.isPending} onPress={() => resolve.mutate()}>
            {t('discussions.reports.resolve')}
          </SubmitButton>
        </div>
      ) : null}
    </li>
  );
}
