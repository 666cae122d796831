import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { CallsBreadcrumb, CallStateBadge } from './CallsBreadcrumb';
import { ContributionsSection } from './ContributionsSection';
import { CoverSection } from './CoverSection';
import { acceptCall, ATTACHMENT_KINDS, EDITABLE_CALL_STATES, MB, type Call } from './model';
import '../formation/formation.css';
import './calls-admin.css';
import { ForCallManagers } from './ForCallManagers';

/** `/calls/:id/manage`: the call's state and next step, its settings, and every contribution. */
export function ManageCallPage() {
  const t = useT();
  return <ForCallManagers title={t('callAdmin.manage.title')}>{(call) => <ManageCall call={call} />}</ForCallManagers>;
}

function ManageCall({ call }: { call: Call }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  // "Created" / "saved" comes once, from the form: forget it in the history (a reload shows no stale note).
  const [saved, setSaved] = useState((location.state as { saved?: 'created' | 'updated' } | null)?.saved);
  useEffect(() => {
    if (location.state) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null, preventScrollReset: true });
  }, [location, navigate]);
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });
  const total = call.counts.reduce((sum, c) => sum + c.submitted, 0);

  return (
    <Page title={`${t('callAdmin.manage.title')}: ${call.title}`} heading={<UserText>{call.title}</UserText>} before={<CallsBreadcrumb />}>
      <div className="calls-admin-meta">
        <CallStateBadge state={call.state} />
        <span className="muted small">{t('callAdmin.meta.opens', { date: when(call.opensAt) })}</span>
        <span className="muted small">{t('callAdmin.meta.closes', { date: when(call.closesAt) })}</span>
        <Link to={routePaths.call(call.id)} className="small">
          {call.state === 'draft' ? t('callAdmin.manage.previewPage') : t('callAdmin.manage.publicPage')}
        </Link>
      </div>
      {call.summary ? (
        <p className="page-lead" dir="auto">
          {call.summary}
        </p>
      ) : null}

      {saved ? <StatusMessage>{saved === 'created' ? t('callAdmin.flash.created') : t('callAdmin.flash.updated')}</StatusMessage> : null}

      <div className="calls-admin-overview">
        <div>
          <StateActions call={call} onChange={() => setSaved(undefined)} />
          <CoverSection call={call} />
        </div>
        <section className="card calls-admin-settings" aria-labelledby="call-settings">
          <h2 id="call-settings">{t('callAdmin.manage.settings')}</h2>
          <dl className="details">
            <div>
              <dt>{t('callAdmin.field.blindReview')}</dt>
              <dd>{call.blindReview ? t('callAdmin.blindReview.blind') : t('callAdmin.blindReview.open')}</dd>
            </div>
            <div>
              <dt>{t('callAdmin.field.publicAfterClose')}</dt>
              <dd>{call.publicAfterClose ? t('common.yes') : t('common.no')}</dd>
            </div>
            <div>
              <dt>{t('callAdmin.field.wordLimit')}</dt>
              <dd>{call.wordLimit === null ? t('callAdmin.wordLimit.none') : t('callAdmin.words', { count: call.wordLimit })}</dd>
            </div>
            <div>
              <dt>{t('callAdmin.section.attachments')}</dt>
              <dd>
                {call.attachments.allowed
                  ? t('callAdmin.attachments.summary', {
                      kinds: ATTACHMENT_KINDS.filter((k) => k.types.some((ty) => call.attachments.types.includes(ty)))
                        .map((k) => t(`callAdmin.attachmentKind.${k.id}`))
                        .join(t('callAdmin.listSeparator')),
                      files: formatNumber(call.attachments.maxFiles, locale),
                      mb: formatNumber(Math.round((call.attachments.maxBytes / MB) * 100) / 100, locale),
                    })
                  : t('callAdmin.attachments.none')}
              </dd>
            </div>
            <div>
              <dt>{t('callAdmin.section.groups')}</dt>
              <dd>
                <ul className="tags">
                  {call.audienceGroups.map((g) => (
                    <li key={g.key}>
                      <UserText>{g.title}</UserText>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          <h3>{t('callAdmin.manage.domainCounts')}</h3>
          <ul className="calls-admin-domain-counts">
            {call.domains.map((d) => (
              <li key={d.key}>
                <UserText>{d.title}</UserText>
                <span className="calls-admin-count">{formatNumber(call.counts.find((c) => c.domainKey === d.key)?.submitted ?? 0, locale)}</span>
              </li>
            ))}
            <li className="calls-admin-domain-total">
              <span>{t('callAdmin.stats.col.total')}</span>
              <span className="calls-admin-count">{formatNumber(total, locale)}</span>
            </li>
          </ul>
          <p>
            <Link to={routePaths.callStatistics(call.id)}>{t('callAdmin.manage.statisticsLink')}</Link>
          </p>
          <p>
            <Link to={routePaths.reviewSetup(call.id)}>{t('reviewSetup.manageLink')}</Link>
          </p>
        </section>
      </div>

      <ContributionsSection call={call} />
    </Page>
  );
}

/** What can happen next, by the call's state. */
function StateActions({ call, onChange }: { call: Call; onChange: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const alertRef = useRef<HTMLDivElement>(null);

  const change = useMutation({
    mutationFn: (to: 'publish' | 'under_review' | 'results_published') =>
      to === 'publish'
        ? unwrap(api.POST('/api/calls/{id}/publish', { params: { path: { id: call.id } } }))
        : unwrap(api.POST('/api/calls/{id}/state', { params: { path: { id: call.id } }, body: { state: to } })),
    onMutate: onChange,
    onSuccess: (updated) => acceptCall(queryClient, updated),
  });

  useEffect(() => {
    if (change.isError) alertRef.current?.focus();
  }, [change.isError]);

  const editLink = EDITABLE_CALL_STATES.includes(call.state) ? (
    <Link to={routePaths.editCall(call.id)} className="button button-secondary">
      {t('callAdmin.action.edit')}
    </Link>
  ) : null;

  let lead: string;
  let primary: React.ReactNode = null;
  switch (call.state) {
    case 'draft':
      lead = t('callAdmin.next.draft');
      primary = (
        <SubmitButton type="button" isPending={change.isPending} onPress={() => change.mutate('publish')}>
          {t('callAdmin.action.publish')}
        </SubmitButton>
      );
      break;
    case 'scheduled':
      lead = t('callAdmin.next.scheduled');
      break;
    case 'open':
      lead = t('callAdmin.next.open');
      break;
    case 'closed':
      lead = t('callAdmin.next.closed');
      primary = (
        <SubmitButton type="button" isPending={change.isPending} onPress={() => change.mutate('under_review')}>
          {t('callAdmin.action.startReview')}
        </SubmitButton>
      );
      break;
    case 'under_review':
      lead = t('callAdmin.next.under_review');
      primary = (
        <SubmitButton type="button" isPending={change.isPending} onPress={() => change.mutate('results_published')}>
          {t('callAdmin.action.publishResults')}
        </SubmitButton>
      );
      break;
    case 'results_published':
      lead = t('callAdmin.next.results_published');
      break;
  }

  return (
    <section className="card calls-admin-next" aria-labelledby="call-next">
      <h2 id="call-next">{t('callAdmin.manage.next')}</h2>
      <p>{lead}</p>
      {change.isError ? <FormAlert ref={alertRef} error={change.error} others={change.error instanceof ApiError ? change.error.errors : undefined} /> : null}
      {change.isSuccess ? <StatusMessage>{t(`callAdmin.flash.state.${change.data.state}`)}</StatusMessage> : null}
      {primary || editLink ? (
        <div className="form-actions">
          {primary}
          {editLink}
        </div>
      ) : null}
    </section>
  );
}
