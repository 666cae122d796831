import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useMe } from '../../api/session';
import type { FormationRequest } from '../../api/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { EDITABLE_STATES, lastEvent, useFormationRequest, WITHDRAWABLE_STATES } from './model';
import { RequestEditor } from './RequestEditor';
import { RequestHistory, RequestSummary, StateBadge } from './RequestSummary';
import { WithdrawAction } from './WithdrawAction';
import './formation.css';

/** `/formation-requests/:id`: the form while it can be edited, else the request read only with its history. */
export function RequestPage() {
  const t = useT();
  const { id = '' } = useParams();
  const request = useFormationRequest(id);

  if (request.isPending) return <Loading />;
  if (request.isError) {
    return (
      <Page title={t('formation.form')} narrow>
        <FormAlert error={request.error} />
        <p>
          <Link to={routePaths.myRequests}>{t('formation.back')}</Link>
        </p>
      </Page>
    );
  }
  return <RequestView request={request.data} />;
}

/** "My requests ›" above a request. */
function Breadcrumb() {
  const t = useT();
  return (
    <nav aria-label={t('admin.breadcrumb')} className="breadcrumb">
      <Link to={routePaths.myRequests}>{t('formation.back')}</Link>
    </nav>
  );
}

/** Badge, dates and (while it is allowed) the withdraw button. */
export function RequestMeta({ request: r, actions }: { request: FormationRequest; actions?: React.ReactNode }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  return (
    <div className="formation-meta">
      <StateBadge state={r.state} />
      <span className="muted small">{t('formation.dates.created', { date: formatDate(r.createdAt, locale, { arCalendar }) })}</span>
      {r.submittedAt ? <span className="muted small">{t('formation.dates.submitted', { date: formatDate(r.submittedAt, locale, { arCalendar }) })}</span> : null}
      {actions ? <span className="formation-meta-actions">{actions}</span> : null}
    </div>
  );
}

/** The reviewer's latest request for changes, shown above the form. */
function ChangesRequested({ request }: { request: FormationRequest }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const event = lastEvent(request, 'changes_requested');
  if (!event) return null;
  return (
    <section className="formation-callout" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('formation.changes.title')}</h2>
      {event.comment ? (
        <p className="formation-comment prewrap" dir="auto">
          {event.comment}
        </p>
      ) : null}
      <p className="muted small">
        <Msg id="formation.changes.by" values={{ name: <UserText>{event.actorName}</UserText>, date: formatDateTime(event.at, locale, { arCalendar }) }} />
      </p>
      <p>{t('formation.changes.hint')}</p>
    </section>
  );
}

/** Where a request that can no longer be edited stands (and the reviewer's note, when there is one). */
export function DecisionStatus({ request: r, statusRef }: { request: FormationRequest; statusRef?: React.Ref<HTMLDivElement> }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const note = r.state === 'approved' ? lastEvent(r, 'approved')?.comment : r.state === 'rejected' ? lastEvent(r, 'rejected')?.comment : '';
  const tone = r.state === 'approved' ? 'alert-success' : r.state === 'rejected' ? 'alert-error' : 'alert-info';
  let message: string;
  switch (r.state) {
    case 'submitted':
      message = r.submittedAt ? t('formation.status.submitted', { date: formatDate(r.submittedAt, locale, { arCalendar }) }) : t('formation.status.submittedShort');
      break;
    case 'approved':
      message = t('formation.status.approved');
      break;
    case 'rejected':
      message = t('formation.status.rejected');
      break;
    case 'withdrawn':
      message = t('formation.status.withdrawn');
      break;
    default:
      return null;
  }
  return (
    <div className={`alert ${tone} formation-status`} ref={statusRef} tabIndex={-1}>
      <p>{message}</p>
      {note ? (
        <>
          <p className="formation-status-label">{t('formation.status.note')}</p>
          <p className="formation-comment prewrap" dir="auto">
            {note}
          </p>
        </>
      ) : null}
      {r.state === 'approved' && r.communitySlug ? (
        <p>
          <Link to={routePaths.community(r.communitySlug)} className="button button-primary">
            {t('formation.openCommunity')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function RequestView({ request }: { request: FormationRequest }) {
  const t = useT();
  const me = useMe();
  // Administrators may open a request by this address too: only its applicant edits or withdraws it.
  const mine = me?.id === request.applicantId;
  const editable = mine && EDITABLE_STATES.includes(request.state);
  const title = request.title || t('formation.untitled');
  const statusRef = useRef<HTMLDivElement>(null);
  const previousState = useRef(request.state);

  // Just submitted or withdrawn: say so where the focus is.
  useEffect(() => {
    if (previousState.current !== request.state && !EDITABLE_STATES.includes(request.state)) statusRef.current?.focus();
    previousState.current = request.state;
  }, [request.state]);

  return (
    <Page
      title={title}
      heading={request.title ? <UserText>{request.title}</UserText> : title}
      before={
        <>
          <Breadcrumb />
          <p className="formation-kicker">{t('formation.form')}</p>
        </>
      }
    >
      <RequestMeta request={request} actions={mine && WITHDRAWABLE_STATES.includes(request.state) ? <WithdrawAction request={request} /> : null} />
      {editable && request.state === 'changes_requested' ? <ChangesRequested request={request} /> : null}
      {editable ? (
        <RequestEditor key={request.id} request={request} />
      ) : (
        <div className="formation-readonly">
          <DecisionStatus request={request} statusRef={statusRef} />
          <RequestSummary request={request} />
          <RequestHistory request={request} />
        </div>
      )}
    </Page>
  );
}
