import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { GEOGRAPHIES, KINDS, LEVELS, type Community, type CommunityEvent } from '../../api/types';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { PersonLink, communityKeys, useRefreshCommunity } from './shared';
import { LoadMore } from '../../ui/LoadMore';
import { CommunityCalendarFields } from '../meetings/MeetingFormFields';

// ---------------------------------------------------------------------------------------------
// Join requests

export function JoinRequests({ c }: { c: Community }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const refresh = useRefreshCommunity();
  const requests = useQuery({
    queryKey: communityKeys.joinRequests(c.slug),
    queryFn: () => unwrap(api.GET('/api/communities/{slug}/join-requests', { params: { path: { slug: c.slug } } })),
  });
  const decide = useMutation({
    mutationFn: (v: { userId: string; name: string; accept: boolean }) =>
      unwrap(
        api.POST(v.accept ? '/api/communities/{slug}/join-requests/{userId}/approve' : '/api/communities/{slug}/join-requests/{userId}/decline', {
          params: { path: { slug: c.slug, userId: v.userId } },
        }),
      ),
    onSuccess: () => refresh(c.slug),
  });
  const items = requests.data?.items ?? [];

  return (
    <section className="card tool-card" aria-labelledby="requests-title">
      <h2 id="requests-title">
        {t('community.requests.title')}
        {items.length > 0 ? <span className="count-pill">{formatNumber(items.length, locale)}</span> : null}
      </h2>
      {decide.isError ? <FormAlert error={decide.error} /> : null}
      {decide.isSuccess ? (
        <StatusMessage>
          <Msg
            id={decide.variables.accept ? 'community.requests.approved' : 'community.requests.declined'}
            values={{ name: <UserText>{decide.variables.name}</UserText> }}
          />
        </StatusMessage>
      ) : null}
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <FormAlert error={requests.error} />
      ) : items.length === 0 ? (
        <p className="empty">{t('community.requests.empty')}</p>
      ) : (
        <ul className="item-list">
          {items.map((r) => {
            const busy = decide.isPending && decide.variables.userId === r.userId;
            return (
              <li key={r.userId}>
                <div className="item-main">
                  <div className="item-title">
                    <PersonLink id={r.userId} name={r.name} />
                  </div>
                  <div className="item-meta">{t('community.requests.at', { date: formatDate(r.at, locale, { arCalendar }) })}</div>
                  {r.note ? (
                    <p className="item-note" dir="auto">
                      {r.note}
                    </p>
                  ) : null}
                </div>
                <div className="item-actions">
                  <SubmitButton
                    type="button"
                    isPending={busy && decide.variables.accept}
                    onPress={() => decide.mutate({ userId: r.userId, name: r.name, accept: true })}
                  >
                    {t('community.requests.approve')}
                  </SubmitButton>
                  <SubmitButton
                    type="button"
                    variant="secondary"
                    isPending={busy && !decide.variables.accept}
                    onPress={() => decide.mutate({ userId: r.userId, name: r.name, accept: false })}
                  >
                    {t('community.requests.decline')}
                  </SubmitButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Edit the profile

const TEXT_FIELDS = ['title', 'domain', 'goals', 'description'] as const;
const CHOICES = {
  kind: KINDS,
  level: LEVELS,
  geography: GEOGRAPHIES,
  structure: ['horizontal', 'vertical'],
  formality: ['formal', 'informal'],
  visibility: ['public', 'private'],
  joinPolicy: ['open', 'request', 'invitation'],
} as const satisfies { [K in keyof Community]?: readonly Community[K][] };
type ChoiceField = keyof typeof CHOICES;
type EditValues = Pick<Community, (typeof TEXT_FIELDS)[number] | ChoiceField | 'calendar' | 'timeZone'>;
const CHOICE_FIELDS = Object.keys(CHOICES) as ChoiceField[];
const EDIT_FIELDS = [...TEXT_FIELDS, ...CHOICE_FIELDS, 'calendar', 'timeZone'];

function editValues(c: Community): EditValues {
  return {
    title: c.title,
    domain: c.domain,
    goals: c.goals,
    description: c.description,
    kind: c.kind,
    level: c.level,
    geography: c.geography,
    structure: c.structure,
    formality: c.formality,
    visibility: c.visibility,
    joinPolicy: c.joinPolicy,
    calendar: c.calendar,
    timeZone: c.timeZone,
  };
}

export function EditCommunity({ c }: { c: Community }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <section className="card tool-card" aria-labelledby="edit-title">
      <h2 id="edit-title" className="disclosure-heading">
        <button type="button" className="disclosure-toggle" aria-expanded={open} aria-controls="edit-panel" onClick={() => setOpen((o) => !o)}>
          <span>{t('community.edit.title')}</span>
          <svg className="disclosure-chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </button>
      </h2>
      <div id="edit-panel" hidden={!open}>
        {open ? <EditForm key={c.slug} c={c} onClose={() => setOpen(false)} /> : null}
      </div>
    </section>
  );
}

function EditForm({ c, onClose }: { c: Community; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<EditValues>(() => editValues(c));
  const [unchanged, setUnchanged] = useState(false);
  const save = useMutation({
    mutationFn: (patch: Partial<EditValues>) => unwrap(api.PATCH('/api/communities/{slug}', { params: { path: { slug: c.slug } }, body: patch })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(communityKeys.detail(c.slug), updated);
      setValues(editValues(updated));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: communityKeys.lists }),
        queryClient.invalidateQueries({ queryKey: communityKeys.history(c.slug) }),
      ]);
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(save.error, EDIT_FIELDS);
  const set =
    <K extends keyof EditValues>(k: K) =>
    (v: EditValues[K]) => {
      save.reset();
      setUnchanged(false);
      setValues((old) => ({ ...old, [k]: v }));
    };

  const send = () => {
    const original = editValues(c);
    const patch: Partial<Record<keyof EditValues, string>> = {};
    for (const k of TEXT_FIELDS) if (values[k].trim() !== original[k]) patch[k] = values[k].trim();
    for (const k of CHOICE_FIELDS) if (values[k] !== original[k]) patch[k] = values[k];
    if (values.calendar !== original.calendar) patch.calendar = values.calendar;
    if (values.timeZone !== original.timeZone) patch.timeZone = values.timeZone;
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    save.mutate(patch as Partial<EditValues>);
  };

  const text = (k: (typeof TEXT_FIELDS)[number], extra: { multiline?: boolean; rows?: number; isRequired?: boolean } = {}) => (
    <TextInput name={k} label={t(`community.field.${k}`)} value={values[k]} onChange={set(k)} error={fieldErrors[k]} dir="auto" {...extra} />
  );
  const choice = <K extends ChoiceField>(k: K) => (
    <SelectField<EditValues[K]>
      name={k}
      label={t(`community.field.${k}`)}
      value={values[k]}
      options={(CHOICES[k] as unknown as readonly EditValues[K][]).map((v) => ({ id: v, label: t(`${k}.${v}` as MessageId) }))}
      onChange={set(k)}
    />
  );

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      aria-labelledby="edit-title"
      onSubmit={onSubmit(() => requiredErrors(values, ['title', 'domain'], t('validation.required')), send)}
    >
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={save.error} others={otherErrors} />
      {text('title', { isRequired: true })}
      {text('domain', { multiline: true, rows: 2, isRequired: true })}
      {text('goals', { multiline: true, rows: 4 })}
      {text('description', { multiline: true, rows: 5 })}
      <div className="form-grid">
        {choice('kind')}
        {choice('level')}
        {choice('geography')}
        {choice('structure')}
        {choice('formality')}
        {choice('visibility')}
        {choice('joinPolicy')}
      </div>
      <CommunityCalendarFields calendar={values.calendar} timeZone={values.timeZone} onCalendar={set('calendar')} onTimeZone={set('timeZone')} errors={fieldErrors} />
      {fieldErrors.kind || fieldErrors.level || fieldErrors.geography || fieldErrors.structure || fieldErrors.formality || fieldErrors.visibility || fieldErrors.joinPolicy ? (
        <ul className="field-error">
          {CHOICE_FIELDS.filter((k) => fieldErrors[k]).map((k) => (
            <li key={k}>
              {t(`community.field.${k}`)}: {fieldErrors[k]}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{t('community.edit.save')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" onPress={onClose}>
          {t('community.cancel')}
        </SubmitButton>
        {save.isSuccess ? <StatusMessage>{t('community.edit.saved')}</StatusMessage> : null}
        {unchanged ? <StatusMessage tone="info">{t('community.edit.noChanges')}</StatusMessage> : null}
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Lifecycle (administrators)

type State = Community['state'];
const MOVES: Record<State, State[]> = {
  active: ['at_risk', 'dissolved'],
  at_risk: ['active', 'dissolved'],
  dissolved: ['active'],
};

function moveLabel(from: State, to: State): MessageId {
  if (to === 'active') return from === 'dissolved' ? 'community.state.move.reactivate' : 'community.state.move.active';
  return `community.state.move.${to}`;
}

export function Lifecycle({ c }: { c: Community }) {
  const t = useT();
  const queryClient = useQueryClient();
  const moves = MOVES[c.state];
  const [to, setTo] = useState<State>(moves[0]!);
  const [reason, setReason] = useState('');
  const target = moves.includes(to) ? to : moves[0]!;
  const change = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/communities/{slug}/state', { params: { path: { slug: c.slug } }, body: { state: target, reason: reason.trim() } })),
    onSuccess: async (updated) => {
      setReason('');
      queryClient.setQueryData(communityKeys.detail(c.slug), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: communityKeys.detail(c.slug) }),
        queryClient.invalidateQueries({ queryKey: communityKeys.lists }),
      ]);
    },
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(change.error, ['state', 'reason']);

  return (
    <section className="card tool-card" aria-labelledby="state-title">
      <h2 id="state-title">{t('community.state.title')}</h2>
      <p>{t('community.state.current', { state: t(`state.${c.state}`) })}</p>
      {change.isSuccess ? <StatusMessage>{t('community.state.changed', { state: t(`state.${change.data.state}`) })}</StatusMessage> : null}
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-labelledby="state-title"
        onSubmit={onSubmit(
          () => requiredErrors({ reason }, ['reason'], t('validation.required')),
          () => change.mutate(),
        )}
      >
        <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={change.error} others={otherErrors} />
        <SelectField<State>
          name="state"
          label={t('community.state.next')}
          value={target}
          options={moves.map((m) => ({ id: m, label: t(moveLabel(c.state, m)) }))}
          onChange={(v) => {
            change.reset();
            setTo(v);
          }}
        />
        {target === 'dissolved' ? (
          <div className="alert alert-info">
            <p>{t('community.state.dissolveWarning')}</p>
          </div>
        ) : null}
        <TextInput
          name="reason"
          label={t('community.state.reasonLabel')}
          description={t('community.state.reasonHelp')}
          value={reason}
          onChange={(v) => {
            change.reset();
            setReason(v);
          }}
          error={fieldErrors.reason}
          multiline
          rows={3}
          dir="auto"
          isRequired
        />
        <div className="form-actions">
          <SubmitButton isPending={change.isPending}>{t('community.state.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// History

const KNOWN_ACTIONS = [
  'created',
  'invited',
  'joined',
  'join_requested',
  'join_approved',
  'join_declined',
  'left',
  'removed',
  'chair_handed_over',
  'role_changed',
  'invitation_revoked',
  'invitation_accepted',
  'invitation_declined',
  'profile_edited',
  'state_changed',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];
const isKnown = (a: string): a is KnownAction => (KNOWN_ACTIONS as readonly string[]).includes(a);

const ROLE_VALUES = ['chair', 'facilitator', 'secretary', 'member', 'guest_expert'];
const STATE_VALUES = ['active', 'at_risk', 'dissolved'];

function HistoryEntry({ e }: { e: CommunityEvent }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const someone = t('community.history.someone');
  /** A role or state value from the event's detail, as its label. */
  const label = (v: string | null | undefined) => {
    if (!v) return '';
    if (e.action === 'state_changed' && STATE_VALUES.includes(v)) return t(`state.${v}` as MessageId);
    if (ROLE_VALUES.includes(v)) return t(`role.${v}` as MessageId);
    return v;
  };
  const subject = e.subjectName || e.detail.email || someone;
  const values = {
    actor: <UserText>{e.actorName || someone}</UserText>,
    subject: <UserText>{subject}</UserText>,
    role: label(e.detail.role),
    from: label(e.detail.from),
    to: label(e.detail.to),
    action: e.action,
  };
  return (
    <li>
      <p>
        <Msg id={isKnown(e.action) ? `community.history.${e.action}` : 'community.history.other'} values={values} />
      </p>
      {e.detail.reason ? (
        <p className="muted small" dir="auto">
          <Msg id="community.reason" values={{ reason: <UserText>{e.detail.reason}</UserText> }} />
        </p>
      ) : null}
      <time dateTime={e.at}>{formatDateTime(e.at, locale, { arCalendar })}</time>
    </li>
  );
}

export function History({ c }: { c: Community }) {
  const t = useT();
  const history = useInfiniteQuery({
    queryKey: communityKeys.history(c.slug),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/communities/{slug}/history', { params: { path: { slug: c.slug }, query: { cursor: pageParam ?? undefined, limit: 20 } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const events = history.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="card tool-card" aria-labelledby="history-title">
      <h2 id="history-title">{t('community.history.title')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <FormAlert error={history.error} />
      ) : events.length === 0 ? (
        <p className="empty">{t('community.history.empty')}</p>
      ) : (
        <>
          <ol className="timeline">
            {events.map((e, i) => (
              <HistoryEntry key={`${e.at}-${i}`} e={e} />
            ))}
          </ol>
          <LoadMore query={history} />
        </>
      )}
    </section>
  );
}
