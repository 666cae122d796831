import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Meeting, Minutes, MinutesInput } from '../../api/types';
import { toLatinDigits } from '../../i18n/digits';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { CorrectionsSection } from './CorrectionsSection';
import { DecisionsSection } from './DecisionsSection';
import { instantIn, minutesKeys } from './minutesModel';
import './minutes.css';

const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

/** Keeps the minutes the server answered with, and refreshes the meeting around them (its minutes state, follow-ups). */
export function useAcceptMinutes(meetingId: string) {
  const queryClient = useQueryClient();
  return (updated: Minutes) => {
    const key = minutesKeys.minutes(meetingId);
    queryClient.setQueryData(key, updated);
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey.includes(meetingId) && !(q.queryKey.length === key.length && q.queryKey.every((k, i) => k === key[i])),
    });
  };
}

/** The meeting's minutes, decisions and actions (mounted at the end of the meeting page). */
export function MinutesSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const enabled = meeting.can.seeMinutes || meeting.can.writeMinutes;
  const minutes = useQuery({
    queryKey: minutesKeys.minutes(meeting.id),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/minutes', { params: { path: { id: meeting.id } } })),
    enabled,
    retry: noRetryOn4xx,
  });

  if (!enabled) {
    // Drafts are for the secretary and the leaders, the review draft for attendees: others only hear that minutes are coming.
    if (meeting.minutesState === 'none' || meeting.cancelled) return null;
    return (
      <section className="card minutes" aria-labelledby="minutes-title">
        <h2 id="minutes-title">{t('meetings.minutes.title')}</h2>
        <p className="muted">{t('meetings.minutes.notYetPublished')}</p>
      </section>
    );
  }

  return (
    <section className="card minutes" aria-labelledby="minutes-title">
      <div className="card-head">
        <h2 id="minutes-title">{t('meetings.minutes.title')}</h2>
        {minutes.data ? <MinutesStateBadge state={minutes.data.state} /> : null}
      </div>
      {minutes.isPending ? <Loading /> : minutes.isError ? <FormAlert error={minutes.error} /> : <MinutesBody meeting={meeting} minutes={minutes.data} />}
    </section>
  );
}

export function MinutesStateBadge({ state }: { state: Minutes['state'] }) {
  const t = useT();
  return <span className={`badge badge-dot minutes-state-${state}`}>{t(`meetings.minutesState.${state}`)}</span>;
}

function MinutesBody({ meeting, minutes }: { meeting: Meeting; minutes: Minutes }) {
  const accept = useAcceptMinutes(meeting.id);
  return (
    <>
      <MinutesStatus meeting={meeting} minutes={minutes} onMinutes={accept} />
      {minutes.can.write ? <MinutesEditor meeting={meeting} minutes={minutes} onMinutes={accept} /> : <MinutesText minutes={minutes} />}
      <DecisionsSection meeting={meeting} minutes={minutes} onMinutes={accept} />
      <CorrectionsSection meeting={meeting} minutes={minutes} onMinutes={accept} />
    </>
  );
}

/** Where the minutes stand (deadline, approval, publication) and the next step for this reader. */
function MinutesStatus({ meeting, minutes, onMinutes }: { meeting: Meeting; minutes: Minutes; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const when = (iso: string) => instantIn(iso, meeting.timeZone, locale, arCalendar);
  const [now] = useState(() => Date.now());
  const windowOpen = minutes.correctionsUntil !== null && Date.parse(minutes.correctionsUntil) > now;

  const facts: React.ReactNode[] = [];
  if (minutes.state === 'none' && minutes.can.write) facts.push(t('meetings.minutes.lead.none'));
  if (minutes.state === 'draft' && minutes.can.write) facts.push(t('meetings.minutes.lead.draft'));
  if (minutes.state === 'in_review' && minutes.correctionsUntil) {
    facts.push(
      <Msg
        id={windowOpen ? 'meetings.minutes.correctionsUntil' : 'meetings.minutes.correctionsClosedOn'}
        values={{ date: <time dateTime={minutes.correctionsUntil}>{when(minutes.correctionsUntil)}</time> }}
      />,
    );
  }
  if ((minutes.state === 'approved' || minutes.state === 'published') && minutes.approvedAt) {
    const date = <time dateTime={minutes.approvedAt}>{when(minutes.approvedAt)}</time>;
    if (minutes.approvedInMeeting) {
      facts.push(
        <Msg
          id="meetings.minutes.approvedInMeeting"
          values={{
            meeting: (
              <Link to={routePaths.meeting(minutes.approvedInMeeting.id)}>
                <UserText>{minutes.approvedInMeeting.title}</UserText>
              </Link>
            ),
            date,
          }}
        />,
      );
    } else {
      facts.push(<Msg id="meetings.minutes.approvedBy" values={{ name: <UserText>{minutes.approvedBy?.name ?? ''}</UserText>, date }} />);
    }
  }
  if (minutes.state === 'approved' && minutes.can.publish) facts.push(t('meetings.minutes.lead.approved'));

  const sendable = minutes.can.send;
  const approvable = minutes.can.approve;
  // Approval by a later meeting: only once this one is over (a later meeting must have started since).
  const recordable = minutes.can.decideCorrections && minutes.state === 'in_review' && Date.parse(meeting.endsAt) < now;

  return (
    <div className="minutes-status">
      {facts.length > 0 ? (
        <ul className="minutes-facts">
          {facts.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      ) : null}
      {minutes.state === 'published' && minutes.publishedAt ? (
        <p className="minutes-published">
          <Msg id="meetings.minutes.publishedOn" values={{ date: <time dateTime={minutes.publishedAt}>{when(minutes.publishedAt)}</time> }} />
          {minutes.knowledgeItemId ? (
            <>
              {' '}
              <Link to={routePaths.knowledgeItem(minutes.knowledgeItemId)}>{t('meetings.minutes.knowledgeLink')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {sendable || approvable || recordable || minutes.can.publish ? (
        <div className="minutes-steps">
          {sendable ? <SendForCorrections meeting={meeting} minutes={minutes} onMinutes={onMinutes} /> : null}
          {approvable ? <Approve meeting={meeting} windowOpen={windowOpen} onMinutes={onMinutes} /> : null}
          {recordable ? <ApproveInLaterMeeting meeting={meeting} onMinutes={onMinutes} /> : null}
          {minutes.can.publish ? <Publish meeting={meeting} onMinutes={onMinutes} /> : null}
        </div>
      ) : null}
    </div>
  );
}

/** The secretary sends the draft to the attendees, who have a number of days to suggest corrections. */
function SendForCorrections({ meeting, minutes, onMinutes }: { meeting: Meeting; minutes: Minutes; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const { locale } = useLocale();
  // The default in the reader's digits, like every number the form shows.
  const [days, setDays] = useState(() => formatNumber(7, locale));
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: (correctionDays: number) => unwrap(api.POST('/api/meetings/{id}/minutes/send', { params: { path: { id: meeting.id } }, body: { correctionDays } })),
    onSuccess: (m) => {
      setSent(true);
      onMinutes(m);
    },
  });
  const form = useFormErrors(send.error, ['correctionDays']);
  const again = minutes.state === 'in_review';
  const parse = () => Number(toLatinDigits(days.trim()));
  return (
    <form
      ref={form.formRef}
      className="minutes-step"
      noValidate
      aria-labelledby="minutes-send-title"
      onSubmit={form.onSubmit(
        (): Record<string, string> => {
          const n = parse();
          return Number.isInteger(n) && n >= 1 && n <= 30 ? {} : { correctionDays: t('meetings.minutes.send.daysRange') };
        },
        () => {
          setSent(false);
          send.mutate(parse());
        },
      )}
    >
      <h3 id="minutes-send-title">{again ? t('meetings.minutes.send.againTitle') : t('meetings.minutes.send.title')}</h3>
      <p className="small muted">{again ? t('meetings.minutes.send.againHelp') : t('meetings.minutes.send.help')}</p>
      {send.isError || form.hasClientErrors ? <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={send.error} others={form.otherErrors} /> : null}
      {sent && send.isSuccess ? <StatusMessage>{t('meetings.minutes.send.done')}</StatusMessage> : null}
      <div className="minutes-inline-form">
        <div className="minutes-days">
          <TextInput
            name="correctionDays"
            label={t('meetings.minutes.send.days')}
            value={days}
            onChange={setDays}
            inputMode="numeric"
            error={form.fieldErrors.correctionDays}
            description={t('meetings.minutes.send.daysHelp')}
            isRequired
          />
        </div>
        <div className="form-actions">
          <SubmitButton isPending={send.isPending}>{again ? t('meetings.minutes.send.againSubmit') : t('meetings.minutes.send.submit')}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

/** The chair approves the minutes (after the correction window, every correction answered). */
function Approve({ meeting, windowOpen, onMinutes }: { meeting: Meeting; windowOpen: boolean; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const alertRef = useRef<HTMLDivElement>(null);
  const approve = useMutation({
    mutationFn: () => unwrap(api.POST('/api/meetings/{id}/minutes/approve', { params: { path: { id: meeting.id } }, body: {} })),
    onSuccess: onMinutes,
  });
  useEffect(() => {
    if (approve.isError) alertRef.current?.focus();
  }, [approve.isError, approve.error]);
  return (
    <div className="minutes-step">
      <h3>{t('meetings.minutes.approve.title')}</h3>
      <p className="small muted">{windowOpen ? t('meetings.minutes.approve.helpWaiting') : t('meetings.minutes.approve.help')}</p>
      {approve.isError ? <FormAlert ref={alertRef} error={approve.error} /> : null}
      <div className="form-actions">
        <SubmitButton type="button" isPending={approve.isPending} onPress={() => approve.mutate()}>
          {t('meetings.minutes.approve.submit')}
        </SubmitButton>
      </div>
    </div>
  );
}

/** The secretary records that a later meeting approved the minutes (its agenda has the approval item). */
function ApproveInLaterMeeting({ meeting, onMinutes }: { meeting: Meeting; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const [now] = useState(() => new Date().toISOString());
  const later = useQuery({
    queryKey: ['meetings', meeting.id, 'later', meeting.community.slug],
    queryFn: () =>
      unwrap(api.GET('/api/communities/{slug}/meetings', { params: { path: { slug: meeting.community.slug }, query: { from: meeting.endsAt, to: now } } })),
    retry: false,
  });
  const options = (later.data?.items ?? []).filter((m) => m.id !== meeting.id && !m.cancelled && m.startsAt > meeting.startsAt && m.startsAt <= now);
  const [chosen, setChosen] = useState('');
  const alertRef = useRef<HTMLDivElement>(null);
  const record = useMutation({
    mutationFn: (inMeetingId: string) => unwrap(api.POST('/api/meetings/{id}/minutes/approve', { params: { path: { id: meeting.id } }, body: { inMeetingId } })),
    onSuccess: onMinutes,
  });
  useEffect(() => {
    if (record.isError) alertRef.current?.focus();
  }, [record.isError, record.error]);
  if (options.length === 0) return null;
  const value = options.some((o) => o.id === chosen) ? chosen : options[0]!.id;
  return (
    <div className="minutes-step">
      <h3>{t('meetings.minutes.approveIn.title')}</h3>
      <p className="small muted">{t('meetings.minutes.approveIn.help')}</p>
      {record.isError ? <FormAlert ref={alertRef} error={record.error} others={record.error instanceof ApiError ? record.error.errors : undefined} /> : null}
      <div className="minutes-inline-form">
        <SelectField<string>
          name="inMeetingId"
          label={t('meetings.minutes.approveIn.meeting')}
          value={value}
          options={options.map((o) => ({ id: o.id, label: `${o.title} — ${instantIn(o.startsAt, o.timeZone, locale, arCalendar)}` }))}
          onChange={setChosen}
        />
        <div className="form-actions">
          <SubmitButton type="button" variant="secondary" isPending={record.isPending} onPress={() => record.mutate(value)}>
            {t('meetings.minutes.approveIn.submit')}
          </SubmitButton>
        </div>
      </div>
    </div>
  );
}

/** The secretary publishes approved minutes: members are mailed and they become a knowledge item. */
function Publish({ meeting, onMinutes }: { meeting: Meeting; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  return (
    <div className="minutes-step">
      <h3>{t('meetings.minutes.publish.title')}</h3>
      <p className="small muted">{t('meetings.minutes.publish.help')}</p>
      <div className="form-actions">
        <ConfirmAction
          label={t('meetings.minutes.publish.submit')}
          title={t('meetings.minutes.publish.confirmTitle')}
          body={t('meetings.minutes.publish.confirmBody')}
          confirm={t('meetings.minutes.publish.confirm')}
          cancel={t('meetings.minutes.cancel')}
          action={() => unwrap(api.POST('/api/meetings/{id}/minutes/publish', { params: { path: { id: meeting.id } } }))}
          onDone={onMinutes}
        />
      </div>
    </div>
  );
}

/** The minutes as read: general notes, then each agenda item's record. */
function MinutesText({ minutes }: { minutes: Minutes }) {
  const t = useT();
  const { locale } = useLocale();
  const empty = !minutes.notes.trim() && minutes.items.every((i) => !i.minutes.trim());
  if (empty) return <p className="muted">{t('meetings.minutes.empty')}</p>;
  return (
    <div className="minutes-text">
      {minutes.notes.trim() ? (
        <section aria-labelledby="minutes-notes-title">
          <h3 id="minutes-notes-title">{t('meetings.minutes.notes')}</h3>
          <Markdown source={minutes.notes} />
        </section>
      ) : null}
      {minutes.items.map((item, i) => (
        <section key={item.agendaItemId} aria-labelledby={`minutes-item-${item.agendaItemId}`}>
          <h3 id={`minutes-item-${item.agendaItemId}`}>
            {formatNumber(i + 1, locale)}. <UserText>{item.title}</UserText>
          </h3>
          {item.minutes.trim() ? <Markdown source={item.minutes} /> : <p className="muted small">{t('meetings.minutes.itemEmpty')}</p>}
        </section>
      ))}
    </div>
  );
}

type Texts = { notes: string; items: Record<string, string> };
const textsOf = (m: Minutes): Texts => ({ notes: m.notes, items: Object.fromEntries(m.items.map((i) => [i.agendaItemId, i.minutes])) });
const sameTexts = (a: Texts, b: Texts) => a.notes === b.notes && Object.keys({ ...a.items, ...b.items }).every((k) => (a.items[k] ?? '') === (b.items[k] ?? ''));

/** A Markdown textarea with a preview under it, shown on demand. */
function MarkdownArea({ name, label, value, onChange, error, rows }: { name: string; label: string; value: string; onChange: (v: string) => void; error?: string; rows?: number }) {
  const t = useT();
  const [preview, setPreview] = useState(false);
  const previewId = useId();
  return (
    <div className="minutes-area">
      <TextInput name={name} label={label} value={value} onChange={onChange} multiline rows={rows ?? 5} dir="auto" error={error} />
      <div className="minutes-area-tools">
        <Button className="button button-secondary button-compact" aria-pressed={preview} aria-controls={previewId} onPress={() => setPreview((p) => !p)}>
          {preview ? t('meetings.minutes.hidePreview') : t('meetings.minutes.showPreview')}
        </Button>
      </div>
      <div id={previewId} className="minutes-preview" hidden={!preview} aria-label={t('meetings.minutes.previewOf', { label })} role="region">
        {preview ? value.trim() ? <Markdown source={value} /> : <p className="muted small">{t('meetings.minutes.previewEmpty')}</p> : null}
      </div>
    </div>
  );
}

/** The secretary's editor: general notes and one Markdown text per agenda item. */
function MinutesEditor({ meeting, minutes, onMinutes }: { meeting: Meeting; minutes: Minutes; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const server = textsOf(minutes);
  const [base, setBase] = useState<Texts>(server);
  const [values, setValues] = useState<Texts>(server);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const published = minutes.state === 'published';
  const dirty = !sameTexts(values, base);
  const changedOnServer = !sameTexts(server, base);

  // The server's text changed (an accepted correction): take it when nothing here is unsaved.
  useEffect(() => {
    if (changedOnServer && !dirty) {
      setBase(server);
      setValues(server);
    }
  }, [changedOnServer, dirty, server]);

  const save = useMutation({
    mutationFn: () => {
      const body: MinutesInput = {
        notes: values.notes,
        items: minutes.items.map((i) => ({ agendaItemId: i.agendaItemId, minutes: values.items[i.agendaItemId] ?? '' })),
        ...(published ? { revisionNote: note.trim() } : {}),
      };
      return unwrap(api.PUT('/api/meetings/{id}/minutes', { params: { path: { id: meeting.id } }, body }));
    },
    onSuccess: (m) => {
      const texts = textsOf(m);
      setBase(texts);
      setValues(texts);
      setNote('');
      setSaved(true);
      onMinutes(m);
    },
  });
  const form = useFormErrors(save.error, ['notes', 'revisionNote']);
  const set = (id: string | null) => (v: string) => {
    setSaved(false);
    setValues((old) => (id === null ? { ...old, notes: v } : { ...old, items: { ...old.items, [id]: v } }));
  };

  return (
    <form
      ref={form.formRef}
      className="minutes-editor"
      noValidate
      aria-labelledby="minutes-editor-title"
      onSubmit={form.onSubmit(
        (): Record<string, string> => (published && !note.trim() ? { revisionNote: t('meetings.minutes.revisionNoteRequired') } : {}),
        () => save.mutate(),
      )}
    >
      <h3 id="minutes-editor-title">{published ? t('meetings.minutes.editor.reviseTitle') : t('meetings.minutes.editor.title')}</h3>
      <p className="small muted">{published ? t('meetings.minutes.editor.reviseHelp') : t('meetings.minutes.editor.help')}</p>
      {changedOnServer && dirty ? (
        <div className="alert alert-warning" role="status">
          <p>{t('meetings.minutes.editor.changedOnServer')}</p>
          <SubmitButton
            type="button"
            variant="secondary"
            onPress={() => {
              setBase(server);
              setValues(server);
            }}
          >
            {t('meetings.minutes.editor.takeServer')}
          </SubmitButton>
        </div>
      ) : null}
      <MarkdownArea name="notes" label={t('meetings.minutes.notes')} value={values.notes} onChange={set(null)} error={form.fieldErrors.notes} rows={4} />
      {minutes.items.length === 0 ? <p className="muted small">{t('meetings.minutes.editor.noAgenda')}</p> : null}
      {minutes.items.map((item, i) => (
        <MarkdownArea
          key={item.agendaItemId}
          name={`items.${i}.minutes`}
          label={`${formatNumber(i + 1, locale)}. ${item.title}`}
          value={values.items[item.agendaItemId] ?? ''}
          onChange={set(item.agendaItemId)}
        />
      ))}
      {published ? (
        <TextInput
          name="revisionNote"
          label={t('meetings.minutes.revisionNote')}
          description={t('meetings.minutes.revisionNoteHelp')}
          value={note}
          onChange={setNote}
          dir="auto"
          error={form.fieldErrors.revisionNote}
          isRequired
        />
      ) : null}
      {save.isError || form.hasClientErrors ? <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={save.error} others={form.otherErrors} /> : null}
      {saved && !dirty ? <StatusMessage>{published ? t('meetings.minutes.editor.revised') : t('meetings.minutes.editor.saved')}</StatusMessage> : null}
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{published ? t('meetings.minutes.editor.reviseSubmit') : t('meetings.minutes.editor.submit')}</SubmitButton>
        {dirty ? <span className="small muted">{t('meetings.minutes.editor.unsaved')}</span> : null}
      </div>
    </form>
  );
}
