import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Community } from '../../api/types';
import { useLocale } from '../../i18n/LocaleProvider';
import { intlLocaleOf } from '../../i18n/locales';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormErrorAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { PersonPicker } from '../../ui/PersonPicker';
import { SubmitButton } from '../../ui/SubmitButton';
import { useFormErrors } from '../../ui/useFormErrors';
import { WithCommunity } from '../communities/shared';
import { MeetingsBreadcrumb } from './MeetingsBreadcrumb';
import { DetailsFields, ErrorText, ReminderField, RolesField, TimeField, ZoneSelect, useCheckMessages, type Errors } from './MeetingFormFields';
import { RecurrenceFields, useSchedulePreview } from './RecurrenceFields';
import { checkMeetingValues, localDigits, meetingInputOf, newMeetingValues, type MeetingFormValues } from './meetingForm';
import { todayIn } from './monthGrid';

/** The fields a scheduling problem may name (the last segment of its `field`). */
export const SCHEDULE_FIELDS = [
  'title',
  'description',
  'kind',
  'format',
  'place',
  'onlineUrl',
  'capacity',
  'startDate',
  'startTime',
  'endTime',
  'timeZone',
  'recurrence',
  'interval',
  'monthDay',
  'nth',
  'weekday',
  'count',
  'until',
  'reminderMinutes',
  'invitedRoles',
  'invitedUserIds',
] as const;

/** `/communities/:slug/meetings/new`: schedule a meeting or a series (chair, facilitators, administrators). */
export function ScheduleMeetingPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return (
    <WithCommunity slug={slug} title={t('meetings.form.newTitle')}>
      {(c) => (
        <Page
          title={t('meetings.form.newTitle')}
          heading={<Msg id="meetings.form.newHeading" values={{ community: <UserText>{c.title}</UserText> }} />}
          before={<MeetingsBreadcrumb community={c} calendar />}
        >
          <MaySchedule c={c} />
        </Page>
      )}
    </WithCommunity>
  );
}

/** The form for those who may schedule here (the calendar's `canSchedule`, asked for a tiny range). */
function MaySchedule({ c }: { c: Community }) {
  const t = useT();
  const can = useQuery({
    queryKey: ['meetings', 'community', c.slug, 'canSchedule'],
    queryFn: async ({ signal }) => {
      const from = new Date();
      const to = new Date(from.getTime() + 60_000);
      const data = await unwrap(api.GET('/api/communities/{slug}/meetings', { params: { path: { slug: c.slug }, query: { from: from.toISOString(), to: to.toISOString() } }, signal }));
      return data.canSchedule;
    },
  });
  if (can.isPending) return <Loading />;
  if (can.isError) return <FormAlert error={can.error} />;
  if (!can.data) {
    return (
      <>
        <p className="alert alert-warning">{t('meetings.form.notAllowed')}</p>
        <p>
          <Link to={routePaths.communityMeetings(c.slug)}>{t('meetings.form.backToCalendar')}</Link>
        </p>
      </>
    );
  }
  return <ScheduleForm c={c} />;
}

/** `invitedUserIds.3` → 3: which invitee a problem is about. */
function inviteeIndex(field: string): number | null {
  const m = /invitedUserIds[./[]?(\d+)/.exec(field);
  return m ? Number(m[1]) : null;
}

function ScheduleForm({ c }: { c: Community }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ids = useId();
  const checks = useCheckMessages();
  const { locale, arCalendar } = useLocale();
  const [values, setValues] = useState<MeetingFormValues>(() => {
    const v = newMeetingValues(c.timeZone);
    const intl = intlLocaleOf(locale, arCalendar);
    return { ...v, startTime: localDigits(v.startTime, intl), endTime: localDigits(v.endTime, intl), interval: localDigits(v.interval, intl), count: localDigits(v.count, intl) };
  });
  const schedule = useMutation({
    mutationFn: (body: NonNullable<ReturnType<typeof meetingInputOf>>) =>
      unwrap(api.POST('/api/communities/{slug}/meetings', { params: { path: { slug: c.slug } }, body })),
    onSuccess: async (first) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['meetings'] }), queryClient.invalidateQueries({ queryKey: ['meeting'] })]);
      await navigate(routePaths.meeting(first.id), { state: { saved: 'scheduled' } });
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(schedule.error, SCHEDULE_FIELDS);
  const preview = useSchedulePreview(c.slug, values);

  const set = <K extends keyof MeetingFormValues>(k: K, v: MeetingFormValues[K]) => {
    if (!schedule.isPending) schedule.reset();
    setValues((old) => ({ ...old, [k]: v }));
  };
  const patch = (p: Partial<MeetingFormValues>) => {
    if (!schedule.isPending) schedule.reset();
    setValues((old) => ({ ...old, ...p }));
  };

  // Submit errors first; the live preview's where the submit said nothing.
  const errors: Errors = { ...preview.errors, ...fieldErrors };
  const inviteeErrors = new Map<number, string>();
  if (!hasClientErrors && schedule.error instanceof ApiError) {
    for (const p of schedule.error.errors) {
      const i = inviteeIndex(p.field);
      if (i !== null) inviteeErrors.set(i, p.message);
    }
  }

  const send = () => {
    const body = meetingInputOf(values);
    if (body) schedule.mutate(body);
  };

  return (
    <form ref={formRef} className="meetings-form" noValidate onSubmit={onSubmit(() => checkMeetingValues(values, checks), send)}>
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={schedule.error} others={otherErrors.filter((o) => inviteeIndex(o.field) === null)} />

      <section className="card form" aria-labelledby={`${ids}-about`}>
        <h2 id={`${ids}-about`}>{t('meetings.form.section.about')}</h2>
        <DetailsFields values={values} patch={patch} errors={errors} />
      </section>

      <section className="card form" aria-labelledby={`${ids}-when`}>
        <h2 id={`${ids}-when`}>{t('meetings.form.section.when')}</h2>
        <DateField name="startDate" label={t('meetings.form.startDate')} value={values.startDate} onChange={(v) => set('startDate', v)} error={errors.startDate} min={todayIn(values.timeZone)} isRequired />
        <div className="meetings-row">
          <TimeField name="startTime" label={t('meetings.form.startTime')} value={values.startTime} onChange={(v) => set('startTime', v)} error={errors.startTime} isRequired />
          <TimeField name="endTime" label={t('meetings.form.endTime')} value={values.endTime} onChange={(v) => set('endTime', v)} error={errors.endTime} isRequired />
        </div>
        <div>
          <ZoneSelect name="timeZone" label={t('meetings.form.timeZone')} value={values.timeZone} onChange={(v) => set('timeZone', v)} communityZone={c.timeZone} />
          <ErrorText error={errors.timeZone} />
        </div>
        <RecurrenceFields values={values} patch={patch} errors={errors} calendar={c.calendar} preview={preview} />
      </section>

      <section className="card form" aria-labelledby={`${ids}-who`}>
        <h2 id={`${ids}-who`}>{t('meetings.form.section.who')}</h2>
        <RolesField value={values.invitedRoles} onChange={(v) => set('invitedRoles', v)} error={errors.invitedRoles} />
        <InviteesField values={values} onChange={(v) => set('invitees', v)} errors={inviteeErrors} error={errors.invitedUserIds} />
        <ReminderField value={values.reminderMinutes} onChange={(v) => set('reminderMinutes', v)} error={errors.reminderMinutes} />
      </section>

      <div className="form-actions">
        <SubmitButton isPending={schedule.isPending || schedule.isSuccess}>{t('meetings.form.schedule')}</SubmitButton>
        <Link to={routePaths.communityMeetings(c.slug)}>{t('meetings.form.cancel')}</Link>
      </div>
    </form>
  );
}

/** People invited by name: members of the community, found by the person picker. */
function InviteesField({
  values,
  onChange,
  errors,
  error,
}: {
  values: MeetingFormValues;
  onChange: (list: MeetingFormValues['invitees']) => void;
  errors: Map<number, string>;
  error?: string;
}) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const list = values.invitees;
  return (
    <div className="meetings-invitees">
      <PersonPicker
        label={t('meetings.form.invitees')}
        name="invitedUserIds"
        description={t('meetings.form.inviteesHelp')}
        exclude={list.map((p) => p.id)}
        onPick={(p) => {
          onChange([...list, { id: p.id, name: p.name }]);
          setAnnouncement(t('meetings.form.inviteeAdded', { name: p.name }));
        }}
      />
      {list.length > 0 ? (
        <ul className="meetings-invitee-list" aria-label={t('meetings.form.inviteesList')}>
          {list.map((p, i) => (
            <li key={p.id} className="meetings-invitee">
              <span>
                <UserText>{p.name}</UserText>
                {errors.get(i) ? (
                  <span className="field-error" data-error="true" tabIndex={-1}>
                    {' '}
                    {errors.get(i)}
                  </span>
                ) : null}
              </span>
              <button
                type="button"
                className="button button-secondary button-compact"
                aria-label={t('meetings.form.removeInvitee', { name: p.name })}
                onClick={() => {
                  onChange(list.filter((x) => x.id !== p.id));
                  setAnnouncement(t('meetings.form.inviteeRemoved', { name: p.name }));
                }}
              >
                {t('meetings.form.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {errors.size === 0 ? <ErrorText error={error} /> : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
