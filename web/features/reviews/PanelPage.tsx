import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { AssignmentReport, Panel, PanelContribution } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { DecisionDialog } from './DecisionDialog';
import { Discussion } from './Discussion';
import { assignableReviewers, filterContributions, isFiltered, NO_FILTERS, readFilters, replaceContribution, reviewProgress, writeFilters, type PanelFilters } from './panelModel';
import '../../ui/confirm-action.css';
import './panel.css';

const panelKey = (id: string) => ['panel', id] as const;
const contributionsKey = (id: string) => ['panel', id, 'contributions'] as const;
const ALL = '*';
/** A name or title inside a message that is a plain string: isolated (FSI…PDI) so it cannot reorder the sentence. */
const isolate = (s: string) => `\u2068${s}\u2069`;
const NONE = '-';

/** `/panels/:id`: the panel's workplace — its members, and for the chair and secretary every contribution with its reviews. */
export function PanelPage() {
  const t = useT();
  const { id = '' } = useParams();
  const panel = useQuery({
    queryKey: panelKey(id),
    queryFn: () => unwrap(api.GET('/api/panels/{id}', { params: { path: { id } } })),
  });
  if (panel.isPending) return <Loading />;
  if (panel.isError) {
    return (
      <Page title={t('panel.title')} narrow>
        <FormAlert error={panel.error} />
        <p className="panel-back">
          <Link to={routePaths.myReviews}>{t('panel.myReviews')}</Link>
        </p>
      </Page>
    );
  }
  return <PanelView panel={panel.data} />;
}

function PanelView({ panel }: { panel: Panel }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const domainTitle = (key: string) => panel.call.domains.find((d) => d.key === key)?.title ?? key;

  return (
    <Page
      title={`${panel.title} · ${panel.call.title}`}
      heading={<UserText>{panel.title}</UserText>}
      before={
        <nav aria-label={t('panel.breadcrumb')} className="breadcrumb">
          <Link to={routePaths.call(panel.callId)}>
            <UserText>{panel.call.title}</UserText>
          </Link>
          {panel.can.manage ? (
            <>
              {' '}
              <Link to={routePaths.reviewSetup(panel.callId)}>{t('panel.callReview')}</Link>
            </>
          ) : null}
        </nav>
      }
    >
      <div className="panel-badges">
        {panel.call.blindReview ? (
          <span className="badge panel-badge panel-badge-blind">
            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
              <path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5z M2 14L14 2" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            {t('panel.blind')}
          </span>
        ) : null}
        {panel.myRole ? <span className="badge panel-badge">{t('panel.myRole', { role: t(`panel.role.${panel.myRole}`) })}</span> : null}
      </div>
      {panel.call.blindReview ? <p className="muted small">{t('panel.blindHelp')}</p> : null}

      <dl className="details details-inline panel-meta">
        <div>
          <dt>{t('panel.meta.call')}</dt>
          <dd>
            <Link to={routePaths.call(panel.callId)}>
              <UserText>{panel.call.title}</UserText>
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('panel.meta.domains')}</dt>
          <dd>
            <ul className="tags">
              {panel.domainKeys.map((k) => (
                <li key={k}>
                  <UserText>{domainTitle(k)}</UserText>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('panel.meta.perContribution')}</dt>
          <dd>{t('panel.meta.reviewers', { count: panel.reviewersPerContribution })}</dd>
        </div>
        <div>
          <dt>{t('panel.meta.deadline')}</dt>
          <dd>{panel.deadline ? <time dateTime={panel.deadline}>{formatDateTime(panel.deadline, locale, { arCalendar })}</time> : t('panel.meta.noDeadline')}</dd>
        </div>
        {panel.can.seeScores ? (
          <div>
            <dt>{t('panel.meta.threshold', { max: formatNumber(100, locale) })}</dt>
            <dd>{formatNumber(panel.disagreementThreshold, locale)}</dd>
          </div>
        ) : null}
      </dl>

      {panel.myRole === 'reviewer' || !panel.can.seeScores ? (
        <section className="card panel-reviewer-note" aria-labelledby="panel-my-work">
          <h2 id="panel-my-work">{t('panel.reviewer.title')}</h2>
          <p>{t('panel.reviewer.body')}</p>
          <p>
            <Link to={routePaths.myReviews} className="button button-primary">
              {t('panel.myReviews')}
            </Link>
          </p>
        </section>
      ) : null}

      <Members panel={panel} />

      {panel.can.seeScores ? <Contributions panel={panel} /> : null}
    </Page>
  );
}

function Members({ panel }: { panel: Panel }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  return (
    <section className="panel-members" aria-labelledby="panel-members-title">
      <h2 id="panel-members-title">{t('panel.members.title')}</h2>
      <ul className="panel-member-list">
        {panel.members.map((m) => (
          <li key={m.user.id} className="panel-member">
            <span className="panel-member-name">
              <UserText>{m.user.name}</UserText>
            </span>
            <span className={`badge panel-badge panel-role-${m.role}`}>{t(`panel.role.${m.role}`)}</span>
            {m.role === 'reviewer' || m.assigned > 0 ? (
              <span className="panel-member-progress">
                <span className="small">{t('panel.members.progress', { submitted: formatNumber(m.submitted, locale), count: m.assigned })}</span>
                <progress className="panel-progress" max={Math.max(m.assigned, 1)} value={m.submitted} aria-hidden="true" />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {panel.invitations.length > 0 ? (
        <>
          <h3>{t('panel.members.invited')}</h3>
          <ul className="panel-member-list">
            {panel.invitations.map((i) => (
              <li key={i.id} className="panel-member panel-member-invited">
                <span className="panel-member-name">
                  {i.name ? (
                    <>
                      <UserText>{i.name}</UserText>{' '}
                    </>
                  ) : null}
                  <Ltr>{i.email}</Ltr>
                </span>
                <span className={`badge panel-badge panel-role-${i.role}`}>{t(`panel.role.${i.role}`)}</span>
                <span className="muted small">{t('panel.members.expires', { date: formatDateTime(i.expiresAt, locale, { arCalendar }) })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The chair's and secretary's table: every contribution with its reviewers, figures and decision. */
function Contributions({ panel }: { panel: Panel }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, panel.domainKeys);
  const setFilters = (patch: Partial<PanelFilters>) => setParams(writeFilters({ ...filters, ...patch }), { replace: true, preventScrollReset: true });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);

  const list = useQuery({
    queryKey: contributionsKey(panel.id),
    queryFn: () => unwrap(api.GET('/api/panels/{id}/contributions', { params: { path: { id: panel.id } } })),
  });
  const all = list.data?.items ?? [];
  const rows = filterContributions(all, filters);
  const writable = panel.call.state !== 'results_published';

  const domainTitle = (key: string) => panel.call.domains.find((d) => d.key === key)?.title ?? key;
  const groupTitle = (key: string) => panel.call.audienceGroups.find((g) => g.key === key)?.title ?? key;
  const toggle = (id: string) =>
    setOpen((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  /** One contribution changed on the server: show it, and refresh the members' counts. */
  const updated = (row: PanelContribution, message: string) => {
    queryClient.setQueryData<{ items: PanelContribution[] }>(contributionsKey(panel.id), (old) => (old ? { items: replaceContribution(old.items, row) } : old));
    void queryClient.invalidateQueries({ queryKey: panelKey(panel.id), exact: true });
    setNotice(message);
  };

  const columns = 5;
  return (
    <section className="panel-contributions" aria-labelledby="panel-contributions-title">
      <h2 id="panel-contributions-title">{t('panel.contributions.title')}</h2>

      {panel.can.assign && writable ? <AutoAssign panel={panel} onDone={() => setNotice(null)} /> : null}

      <div className="card panel-filters" role="group" aria-label={t('panel.filter.label')}>
        {panel.domainKeys.length > 1 ? (
          <SelectField<string>
            name="domain"
            label={t('panel.filter.domain')}
            value={filters.domain || ALL}
            options={[{ id: ALL, label: t('panel.filter.allDomains') }, ...panel.domainKeys.map((k) => ({ id: k, label: domainTitle(k) }))]}
            onChange={(v) => setFilters({ domain: v === ALL ? '' : v })}
          />
        ) : null}
        <label className="panel-check">
          <input type="checkbox" name="flagged" checked={filters.flagged} onChange={(e) => setFilters({ flagged: e.target.checked })} />
          <span>{t('panel.filter.flagged')}</span>
        </label>
        <label className="panel-check">
          <input type="checkbox" name="undecided" checked={filters.undecided} onChange={(e) => setFilters({ undecided: e.target.checked })} />
          <span>{t('panel.filter.undecided')}</span>
        </label>
        {isFiltered(filters) ? (
          <Button className="button button-secondary button-compact" onPress={() => setFilters(NO_FILTERS)}>
            {t('panel.filter.clear')}
          </Button>
        ) : null}
      </div>

      <p className="muted" aria-live="polite">
        {list.isSuccess ? (isFiltered(filters) ? t('panel.contributions.countOf', { count: rows.length, total: formatNumber(all.length, locale) }) : t('panel.contributions.count', { count: all.length })) : null}
      </p>
      {notice ? <StatusMessage>{notice}</StatusMessage> : null}

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert error={list.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{all.length === 0 ? t('panel.contributions.empty') : t('panel.contributions.noMatch')}</p>
      ) : (
        <div className="table-wrap panel-table-wrap" role="region" aria-labelledby="panel-contributions-caption" tabIndex={0}>
          <table className="table panel-table">
            <caption id="panel-contributions-caption" className="visually-hidden">
              {t('panel.contributions.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('panel.col.contribution')}</th>
                <th scope="col">{t('panel.col.reviewers')}</th>
                <th scope="col">{t('panel.col.scores')}</th>
                <th scope="col">{t('panel.col.decision')}</th>
                <th scope="col">{t('panel.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const expanded = open.has(c.id);
                const threadId = `panel-thread-${c.id}`;
                const progress = reviewProgress(c);
                return (
                  <Fragment key={c.id}>
                    <tr id={`c-${c.id}`} className={c.disagreement ? 'panel-row panel-row-flagged' : 'panel-row'}>
                      <td className="panel-cell-contribution">
                        <span className="panel-cell-label">{t('panel.col.contribution')}</span>
                        <strong className="panel-contribution-title" dir="auto">
                          {c.title}
                        </strong>
                        <span className="panel-contribution-meta small">
                          <Ltr>{c.trackingCode}</Ltr>
                          <span>
                            <UserText>{domainTitle(c.domainKey)}</UserText>
                          </span>
                          <span>
                            <UserText>{groupTitle(c.audienceGroup)}</UserText>
                          </span>
                        </span>
                        {c.author ? (
                          <span className="panel-contribution-author small">
                            {c.affiliation ? (
                              <Msg id="panel.contributions.authorAt" values={{ name: <UserText>{c.author.name}</UserText>, affiliation: <UserText>{c.affiliation}</UserText> }} />
                            ) : (
                              <UserText>{c.author.name}</UserText>
                            )}
                          </span>
                        ) : panel.call.blindReview ? (
                          <span className="muted small">{t('panel.contributions.authorHidden')}</span>
                        ) : null}
                      </td>
                      <td className="panel-cell-reviewers">
                        <span className="panel-cell-label">{t('panel.col.reviewers')}</span>
                        <span className="small muted">{t('panel.contributions.progress', { submitted: formatNumber(progress.submitted, locale), count: progress.active })}</span>
                        {c.assignments.length === 0 ? (
                          <p className="muted small">{t('panel.contributions.noReviewers')}</p>
                        ) : (
                          <ul className="panel-assignments">
                            {c.assignments.map((a) => (
                              <li key={a.id} className={`panel-assignment panel-assignment-${a.state}`}>
                                <span className="panel-assignment-line">
                                  <UserText>{a.reviewer.name}</UserText>
                                  <span className={`badge panel-state panel-state-${a.state}`}>{t(`panel.state.${a.state}`)}</span>
                                  {a.weighted !== null ? <span className="panel-score">{t('panel.score', { score: formatNumber(a.weighted, locale), max: formatNumber(100, locale) })}</span> : null}
                                  {a.automatic ? <span className="badge panel-auto">{t('panel.automatic')}</span> : null}
                                </span>
                                {a.state === 'declined' && a.declineReason ? (
                                  <span className="small muted panel-decline">
                                    <Msg id="panel.declineReason" values={{ reason: <UserText>{a.declineReason}</UserText> }} />
                                  </span>
                                ) : null}
                                {a.state === 'assigned' && panel.can.assign && writable ? (
                                  <span className="panel-unassign">
                                    <ConfirmAction
                                      label={t('panel.unassign.label', { name: isolate(a.reviewer.name) })}
                                      title={t('panel.unassign.title')}
                                      body={t('panel.unassign.body', { name: isolate(a.reviewer.name), title: isolate(c.title) })}
                                      confirm={t('panel.unassign.confirm')}
                                      cancel={t('panel.cancel')}
                                      action={() => unwrap(api.DELETE('/api/panels/{id}/assignments/{itemId}', { params: { path: { id: panel.id, itemId: a.id } } }))}
                                      onDone={(row) => updated(row, t('panel.unassign.done', { name: isolate(a.reviewer.name) }))}
                                    />
                                  </span>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        )}
                        {c.conflicts.length > 0 ? (
                          <div className="panel-conflicts">
                            <span className="small panel-conflicts-title">{t('panel.conflicts.title')}</span>
                            <ul>
                              {c.conflicts.map((x, i) => (
                                <li key={`${x.reviewer.id}-${i}`} className="small">
                                  <UserText>{x.reviewer.name}</UserText>
                                  {' — '}
                                  {t(`panel.conflicts.${x.kind}`)}
                                  {x.reason ? (
                                    <>
                                      {t('panel.listSeparator')}
                                      <span dir="auto">{x.reason}</span>
                                    </>
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          </div>
                        ) : null}
                      </td>
                      <td className="panel-cell-scores">
                        <span className="panel-cell-label">{t('panel.col.scores')}</span>
                        <dl className="panel-figures">
                          <div>
                            <dt>{t('panel.average')}</dt>
                            <dd>{c.average === null ? <NoValue /> : formatNumber(c.average, locale)}</dd>
                          </div>
                          <div>
                            <dt>{t('panel.spread')}</dt>
                            <dd>{c.spread === null ? <NoValue /> : formatNumber(c.spread, locale)}</dd>
                          </div>
                        </dl>
                        {c.disagreement ? (
                          <span className="panel-flag">
                            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                              <path d="M8 1.5L15 14.5H1z" fill="currentColor" />
                              <path d="M8 6v4M8 11.5v1.2" stroke="#fff" strokeWidth="1.6" />
                            </svg>
                            {t('panel.disagreement')}
                          </span>
                        ) : null}
                      </td>
                      <td className="panel-cell-decision">
                        <span className="panel-cell-label">{t('panel.col.decision')}</span>
                        {c.decision ? (
                          <>
                            <span className={`badge panel-outcome panel-outcome-${c.decision.outcome}`}>{t(`panel.outcome.${c.decision.outcome}`)}</span>
                            {c.decision.mergedInto ? (
                              <span className="small panel-merged">
                                {t('panel.mergedInto')}{' '}
                                <a href={`#c-${c.decision.mergedInto.id}`} dir="auto">
                                  {c.decision.mergedInto.title}
                                </a>
                              </span>
                            ) : null}
                            <span className="small panel-reason" dir="auto">
                              {c.decision.reason}
                            </span>
                          </>
                        ) : (
                          <span className="badge panel-outcome panel-outcome-none">{t('panel.undecided')}</span>
                        )}
                      </td>
                      <td className="panel-cell-actions">
                        <span className="panel-cell-label">{t('panel.col.actions')}</span>
                        <div className="panel-actions">
                          {panel.can.decide && writable ? (
                            <DecisionDialog panelId={panel.id} contribution={c} all={all} onDecided={(row) => updated(row, t('panel.decide.done', { title: isolate(row.title) }))} />
                          ) : null}
                          {panel.can.assign && writable ? <AssignDialog panel={panel} contribution={c} onAssigned={(row, name) => updated(row, t('panel.assign.done', { name: isolate(name) }))} /> : null}
                          <button type="button" className="button button-secondary button-compact" aria-expanded={expanded} aria-controls={expanded ? threadId : undefined} onClick={() => toggle(c.id)}>
                            <svg className="panel-chevron" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
                              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                            </svg>
                            {t('panel.discussion.toggle')}
                          </button>
                        </div>
                      </td>
                    </tr>
                    {expanded ? (
                      <tr className="panel-thread-row">
                        <td colSpan={columns} id={threadId}>
                          <Discussion panelId={panel.id} contributionId={c.id} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NoValue() {
  const t = useT();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('panel.noScores')}</span>
    </>
  );
}

/** "Assign automatically": N reviewers for every contribution, then what was done and what could not be. */
function AutoAssign({ panel, onDone }: { panel: Panel; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/panels/{id}/auto-assign', { params: { path: { id: panel.id } } })),
    onMutate: onDone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: panelKey(panel.id) }),
  });
  return (
    <div className="card panel-auto-assign">
      <p>{t('panel.auto.help', { count: panel.reviewersPerContribution })}</p>
      <FormAlert error={run.error} />
      {run.isSuccess ? <Report report={run.data} /> : null}
      <div className="form-actions">
        <SubmitButton type="button" isPending={run.isPending} onPress={() => run.mutate()}>
          {t('panel.auto.run')}
        </SubmitButton>
      </div>
    </div>
  );
}

function Report({ report }: { report: AssignmentReport }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  return (
    <div className="alert alert-success panel-report" role="status" aria-labelledby={headingId}>
      <p id={headingId}>
        <strong>{t('panel.auto.made', { count: report.assigned })}</strong>
      </p>
      {report.perReviewer.length > 0 ? (
        <>
          <p>{t('panel.auto.perReviewer')}</p>
          <ul className="panel-report-list">
            {report.perReviewer.map((r) => (
              <li key={r.reviewer.id}>
                <UserText>{r.reviewer.name}</UserText>
                {t('panel.listSeparator')}
                {t('panel.auto.load', { count: r.count })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.unassigned.length > 0 ? (
        <div className="panel-report-short">
          <p>{t('panel.auto.short', { count: report.unassigned.length })}</p>
          <ul>
            {report.unassigned.map((u) => (
              <li key={u.contributionId}>
                <a href={`#c-${u.contributionId}`} dir="auto">
                  {u.title}
                </a>
                {t('panel.listSeparator')}
                {t('panel.auto.missing', { count: u.missing, missing: formatNumber(u.missing, locale) })}
                {t('panel.listSeparator')}
                {t(`panel.auto.reason.${u.reason}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('panel.auto.complete')}</p>
      )}
    </div>
  );
}

/** Gives one contribution to one reviewer by hand; the server refuses conflicts and repeats. */
function AssignDialog({ panel, contribution: c, onAssigned }: { panel: Panel; contribution: PanelContribution; onAssigned: (row: PanelContribution, name: string) => void }) {
  const t = useT();
  const options = assignableReviewers(panel, c);
  const [reviewerId, setReviewerId] = useState(NONE);
  const [missing, setMissing] = useState(false);
  const assign = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/panels/{id}/assignments', { params: { path: { id: panel.id } }, body: { contributionId: c.id, reviewerId: id } })),
  });
  return (
    <DialogTrigger
      onOpenChange={(isOpen) => {
        if (!isOpen) return;
        setReviewerId(NONE);
        setMissing(false);
        assign.reset();
      }}
    >
      <Button className="button button-secondary button-compact">{t('panel.assign.open')}</Button>
      <ModalOverlay className="confirm-overlay" isDismissable>
        <Modal className="confirm-modal panel-modal">
          <Dialog className="confirm-dialog panel-dialog">
            {({ close }) => (
              <form
                className="form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (reviewerId === NONE) {
                    setMissing(true);
                    return;
                  }
                  const name = options.find((o) => o.id === reviewerId)?.name ?? '';
                  assign.mutate(reviewerId, {
                    onSuccess: (row) => {
                      onAssigned(row, name);
                      close();
                    },
                  });
                }}
              >
                <Heading slot="title">{t('panel.assign.title')}</Heading>
                <p className="panel-dialog-subject" dir="auto">
                  {c.title}
                </p>
                <FormAlert error={assign.error} />
                {options.length === 0 ? (
                  <p className="alert alert-info">{t('panel.assign.none')}</p>
                ) : (
                  <div className="field">
                    <SelectField<string>
                      name="reviewerId"
                      label={t('panel.assign.reviewer')}
                      value={reviewerId}
                      options={[{ id: NONE, label: t('panel.assign.choose') }, ...options.map((o) => ({ id: o.id, label: o.name }))]}
                      onChange={(v) => {
                        setReviewerId(v);
                        setMissing(false);
                      }}
                    />
                    {missing ? (
                      <p className="field-error" role="alert">
                        {t('panel.assign.choose')}
                      </p>
                    ) : null}
                  </div>
                )}
                <p className="muted small">{t('panel.assign.help')}</p>
                <div className="form-actions">
                  {options.length > 0 ? <SubmitButton isPending={assign.isPending}>{t('panel.assign.submit')}</SubmitButton> : null}
                  <Button className="button button-secondary" onPress={close}>
                    {t('panel.cancel')}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
