import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Meeting, Rsvp, RsvpResponse } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { SignInToContinue } from '../../ui/SignInToContinue';
import { hasStarted, meetingKeys } from './meetingPageModel';

const RESPONSES = ['yes', 'maybe', 'no'] as const satisfies readonly RsvpResponse[];

/** Who comes: the counts and capacity, and the viewer's own answer (yes / maybe / no) while the meeting is ahead. */
export function RsvpBox({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const me = useMe();
  const { locale } = useLocale();
  const ids = useId();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const n = (x: number) => formatNumber(x, locale);
  const r = m.rsvp;
  const past = hasStarted(m, Date.now());

  const answer = useMutation({
    mutationFn: (response: RsvpResponse) => unwrap(api.PUT('/api/meetings/{id}/rsvp', { params: { path: { id: m.id } }, body: { response } })),
    onMutate: () => setSaved(false),
    onSuccess: (rsvp: Rsvp) => {
      queryClient.setQueryData<Meeting>(meetingKeys.detail(m.id), (old) => (old ? { ...old, rsvp, myResponse: rsvp.mine?.response ?? null } : old));
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(m.id) });
      setSaved(true);
    },
  });

  const mine = r.mine;
  const free = r.capacity !== null ? Math.max(0, r.capacity - r.yes) : null;

  let action: React.ReactNode = null;
  if (past) action = <p className="muted">{mine ? t('meetings.rsvp.pastMine', { response: t(`meetings.response.${mine.response}`) }) : t('meetings.rsvp.past')}</p>;
  else if (me === null) action = <SignInToContinue message={t('meetings.rsvp.signIn')} signIn={t('meetings.rsvp.signInButton')} signUp={t('meetings.rsvp.signUpButton')} />;
  else if (m.can.rsvp) {
    action = (
      <>
        <fieldset className="mtg-rsvp-choice" disabled={answer.isPending} aria-describedby={mine?.waitlisted ? `${ids}-wait` : undefined}>
          <legend className="field-label">{t('meetings.rsvp.question')}</legend>
          <div className="mtg-toggle">
            {RESPONSES.map((response) => (
              <label key={response} className={`mtg-toggle-option mtg-toggle-${response}`}>
                <input
                  type="radio"
                  name={`${ids}-response`}
                  value={response}
                  checked={(answer.isPending ? answer.variables : mine?.response) === response}
                  onChange={() => answer.mutate(response)}
                />
                <span>{t(`meetings.response.${response}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {mine?.waitlisted ? (
          <div id={`${ids}-wait`} className="alert alert-warning mtg-waitlisted">
            <p>
              <strong>{t('meetings.rsvp.waitlisted')}</strong>
            </p>
            <p>{t('meetings.rsvp.waitlistedHelp')}</p>
          </div>
        ) : null}
        {answer.isError ? <FormAlert error={answer.error} /> : null}
        {saved && mine && !mine.waitlisted ? <StatusMessage>{t('meetings.rsvp.saved', { response: t(`meetings.response.${mine.response}`) })}</StatusMessage> : null}
        {saved && mine?.waitlisted ? <p className="visually-hidden" role="status">{t('meetings.rsvp.waitlisted')}</p> : null}
      </>
    );
  } else if (me) action = <p className="muted small">{t('meetings.rsvp.notInvited')}</p>;

  return (
    <section className="card mtg-rsvp" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('meetings.rsvp.title')}</h2>
      <dl className="mtg-counts">
        <div className="mtg-count mtg-count-yes">
          <dt>{t('meetings.rsvp.count.yes')}</dt>
          <dd>{n(r.yes)}</dd>
        </div>
        <div className="mtg-count">
          <dt>{t('meetings.rsvp.count.maybe')}</dt>
          <dd>{n(r.maybe)}</dd>
        </div>
        <div className="mtg-count">
          <dt>{t('meetings.rsvp.count.no')}</dt>
          <dd>{n(r.no)}</dd>
        </div>
        {r.capacity !== null || r.waitlisted > 0 ? (
          <div className="mtg-count">
            <dt>{t('meetings.rsvp.count.waitlisted')}</dt>
            <dd>{n(r.waitlisted)}</dd>
          </div>
        ) : null}
      </dl>
      {r.capacity !== null && free !== null ? (
        <p className="small muted">
          {free > 0
            ? t('meetings.rsvp.capacity', { capacity: n(r.capacity), free: n(free), count: free })
            : t('meetings.rsvp.full', { capacity: n(r.capacity) })}
        </p>
      ) : null}
      {action}
    </section>
  );
}
