import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Meeting, Minutes } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { lineDiff } from './minutesModel';
import './minutes.css';

type Correction = Minutes['corrections'][number];

interface Props {
  meeting: Meeting;
  minutes: Minutes;
  onMinutes: (m: Minutes) => void;
}

const NOTES = 'notes';

/** The current text of a section: the general notes, or an agenda item's record. */
const sectionText = (minutes: Minutes, section: string) => (section === NOTES ? minutes.notes : (minutes.items.find((i) => i.agendaItemId === section)?.minutes ?? ''));

function useSectionName(minutes: Minutes) {
  const t = useT();
  const { locale } = useLocale();
  return (agendaItemId: string | null) => {
    if (agendaItemId === null) return t('meetings.minutes.notes');
    const index = minutes.items.findIndex((i) => i.agendaItemId === agendaItemId);
    return index < 0 ? t('meetings.minutes.corrections.unknownSection') : `${formatNumber(index + 1, locale)}. ${minutes.items[index]!.title}`;
  };
}

/** Suggested corrections while the minutes are with the attendees: attendees suggest, the secretary answers. */
export function CorrectionsSection({ minutes, meeting, onMinutes }: Props) {
  const t = useT();
  const { locale } = useLocale();
  if (minutes.state !== 'in_review' && minutes.corrections.length === 0) return null;
  if (!minutes.can.suggest && minutes.corrections.length === 0) return null;
  const pending = minutes.corrections.filter((c) => c.state === 'pending').length;
  return (
    <section className="minutes-corrections" aria-labelledby="corrections-title">
      <h3 id="corrections-title">{t('meetings.minutes.corrections.title')}</h3>
      {minutes.can.decideCorrections && pending > 0 ? <p className="small">{t('meetings.minutes.corrections.pendingCount', { count: pending, n: formatNumber(pending, locale) })}</p> : null}
      {minutes.corrections.length > 0 ? (
        <ul className="correction-list">
          {minutes.corrections.map((c) => (
            <CorrectionItem key={c.id} c={c} minutes={minutes} onMinutes={onMinutes} />
          ))}
        </ul>
      ) : null}
      {minutes.can.suggest ? <SuggestCorrection meeting={meeting} minutes={minutes} onMinutes={onMinutes} /> : null}
    </section>
  );
}

/** What a correction would change in the section: removed lines struck through, added lines marked. */
function CorrectionDiff({ current, proposed }: { current: string; proposed: string }) {
  const t = useT();
  const lines = lineDiff(current, proposed);
  return (
    <div className="correction-diff" role="group" aria-label={t('meetings.minutes.corrections.changes')}>
      {lines.map((l, i) =>
        l.kind === 'same' ? (
          <div key={i} className="diff-line diff-same" dir="auto">
            {l.text || '\u00a0'}
          </div>
        ) : l.kind === 'removed' ? (
          <del key={i} className="diff-line diff-removed" dir="auto">
            <span className="visually-hidden">{t('meetings.minutes.corrections.removed')} </span>
            {l.text || '\u00a0'}
          </del>
        ) : (
          <ins key={i} className="diff-line diff-added" dir="auto">
            <span className="visually-hidden">{t('meetings.minutes.corrections.added')} </span>
            {l.text || '\u00a0'}
          </ins>
        ),
      )}
    </div>
  );
}

function CorrectionItem({ c, minutes, onMinutes }: { c: Correction; minutes: Minutes; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const sectionName = useSectionName(minutes);
  const alertRef = useRef<HTMLDivElement>(null);
  const answer = useMutation({
    mutationFn: (accept: boolean) => unwrap(api.POST('/api/minutes-corrections/{id}/answer', { params: { path: { id: c.id } }, body: { accept } })),
    onSuccess: onMinutes,
  });
  useEffect(() => {
    if (answer.isError) alertRef.current?.focus();
  }, [answer.isError, answer.error]);
  const current = sectionText(minutes, c.agendaItemId ?? NOTES);
  return (
    <li className="correction">
      <div className="card-head">
        <p className="correction-head">
          <Msg id="meetings.minutes.corrections.by" values={{ name: <UserText>{c.author.name}</UserText>, section: <UserText>{sectionName(c.agendaItemId)}</UserText> }} />
        </p>
        <span className={`badge badge-dot correction-state-${c.state}`}>{t(`meetings.minutes.corrections.state.${c.state}`)}</span>
      </div>
      <p className="small muted">
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, locale, { arCalendar })}</time>
      </p>
      {c.comment.trim() ? (
        <p className="correction-comment prewrap" dir="auto">
          {c.comment}
        </p>
      ) : null}
      {c.state === 'pending' ? (
        <CorrectionDiff current={current} proposed={c.text} />
      ) : (
        <details className="correction-proposed">
          <summary>{t('meetings.minutes.corrections.proposedText')}</summary>
          <div className="prewrap" dir="auto">
            {c.text}
          </div>
        </details>
      )}
      {answer.isError ? <FormAlert ref={alertRef} error={answer.error} /> : null}
      {minutes.can.decideCorrections && c.state === 'pending' ? (
        <div className="form-actions">
          <SubmitButton type="button" isPending={answer.isPending && answer.variables === true} onPress={() => answer.mutate(true)}>
            {t('meetings.minutes.corrections.accept')}
          </SubmitButton>
          <SubmitButton type="button" variant="secondary" isPending={answer.isPending && answer.variables === false} onPress={() => answer.mutate(false)}>
            {t('meetings.minutes.corrections.decline')}
          </SubmitButton>
        </div>
      ) : null}
    </li>
  );
}

/** An attendee's suggestion: which section, how it should read (starting from the current text), and why. */
function SuggestCorrection({ meeting, minutes, onMinutes }: Props) {
  const t = useT();
  const sectionName = useSectionName(minutes);
  const [section, setSection] = useState(NOTES);
  const [text, setText] = useState(() => sectionText(minutes, NOTES));
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const suggest = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/meetings/{id}/minutes/corrections', {
          params: { path: { id: meeting.id } },
          body: { agendaItemId: section === NOTES ? null : section, text, comment: comment.trim() },
        }),
      ),
    onSuccess: (m) => {
      setSent(true);
      setComment('');
      setText(sectionText(m, section));
      onMinutes(m);
    },
  });
  const form = useFormErrors(suggest.error, ['text', 'comment', 'agendaItemId']);
  const options = [{ id: NOTES, label: sectionName(null) }, ...minutes.items.map((i) => ({ id: i.agendaItemId, label: sectionName(i.agendaItemId) }))];

  return (
    <form
      ref={form.formRef}
      className="correction-new"
      noValidate
      aria-labelledby="correction-new-title"
      onSubmit={form.onSubmit(
        (): Record<string, string> => {
          if (!text.trim()) return { text: t('validation.required') };
          if (text === sectionText(minutes, section)) return { text: t('meetings.minutes.corrections.unchanged') };
          return {};
        },
        () => {
          setSent(false);
          suggest.mutate();
        },
      )}
    >
      <h4 id="correction-new-title">{t('meetings.minutes.corrections.new')}</h4>
      <p className="small muted">{t('meetings.minutes.corrections.newHelp')}</p>
      <SelectField<string>
        name="agendaItemId"
        label={t('meetings.minutes.corrections.section')}
        value={section}
        options={options}
        onChange={(s) => {
          setSection(s);
          setText(sectionText(minutes, s));
          setSent(false);
        }}
      />
      <TextInput
        name="text"
        label={t('meetings.minutes.corrections.text')}
        description={t('meetings.minutes.corrections.textHelp')}
        value={text}
        onChange={setText}
        multiline
        rows={6}
        dir="auto"
        error={form.fieldErrors.text}
        isRequired
      />
      <TextInput name="comment" label={t('meetings.minutes.corrections.comment')} value={comment} onChange={setComment} multiline rows={2} dir="auto" error={form.fieldErrors.comment} />
      {suggest.isError || form.hasClientErrors ? <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={suggest.error} others={form.otherErrors} /> : null}
      {sent && suggest.isSuccess ? <StatusMessage>{t('meetings.minutes.corrections.sent')}</StatusMessage> : null}
      <div className="form-actions">
        <SubmitButton isPending={suggest.isPending}>{t('meetings.minutes.corrections.submit')}</SubmitButton>
      </div>
    </form>
  );
}
