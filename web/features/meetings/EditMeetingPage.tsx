import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Meeting, MeetingPatch } from '../../api/types';
import { useLocale } from '../../i18n/LocaleProvider';
import { intlLocaleOf } from '../../i18n/locales';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { useFormErrors } from '../../ui/useFormErrors';
import { NotFoundPage } from '../errors/ErrorPages';
import { RadioChoice } from '../formation/Choice';
import { useCalendarFormat } from './calendarFormat';
import { DetailsFields, ReminderField, RolesField, TimeField, useCheckMessages, useZoneLabel, type Errors } from './MeetingFormFields';
import { MeetingsBreadcrumb } from './MeetingsBreadcrumb';
import { INVITABLE_ROLES, checkDetails, checkTimes, localDigits, parseTime, parseWhole, type DetailValues, type InvitableRole } from './meetingForm';
import { isIsoDate, localDateIn, localTimeIn, zonedInstant } from './monthGrid';

type Scope = MeetingPatch['scope'];

const EDIT_FIELDS = [
  'scope',
  'title',
  'description',
  'kind',
  'format',
  'place',
  'onlineUrl',
  'capacity',
  'startDate',
  'startsAt',
  'endsAt',
  'startTime',
  'endTime',
  'reminderMinutes',
  'invitedRoles',
] as const;

/** `/meetings/:id/edit`: this meeting, or this and the later meetings of its series (leaders). */
export function EditMeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const meeting = useQuery({
    // The meeting page's key (meetingKeys.detail): one cache for the page and its edit form.
    queryKey: ['meeting', id],
    queryFn: () => unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) {
    if (meeting.error instanceof ApiError && meeting.error.status === 404) return <NotFoundPage />;
    return (
      <Page title={t('meetings.form.editTitle')}>
        <FormAlert error={meeting.error} />
      </Page>
    );
  }
  const m = meeting.data;
  const before = <MeetingsBreadcrumb community={m.community} calendar meeting={m} />;
  const heading = <Msg id="meetings.form.editHeading" values={{ title: <UserText>{m.title}</UserText> }} />;
  if (!m.can.edit || m.cancelled) {
    return (
      <Page title={t('meetings.form.editTitle')} heading={heading} before={before} narrow>
        <p className="alert alert-warning">{m.cancelled ? t('meetings.form.editCancelled') : t('meetings.form.notAllowed')}</p>
        <p>
          <Link to={routePaths.meeting(m.id)}>{t('meetings.form.backToMeeting')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`${t('meetings.form.editTitle')}: ${m.title}`} heading={heading} before={before}>
      <EditForm key={m.id} m={m} />
    </Page>
  );
}

interface EditValues extends DetailValues {
  startDate: string;
  startTime: string;
  endTime: string;
  seriesStart: string;
  seriesEnd: string;
  reminderMinutes: string;
  invitedRoles: InvitableRole[];
}

function initialValues(m: Meeting, intl: string): EditValues {
  return {
    title: m.title,
    description: m.description,
    kind: m.kind,
    format: m.format,
    place: m.place,
    onlineUrl: m.onlineUrl,
    capacity: m.capacity === null ? '' : localDigits(String(m.capacity), intl),
    startDate: localDateIn(m.startsAt, m.timeZone),
    startTime: localDigits(localTimeIn(m.startsAt, m.timeZone), intl),
    endTime: localDigits(localTimeIn(m.endsAt, m.timeZone), intl),
    seriesStart: localDigits(m.series.startTime, intl),
    seriesEnd: localDigits(m.series.endTime, intl),
    reminderMinutes: String(m.series.reminderMinutes),
    invitedRoles: INVITABLE_ROLES.filter((r) => m.series.invitedRoles.includes(r)),
  };
}

/** Only what changed, for the chosen scope. */
function patchOf(m: Meeting, v: EditValues, scope: Scope): MeetingPatch {
  const p: MeetingPatch = { scope };
  if (v.title.trim() !== m.title) p.title = v.title.trim();
  if (v.description !== m.description) p.description = v.description;
  if (v.kind !== m.kind) p.kind = v.kind;
  if (v.format !== m.format) p.format = v.format;
  if (v.kind !== 'online' && v.place.trim() !== m.place) p.place = v.place.trim();
  if (v.kind !== 'in_person' && v.onlineUrl.trim() !== m.onlineUrl) p.onlineUrl = v.onlineUrl.trim();
  const capacity = v.capacity.trim() ? parseWhole(v.capacity) : null;
  if (capacity !== m.capacity) p.capacity = capacity;
  if (scope === 'occurrence') {
    const startsAt = zonedInstant(v.startDate, parseTime(v.startTime)!, m.timeZone);
    const endsAt = zonedInstant(v.startDate, parseTime(v.endTime)!, m.timeZone);
    if (new Date(startsAt).getTime() !== new Date(m.startsAt).getTime()) p.startsAt = startsAt;
    if (new Date(endsAt).getTime() !== new Date(m.endsAt).getTime()) p.endsAt = endsAt;
  } else {
    const start = parseTime(v.seriesStart)!;
    const end = parseTime(v.seriesEnd)!;
    if (start !== m.series.startTime) p.startTime = start;
    if (end !== m.series.endTime) p.endTime = end;
    Object.assign(p, seriesExtrasOf(m, v));
  }
  return p;
}

/** The reminder and the invited roles, when changed: the series' own settings. */
function seriesExtrasOf(m: Meeting, v: EditValues): Pick<MeetingPatch, 'reminderMinutes' | 'invitedRoles'> {
  const p: Pick<MeetingPatch, 'reminderMinutes' | 'invitedRoles'> = {};
  if (Number(v.reminderMinutes) !== m.series.reminderMinutes) p.reminderMinutes = Number(v.reminderMinutes);
  if ([...v.invitedRoles].sort().join() !== [...m.series.invitedRoles].sort().join()) p.invitedRoles = [...v.invitedRoles];
  return p;
}

function EditForm({ m }: { m: Meeting }) {
  const t = useT();
  const f = useCalendarFormat();
  const zoneLabel = useZoneLabel();
  const { locale, arCalendar } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ids = useId();
  const checks = useCheckMessages();
  const inSeries = m.recurring && m.series.total > 1;
  const [scope, setScope] = useState<Scope>('occurrence');
  const [values, setValues] = useState<EditValues>(() => initialValues(m, intlLocaleOf(locale, arCalendar)));
  const [unchanged, setUnchanged] = useState(false);

  const save = useMutation({
    // One patch, or two in order for a single meeting whose reminder or roles (the series' own) change too.
    mutationFn: async (bodies: MeetingPatch[]) => {
      let last: Meeting | undefined;
      for (const body of bodies) last = await unwrap(api.PATCH('/api/meetings/{id}', { params: { path: { id: m.id } }, body }));
      return last!;
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(['meeting', m.id], updated);
      // Later meetings of the series moved too; calendars and lists show them.
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['meeting'] }), queryClient.invalidateQueries({ queryKey: ['meetings'] })]);
      await navigate(routePaths.meeting(m.id), { state: { saved: 'updated' } });
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(save.error, EDIT_FIELDS);
  const errors: Errors = fieldErrors;

  const set = <K extends keyof EditValues>(k: K, v: EditValues[K]) => {
    if (!save.isPending) save.reset();
    setUnchanged(false);
    setValues((old) => ({ ...old, [k]: v }));
  };

  const check = () => {
    const found: Record<string, string> = checkDetails(values, checks);
    if (scope === 'occurrence') {
      Object.assign(found, checkTimes(values, checks));
      if (!isIsoDate(values.startDate)) found.startDate = checks.required;
    } else {
      const times = checkTimes({ startTime: values.seriesStart, endTime: values.seriesEnd }, checks);
      if (times.startTime) found.startTime = times.startTime;
      if (times.endTime) found.endTime = times.endTime;
    }
    return found;
  };

  const send = () => {
    const body = patchOf(m, values, scope);
    const bodies: MeetingPatch[] = [];
    if (!inSeries) {
      // A single meeting: its reminder and invited roles belong to its series of one; they go first, with the details.
      const { startsAt, endsAt, ...details } = body;
      const extras = seriesExtrasOf(m, values);
      if (Object.keys(extras).length > 0) {
        bodies.push({ ...details, ...extras, scope: 'series' });
        if (startsAt !== undefined || endsAt !== undefined) bodies.push({ scope: 'occurrence', startsAt, endsAt });
      } else if (Object.keys(body).length > 1) bodies.push(body);
    } else if (Object.keys(body).length > 1) bodies.push(body);
    if (bodies.length === 0) {
      setUnchanged(true);
      return;
    }
    save.mutate(bodies);
  };

  const occurrence = scope === 'occurrence';
  return (
    <form ref={formRef} className="meetings-form" noValidate onSubmit={onSubmit(check, send)}>
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={save.error} others={otherErrors} />

      {inSeries ? (
        <section className="card form" aria-labelledby={`${ids}-scope`}>
          <h2 id={`${ids}-scope`}>{t('meetings.form.scope.title')}</h2>
          <p className="muted">
            {t('meetings.form.scope.lead', { position: f.number(m.series.position), total: f.number(m.series.total) })}
          </p>
          <RadioChoice<Scope>
            name="scope"
            legend={t('meetings.form.scope')}
            value={scope}
            options={[
              { id: 'occurrence', label: t('meetings.form.scope.occurrence'), description: t('meetings.form.scope.occurrenceHelp') },
              { id: 'series', label: t('meetings.form.scope.series'), description: t('meetings.form.scope.seriesHelp') },
            ]}
            onChange={(v) => {
              save.reset();
              setUnchanged(false);
              setScope(v);
            }}
            error={errors.scope}
          />
        </section>
      ) : null}

      <section className="card form" aria-labelledby={`${ids}-about`}>
        <h2 id={`${ids}-about`}>{t('meetings.form.section.about')}</h2>
        <DetailsFields values={values} patch={(p) => { if (!save.isPending) save.reset(); setUnchanged(false); setValues((old) => ({ ...old, ...p })); }} errors={errors} />
      </section>

      <section className="card form" aria-labelledby={`${ids}-when`}>
        <h2 id={`${ids}-when`}>{t('meetings.form.section.when')}</h2>
        <p className="muted">{t('meetings.form.zoneNote', { zone: zoneLabel(m.timeZone) })}</p>
        {occurrence ? (
          <>
            <DateField name="startDate" label={t('meetings.form.date')} value={values.startDate} onChange={(v) => set('startDate', v)} error={errors.startDate ?? errors.startsAt} isRequired />
            <div className="meetings-row">
              <TimeField name="startTime" label={t('meetings.form.startTime')} value={values.startTime} onChange={(v) => set('startTime', v)} error={errors.startTime} isRequired />
              <TimeField name="endTime" label={t('meetings.form.endTime')} value={values.endTime} onChange={(v) => set('endTime', v)} error={errors.endTime ?? errors.endsAt} isRequired />
            </div>
          </>
        ) : (
          <>
            <p className="field-help">{t('meetings.form.scope.seriesTimesHelp')}</p>
            <div className="meetings-row">
              <TimeField name="startTime" label={t('meetings.form.startTime')} value={values.seriesStart} onChange={(v) => set('seriesStart', v)} error={errors.startTime} isRequired />
              <TimeField name="endTime" label={t('meetings.form.endTime')} value={values.seriesEnd} onChange={(v) => set('seriesEnd', v)} error={errors.endTime} isRequired />
            </div>
          </>
        )}
      </section>

      {!occurrence || !inSeries ? (
        <section className="card form" aria-labelledby={`${ids}-who`}>
          <h2 id={`${ids}-who`}>{t('meetings.form.section.who')}</h2>
          <RolesField value={values.invitedRoles} onChange={(v) => set('invitedRoles', v)} error={errors.invitedRoles} />
          <ReminderField value={values.reminderMinutes} onChange={(v) => set('reminderMinutes', v)} error={errors.reminderMinutes} />
        </section>
      ) : null}

      <div className="form-actions">
        <SubmitButton isPending={save.isPending || save.isSuccess}>{occurrence ? t('meetings.form.saveOccurrence') : t('meetings.form.saveSeries')}</SubmitButton>
        <Link to={routePaths.meeting(m.id)}>{t('meetings.form.cancel')}</Link>
        {unchanged ? <StatusMessage tone="info">{t('meetings.form.noChanges')}</StatusMessage> : null}
      </div>
    </form>
  );
}
