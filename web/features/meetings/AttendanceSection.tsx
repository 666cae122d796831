import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import type { Meeting, Roster } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { CHECK_IN_LEAD_MS, hasStarted, meetingKeys, timeRange } from './meetingPageModel';

/** Attendance (the secretary and leaders): everyone invited with their answer; a checklist saved at once for all. */
export function AttendanceSection({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const roster = useQuery({
    queryKey: meetingKeys.roster(m.id),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/roster', { params: { path: { id: m.id } } })),
    enabled: m.can.recordAttendance,
  });
  if (!m.can.recordAttendance) return null;
  return (
    <section className="card mtg-section" aria-labelledby="mtg-attendance">
      <h2 id="mtg-attendance">{t('meetings.attendance.title')}</h2>
      {roster.isPending ? (
        <Loading />
      ) : roster.isError ? (
        <FormAlert error={roster.error} />
      ) : (
        <Checklist meeting={m} roster={roster.data} />
      )}
    </section>
  );
}

function Checklist({ meeting: m, roster }: { meeting: Meeting; roster: Roster }) {
  const t = useT();
  const ids = useId();
  const { locale, intlLocale } = useLocale();
  const queryClient = useQueryClient();
  const [present, setPresent] = useState(() => new Set(roster.items.filter((p) => p.attended).map((p) => p.user.id)));
  const [saved, setSaved] = useState(false);
  const n = (x: number) => formatNumber(x, locale);

  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/meetings/{id}/attendance', { params: { path: { id: m.id } }, body: { userIds: [...present] } })),
    onMutate: () => setSaved(false),
    onSuccess: (data) => {
      queryClient.setQueryData(meetingKeys.roster(m.id), data);
      setPresent(new Set(data.items.filter((p) => p.attended).map((p) => p.user.id)));
      // The viewer's own attendance and the minutes depend on it.
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(m.id) });
      setSaved(true);
    },
  });

  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    setPresent((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const saidYes = roster.items.filter((p) => p.response === 'yes' && !p.waitlisted).map((p) => p.user.id);
  const opensAt = new Date(Date.parse(m.startsAt) - CHECK_IN_LEAD_MS).toISOString();
  const notYet = !hasStarted(m, Date.now(), CHECK_IN_LEAD_MS);

  if (roster.items.length === 0) return <p className="empty">{t('meetings.attendance.empty')}</p>;

  return (
    <form
      className="mtg-attendance"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {notYet ? (
        <p className="alert alert-info">{t('meetings.attendance.opensAt', { time: timeRange(opensAt, opensAt, intlLocale, m.timeZone) })}</p>
      ) : null}
      <fieldset className="mtg-roster">
        <legend className="field-label">{t('meetings.attendance.legend')}</legend>
        <div className="mtg-attendance-tools">
          <Button
            className="button button-secondary button-compact"
            onPress={() => {
              setSaved(false);
              setPresent(new Set([...present, ...saidYes]));
            }}
            isDisabled={saidYes.length === 0}
          >
            {t('meetings.attendance.selectYes', { count: saidYes.length, n: n(saidYes.length) })}
          </Button>
          <Button
            className="button button-secondary button-compact"
            onPress={() => {
              setSaved(false);
              setPresent(new Set());
            }}
            isDisabled={present.size === 0}
          >
            {t('meetings.attendance.clear')}
          </Button>
          <span className="mtg-attendance-count" aria-live="polite">
            {t('meetings.attendance.count', { count: present.size, n: n(present.size), total: n(roster.items.length) })}
          </span>
        </div>
        <ul className="mtg-roster-list">
          {roster.items.map((p) => {
            const inputId = `${ids}-${p.user.id}`;
            return (
              <li key={p.user.id} className={present.has(p.user.id) ? 'mtg-roster-row mtg-roster-present' : 'mtg-roster-row'}>
                <label className="check-label" htmlFor={inputId}>
                  <input
                    id={inputId}
                    className="check-input"
                    type="checkbox"
                    name="userIds"
                    value={p.user.id}
                    checked={present.has(p.user.id)}
                    onChange={(e) => toggle(p.user.id, e.target.checked)}
                  />
                  <span className="mtg-roster-name">
                    <UserText>{p.user.name}</UserText>
                  </span>
                </label>
                <span className="mtg-roster-facts small">
                  {p.guest ? <span className="badge">{t('meetings.invite.guestBadge')}</span> : p.role ? <span className="muted">{t(`role.${p.role}`)}</span> : null}
                  <span className={`badge mtg-response mtg-response-${p.response ?? 'none'}`}>
                    {p.response ? t(`meetings.attendance.response.${p.response}`) : t('meetings.attendance.noAnswer')}
                  </span>
                  {p.waitlisted ? <span className="badge mtg-badge-pending">{t('meetings.attendance.waitlisted')}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {save.isError ? <FormAlert error={save.error} /> : null}
      {saved ? <StatusMessage>{t('meetings.attendance.saved', { count: present.size, n: n(present.size) })}</StatusMessage> : null}
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{t('meetings.attendance.save')}</SubmitButton>
      </div>
    </form>
  );
}
