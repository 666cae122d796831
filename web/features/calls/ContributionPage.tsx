import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Call, Contribution } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { NotFoundPage } from '../errors/ErrorPages';
import { AttachmentManager } from './Attachments';
import type { SavedState } from './ContributePage';
import { ContributionForm, type ContributionValues } from './ContributionForm';
import { ContributionStateBadge, Countdown, callKeys, contributionKeys, useCall, useNow } from './shared';
import { acceptsContributions } from './time';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { ContributionDecision } from '../reviews/ContributionDecision';

export function ContributionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const contribution = useQuery({
    queryKey: contributionKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/contributions/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500),
  });
  if (contribution.isPending) return <Loading />;
  if (contribution.isError) {
    if (contribution.error instanceof ApiError && (contribution.error.status === 404 || contribution.error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('contribution.title')} before={<MyContributionsCrumb />}>
        <FormAlert error={contribution.error} />
      </Page>
    );
  }
  return <WithItsCall c={contribution.data} />;
}

function MyContributionsCrumb() {
  const t = useT();
  return (
    <nav aria-label={t('calls.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.myContributions}>{t('contribution.mine.title')}</Link>
      </p>
    </nav>
  );
}

function WithItsCall({ c }: { c: Contribution }) {
  const call = useCall(c.callId);
  if (call.isPending) return <Loading />;
  // The call could not be read (should not happen for one's own contribution): show the receipt anyway.
  return <Receipt c={c} call={call.data ?? null} />;
}

/** The tracking code, large and left to right, with a copy button. */
function TrackingCode({ code }: { code: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(null), 4000);
  };
  return (
    <div className="calls-code">
      <p className="calls-code-label" id="tracking-code-label">
        {t('contribution.trackingCode')}
      </p>
      <div className="calls-code-row">
        <code className="calls-code-value" dir="ltr" aria-labelledby="tracking-code-label">
          {code}
        </code>
        <Button className="button button-secondary button-compact" onPress={() => void copy()}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
            <rect x="5" y="5" width="8.5" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H10" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {t('contribution.copy')}
        </Button>
      </div>
      <p className="small muted calls-code-help" role="status">
        {copied === 'yes' ? t('contribution.copied') : copied === 'no' ? t('contribution.copyFailed') : t('contribution.trackingCodeHelp')}
      </p>
    </div>
  );
}

/** "Withdraw", asked once more in a dialog. */
function WithdrawAction({ c, onDone }: { c: Contribution; onDone: (updated: Contribution) => void }) {
  const t = useT();
  return (
    <ConfirmAction
      label={t('contribution.withdraw')}
      title={t('contribution.withdrawConfirm.title')}
      body={t('contribution.withdrawConfirm.body')}
      confirm={t('contribution.withdrawConfirm.confirm')}
      cancel={t('contribution.withdrawConfirm.cancel')}
      action={() => unwrap(api.POST('/api/contributions/{id}/withdraw', { params: { path: { id: c.id } } }))}
      onDone={onDone}
    />
  );
}

const valuesOf = (c: Contribution): ContributionValues => ({
  audienceGroup: c.audienceGroup,
  domainKey: c.domainKey,
  title: c.title,
  body: c.body,
  affiliation: c.affiliation,
});

function Receipt({ c, call }: { c: Contribution; call: Call | null }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const location = useLocation();
  const queryClient = useQueryClient();
  const saved = (location.state as SavedState | null) ?? null;
  const now = useNow(call ? [call.opensAt, call.closesAt] : []);
  const open = call ? acceptsContributions(call, now) : false;
  // The author sees their own contribution without an author field; a manager sees who wrote it.
  const mine = c.author === null;
  const editable = mine && open && c.state !== 'withdrawn';
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<ContributionValues>(() => valuesOf(c));
  const [notice, setNotice] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });
  const editHeading = useRef<HTMLHeadingElement>(null);
  // Opening the editor moves focus to it, so keyboard and screen-reader users land on the form.
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const accept = (updated: Contribution) => {
    queryClient.setQueryData(contributionKeys.detail(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: contributionKeys.mine });
    void queryClient.invalidateQueries({ queryKey: callKeys.detail(updated.callId) });
  };
  const onConflict = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: callKeys.detail(c.callId) });
  };

  const update = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/contributions/{id}', {
          params: { path: { id: c.id } },
          body: { audienceGroup: values.audienceGroup, domainKey: values.domainKey, title: values.title.trim(), body: values.body, affiliation: values.affiliation.trim() },
        }),
      ),
    onSuccess: (updated) => {
      accept(updated);
      setEditing(false);
      setNotice(t('contribution.savedChanges'));
    },
    onError: onConflict,
  });
  const submit = useMutation({
    mutationFn: () => unwrap(api.POST('/api/contributions/{id}/submit', { params: { path: { id: c.id } } })),
    onSuccess: (updated) => {
      accept(updated);
      setNotice(t('contribution.sentNotice'));
    },
    onError: onConflict,
  });

  const domain = call?.domains.find((d) => d.key === c.domainKey)?.title ?? c.domainKey;
  const group = call?.audienceGroups.find((g) => g.key === c.audienceGroup)?.title ?? c.audienceGroup;
  const justSaved = saved?.saved && !notice ? saved.saved : null;
  // Refused at the deadline: the form has gone (the call is closed now), the server's message stays.
  const conflict = editable ? null : [update.error, submit.error].find((e) => e instanceof ApiError && e.status === 409);

  return (
    <Page title={c.title || t('contribution.title')} heading={<bdi dir="auto">{c.title}</bdi>} before={<MyContributionsCrumb />}>
      <div className="calls-page-badges">
        <ContributionStateBadge state={c.state} />
        {call && open ? <Countdown call={call} /> : null}
      </div>

      <div className="calls-notices">
        {conflict ? <FormAlert error={conflict} /> : null}
        {justSaved === 'submitted' && c.state === 'submitted' ? (
          <StatusMessage>
            <p>{t('contribution.sentNotice')}</p>
          </StatusMessage>
        ) : justSaved === 'draft' && c.state === 'draft' ? (
          <StatusMessage tone="info">
            <p>{t('contribution.draftSavedNotice')}</p>
          </StatusMessage>
        ) : null}
        {notice ? (
          <StatusMessage>
            <p>{notice}</p>
          </StatusMessage>
        ) : null}
        {saved?.uploadFailures && saved.uploadFailures.length > 0 ? (
          <div className="alert alert-error" role="alert">
            <p>{t('contribution.uploadFailed')}</p>
            <ul>
              {saved.uploadFailures.map((f, i) => (
                <li key={i}>
                  <bdi>{f}</bdi>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      <div className="calls-layout calls-receipt-layout">
        <div className="calls-side">
          <section className="card calls-receipt" aria-labelledby="receipt-title">
            <h2 id="receipt-title">{t('contribution.receipt')}</h2>
            <TrackingCode code={c.trackingCode} />
            <dl className="details">
              <div>
                <dt>{t('contribution.field.call')}</dt>
                <dd>
                  {call ? (
                    <Link to={routePaths.call(call.id)}>
                      <bdi>{call.title}</bdi>
                    </Link>
                  ) : (
                    '—'
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('contribution.field.state')}</dt>
                <dd>{t(`contribution.state.${c.state}`)}</dd>
              </div>
              <div>
                <dt>{t('contribution.field.domain')}</dt>
                <dd>
                  <bdi>{domain}</bdi>
                </dd>
              </div>
              <div>
                <dt>{t('contribution.field.audienceGroup')}</dt>
                <dd>
                  <bdi>{group}</bdi>
                </dd>
              </div>
              {c.affiliation ? (
                <div>
                  <dt>{t('contribution.field.affiliationShort')}</dt>
                  <dd>
                    <bdi>{c.affiliation}</bdi>
                  </dd>
                </div>
              ) : null}
              {c.author ? (
                <div>
                  <dt>{t('contribution.field.author')}</dt>
                  <dd>
                    <Link to={routePaths.user(c.author.id)}>
                      <bdi>{c.author.name}</bdi>
                    </Link>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('contribution.field.words')}</dt>
                <dd>{formatNumber(c.words, locale)}</dd>
              </div>
              <div>
                <dt>{t('contribution.field.createdAt')}</dt>
                <dd>
                  <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
                </dd>
              </div>
              {c.submittedAt ? (
                <div>
                  <dt>{t('contribution.field.submittedAt')}</dt>
                  <dd>
                    <time dateTime={c.submittedAt}>{when(c.submittedAt)}</time>
                  </dd>
                </div>
              ) : null}
              {c.updatedAt !== c.createdAt ? (
                <div>
                  <dt>{t('contribution.field.updatedAt')}</dt>
                  <dd>
                    <time dateTime={c.updatedAt}>{when(c.updatedAt)}</time>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        </div>

        <div className="calls-main">
          {c.state === 'submitted' ? <ContributionDecision contributionId={c.id} /> : null}
          {c.state === 'draft' && mine ? (
            <div className="alert alert-warning calls-inline-alert">
              <p>{open ? t('contribution.draftNote') : t('contribution.draftClosedNote')}</p>
            </div>
          ) : null}
          {c.state === 'withdrawn' ? (
            <div className="alert alert-info">
              <p>{t('contribution.withdrawnNote')}</p>
            </div>
          ) : null}

          {editable ? (
            <section className="card calls-actions-card" aria-label={t('contribution.actions')}>
              <p className="small muted">{t('contribution.editableUntil', { date: when(call!.closesAt) })}</p>
              <div className="form-actions">
                {c.state === 'draft' ? (
                  <SubmitButton type="button" isPending={submit.isPending} onPress={() => submit.mutate()}>
                    {t('contribution.send')}
                  </SubmitButton>
                ) : null}
                {!editing ? (
                  <SubmitButton
                    type="button"
                    variant="secondary"
                    onPress={() => {
                      setValues(valuesOf(c));
                      update.reset();
                      setNotice(null);
                      setEditing(true);
                    }}
                  >
                    {t('contribution.edit')}
                  </SubmitButton>
                ) : null}
                <WithdrawAction
                  c={c}
                  onDone={(updated) => {
                    accept(updated);
                    setEditing(false);
                    setNotice(t('contribution.withdrawnNotice'));
                  }}
                />
              </div>
              {submit.isError ? <FormAlert error={submit.error} /> : null}
            </section>
          ) : null}

          {editing && editable && call ? (
            <section className="card calls-form-card" aria-labelledby="edit-title">
              <h2 id="edit-title" ref={editHeading} tabIndex={-1}>
                {t('contribution.editTitle')}
              </h2>
              <ContributionForm
                call={call}
                values={values}
                onChange={setValues}
                error={update.error}
                onSave={() => update.mutate()}
                pending={update.isPending ? 'submit' : null}
                mode="edit"
                onCancel={() => setEditing(false)}
              />
            </section>
          ) : (
            <section className="card" aria-labelledby="text-title">
              <h2 id="text-title">{t('contribution.text')}</h2>
              <Markdown source={c.body} />
            </section>
          )}

          {call ? (
            <AttachmentManager
              contributionId={c.id}
              attachments={c.attachments}
              rules={call.attachments}
              editable={editable}
              onChanged={() => queryClient.invalidateQueries({ queryKey: contributionKeys.detail(c.id) })}
            />
          ) : null}
        </div>
      </div>
    </Page>
  );
}
