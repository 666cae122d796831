import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Meeting } from '../../api/types';
import { formatDateLong, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { SignInToContinue } from '../../ui/SignInToContinue';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { NotFoundPage } from '../errors/ErrorPages';
import { AgendaSection, FollowUpsSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { InviteesSection } from './InviteesSection';
import { MinutesSection } from './MinutesSection';
import { RsvpBox } from './RsvpBox';
import { useMeetingUpdate } from './meetingHooks';
import { hasStarted, meetingKeys, recurrenceMessage, showZone, timeRange, viewerTimeZone, zoneName } from './meetingPageModel';
import '../../ui/confirm-action.css';
import './meeting.css';

/** `/meetings/:id`: a meeting with its agenda, answers, invitees, attendance and minutes. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const me = useMe();
  const meeting = useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } } })),
    retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
  });

  if (meeting.isPending) return <Loading />;
  if (meeting.isError) {
    const missing = meeting.error instanceof ApiError && (meeting.error.status === 404 || meeting.error.status === 400);
    if (missing && me === null) {
      // A private community's meeting is not found for visitors: signing in may show it.
      return (
        <Page title={t('meetings.page.notFoundTitle')} narrow>
          <section className="card">
            <SignInToContinue message={t('meetings.page.signInToSee')} signIn={t('meetings.page.signIn')} signUp={t('meetings.page.signUp')} />
          </section>
        </Page>
      );
    }
    if (missing) return <NotFoundPage />;
    return (
      <Page title={t('meetings.page.title')}>
        <FormAlert error={meeting.error} />
      </Page>
    );
  }
  return <MeetingView meeting={meeting.data} />;
}

function MeetingView({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const now = Date.now();
  const past = hasStarted(m, now);
  return (
    <Page
      title={m.title}
      heading={<bdi dir="auto">{m.title}</bdi>}
      before={
        <nav className="breadcrumb" aria-label={t('meetings.page.breadcrumb')}>
          <Link to={routePaths.community(m.community.slug)}>
            <UserText>{m.community.title}</UserText>
          </Link>{' '}
          <Link to={routePaths.communityMeetings(m.community.slug)}>{t('meetings.page.calendar')}</Link>
        </nav>
      }
    >
      <div className="badge-row">
        {m.cancelled ? (
          <span className="badge badge-dot mtg-badge-cancelled">{t('meetings.cancelled')}</span>
        ) : past ? (
          <span className="badge badge-dot">{Date.parse(m.endsAt) > now ? t('meetings.page.live') : t('meetings.page.held')}</span>
        ) : null}
        <span className="badge mtg-badge-kind">{t(`meetings.kind.${m.kind}`)}</span>
        <span className="badge">{t(`meetings.format.${m.format}`)}</span>
      </div>
      {m.cancelled ? (
        <div className="alert alert-warning mtg-cancelled" role="note">
          <p>{t('meetings.page.cancelledBanner')}</p>
        </div>
      ) : null}

      <div className={m.cancelled ? 'mtg-top mtg-top-single' : 'mtg-top'}>
        <MeetingDetails meeting={m} />
        {m.cancelled ? null : <RsvpBox meeting={m} />}
      </div>

      {m.description.trim() ? (
        <section className="card mtg-section" aria-labelledby="mtg-about">
          <h2 id="mtg-about">{t('meetings.page.about')}</h2>
          <Markdown source={m.description} />
        </section>
      ) : null}
      <AgendaSection meeting={m} />
      <FollowUpsSection meeting={m} />
      <InviteesSection meeting={m} />
      <AttendanceSection meeting={m} />
      <MinutesSection meeting={m} />
    </Page>
  );
}

/** When and where, the series, and the leaders' buttons. */
function MeetingDetails({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const { locale, intlLocale, arCalendar } = useLocale();
  const viewerZone = viewerTimeZone();
  const date = formatDateLong(m.startsAt, locale, { arCalendar, timeZone: m.timeZone });
  const time = timeRange(m.startsAt, m.endsAt, intlLocale, m.timeZone);
  const elsewhere = m.timeZone !== viewerZone;
  const n = (x: number) => formatNumber(x, locale);
  const rec = m.series.recurrence
    ? recurrenceMessage(m.series.recurrence, {
        calendar: t(`meetings.calendarSystem.${m.series.calendar}`),
        startsAt: m.startsAt,
        timeZone: m.timeZone,
        intlLocale,
        formatNumber: n,
      })
    : null;
  const canCancel = m.can.edit && !m.cancelled && !hasStarted(m, Date.now());

  return (
    <section className="card mtg-details" aria-labelledby="mtg-when">
      <h2 id="mtg-when">{t('meetings.page.when')}</h2>
      <dl className="details">
        <div>
          <dt>{t('meetings.page.date')}</dt>
          <dd>
            <time dateTime={m.startsAt}>{date}</time>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.page.time')}</dt>
          <dd>
            <span>{time}</span>
            {showZone(m.timeZone, viewerZone) ? (
              <span className="mtg-zone">
                {' '}
                {t('meetings.page.zone', { zone: zoneName(m.timeZone, intlLocale, m.startsAt) })}
              </span>
            ) : null}
            {elsewhere ? (
              <span className="mtg-local small muted">
                {t('meetings.page.yourTime', {
                  date: formatDateLong(m.startsAt, locale, { arCalendar, timeZone: viewerZone }),
                  time: timeRange(m.startsAt, m.endsAt, intlLocale, viewerZone),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('meetings.page.community')}</dt>
          <dd>
            <Link to={routePaths.community(m.community.slug)}>
              <UserText>{m.community.title}</UserText>
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.page.kind')}</dt>
          <dd>{t(`meetings.kind.${m.kind}`)}</dd>
        </div>
        {m.place.trim() ? (
          <div>
            <dt>{t('meetings.page.place')}</dt>
            <dd dir="auto">{m.place}</dd>
          </div>
        ) : null}
        {m.onlineUrl.trim() ? (
          <div>
            <dt>{t('meetings.page.onlineLink')}</dt>
            <dd className="mtg-url">
              <a href={m.onlineUrl} target="_blank" rel="noopener noreferrer">
                <Ltr>{m.onlineUrl}</Ltr>
              </a>
            </dd>
          </div>
        ) : m.kind !== 'in_person' && !m.viewer.invited && m.viewer.role === null ? (
          <div>
            <dt>{t('meetings.page.onlineLink')}</dt>
            <dd className="muted">{t('meetings.page.linkForInvitees')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('meetings.page.format')}</dt>
          <dd>{t(`meetings.format.${m.format}`)}</dd>
        </div>
        {m.capacity !== null ? (
          <div>
            <dt>{t('meetings.page.capacity')}</dt>
            <dd>{t('meetings.page.people', { count: m.capacity, n: n(m.capacity) })}</dd>
          </div>
        ) : null}
        {m.series.total > 1 ? (
          <div>
            <dt>{t('meetings.page.series')}</dt>
            <dd>
              <span>{t('meetings.page.seriesPosition', { position: n(m.series.position), total: n(m.series.total) })}</span>
              {rec ? <span className="mtg-recurrence">{t(rec.id, rec.values)}</span> : null}
              {m.detached ? <span className="mtg-recurrence small muted">{t('meetings.page.detached')}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {m.series.previousId || m.series.nextId ? (
        <nav className="mtg-series-nav" aria-label={t('meetings.page.seriesNav')}>
          {m.series.previousId ? <Link to={routePaths.meeting(m.series.previousId)}>{t('meetings.page.previous')}</Link> : <span />}
          {m.series.nextId ? <Link to={routePaths.meeting(m.series.nextId)}>{t('meetings.page.next')}</Link> : null}
        </nav>
      ) : null}
      <div className="mtg-actions">
        <a className="button button-secondary button-compact" href={`/api/meetings/${encodeURIComponent(m.id)}/ics`} download>
          {t('meetings.page.ics')}
        </a>
        {m.can.edit && !m.cancelled ? (
          <Link className="button button-secondary button-compact" to={routePaths.editMeeting(m.id)}>
            {t('meetings.page.edit')}
          </Link>
        ) : null}
        {canCancel ? <CancelMeeting meeting={m} /> : null}
      </div>
    </section>
  );
}

type CancelScope = 'occurrence' | 'series';

/** "Cancel meeting": this one, or (in a series with later meetings) this and the later ones; an optional reason for the mail. */
function CancelMeeting({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const ids = useId();
  const update = useMeetingUpdate();
  const [scope, setScope] = useState<CancelScope>('occurrence');
  const [reason, setReason] = useState('');
  const hasLater = m.series.nextId !== null;
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/meetings/{id}/cancel', { params: { path: { id: m.id } }, body: { scope: hasLater ? scope : 'occurrence', ...(reason.trim() ? { reason: reason.trim() } : {}) } })),
    onSuccess: update,
  });

  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (open) {
          cancel.reset();
          setScope('occurrence');
          setReason('');
        }
      }}
    >
      <Button className="button button-secondary button-compact danger-button">{t('meetings.page.cancel.open')}</Button>
      <ModalOverlay className="confirm-overlay" isDismissable={!cancel.isPending}>
        <Modal className="confirm-modal">
          <Dialog role="alertdialog" className="confirm-dialog">
            {({ close }) => (
              <form
                className="form"
                onSubmit={(e) => {
                  e.preventDefault();
                  cancel.mutate(undefined, { onSuccess: close });
                }}
              >
                <Heading slot="title">{t('meetings.page.cancel.title')}</Heading>
                <p>{t('meetings.page.cancel.body')}</p>
                {hasLater ? (
                  <fieldset className="fieldset mtg-choice">
                    <legend>{t('meetings.page.cancel.scope')}</legend>
                    {(['occurrence', 'series'] as const).map((s) => (
                      <label key={s} className="check-label">
                        <input className="check-input" type="radio" name={`${ids}-scope`} value={s} checked={scope === s} onChange={() => setScope(s)} />
                        <span>{t(`meetings.page.cancel.scope.${s}`)}</span>
                      </label>
                    ))}
                  </fieldset>
                ) : null}
                <TextInput name="reason" label={t('meetings.page.cancel.reason')} description={t('meetings.page.cancel.reasonHelp')} value={reason} onChange={setReason} multiline rows={3} dir="auto" />
                {cancel.isError ? <FormAlert error={cancel.error} /> : null}
                <div className="form-actions">
                  <SubmitButton isPending={cancel.isPending}>{hasLater && scope === 'series' ? t('meetings.page.cancel.confirmSeries') : t('meetings.page.cancel.confirm')}</SubmitButton>
                  <Button className="button button-secondary" onPress={close} autoFocus>
                    {t('meetings.page.cancel.keep')}
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
