import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { AgendaItem, Meeting } from '../../api/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { PersonPicker, type PickedPerson } from '../../ui/PersonPicker';
import { ReorderButtons } from '../../ui/ReorderButtons';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/useFormErrors';
import { useReorderableList } from '../../ui/useReorderableList';
import { useMeetingUpdate } from './meetingHooks';
import { agendaMinutes, parseWholeNumber, sortedAgenda } from './meetingPageModel';

/**
 * The agenda: ordered items with presenter, minutes and description. The leaders and the
 * secretary add, edit, reorder and remove items and answer proposals; members propose items.
 */
export function AgendaSection({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const { locale } = useLocale();
  const items = sortedAgenda(m.agenda);
  const total = agendaMinutes(items);
  const editor = m.can.editAgenda;
  const proposer = m.can.proposeAgenda && !editor;

  return (
    <section className="card mtg-section" aria-labelledby="mtg-agenda">
      <div className="card-head">
        <h2 id="mtg-agenda">{t('meetings.agenda.title')}</h2>
        {total > 0 ? <span className="mtg-total">{t('meetings.agenda.total', { count: total, n: formatNumber(total, locale) })}</span> : null}
      </div>
      {items.length === 0 ? (
        <p className="empty">{t('meetings.agenda.empty')}</p>
      ) : editor ? (
        <EditableAgenda meeting={m} items={items} />
      ) : (
        <ol className="mtg-agenda">
          {items.map((item, i) => (
            <li key={item.id} className="mtg-agenda-row">
              <span className="mtg-agenda-number" aria-hidden="true">
                {formatNumber(i + 1, locale)}
              </span>
              <div className="mtg-agenda-body">
                <AgendaItemView item={item} />
                <OwnProposal meeting={m} item={item} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {editor ? <AddAgendaItem meeting={m} mode="add" /> : proposer ? <AddAgendaItem meeting={m} mode="propose" /> : null}
    </section>
  );
}

/** One item as everyone reads it. */
function AgendaItemView({ item }: { item: AgendaItem }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const presenter = item.presenter ? (
    <Link to={routePaths.user(item.presenter.id)}>
      <UserText>{item.presenter.name}</UserText>
    </Link>
  ) : item.presenterName.trim() ? (
    <UserText>{item.presenterName}</UserText>
  ) : null;
  return (
    <>
      <div className="mtg-agenda-head">
        <h3 className="mtg-agenda-title">
          <bdi dir="auto">{item.title}</bdi>
        </h3>
        {item.state === 'proposed' ? <span className="badge mtg-badge-proposed">{t('meetings.agenda.proposed')}</span> : null}
        {item.state === 'declined' ? <span className="badge mtg-badge-declined">{t('meetings.agenda.declined')}</span> : null}
      </div>
      {presenter || item.durationMinutes !== null || (item.proposedBy && item.state !== 'accepted') ? (
        <p className="mtg-agenda-meta small">
          {presenter ? (
            <span>
              <Msg id="meetings.agenda.presenter" values={{ name: presenter }} />
            </span>
          ) : null}
          {item.durationMinutes !== null ? <span>{t('meetings.agenda.minutes', { count: item.durationMinutes, n: formatNumber(item.durationMinutes, locale) })}</span> : null}
          {item.proposedBy && item.state !== 'accepted' ? (
            <span className="muted">
              <Msg id="meetings.agenda.proposedBy" values={{ name: <UserText>{item.proposedBy.name}</UserText> }} />
            </span>
          ) : null}
        </p>
      ) : null}
      {item.approvesMinutesOf ? (
        <p className="mtg-agenda-approves small">
          <Msg
            id="meetings.agenda.approvesMinutesOf"
            values={{
              meeting: (
                <Link to={routePaths.meeting(item.approvesMinutesOf.id)}>
                  <UserText>{item.approvesMinutesOf.title}</UserText>
                </Link>
              ),
              date: formatDate(item.approvesMinutesOf.startsAt, locale, { arCalendar }),
            }}
          />
        </p>
      ) : null}
      {item.description.trim() ? <Markdown source={item.description} /> : null}
    </>
  );
}

/** A member's own proposal, while it waits: they may edit or withdraw it. */
function OwnProposal({ meeting: m, item }: { meeting: Meeting; item: AgendaItem }) {
  const t = useT();
  const me = useMe();
  const update = useMeetingUpdate();
  const [editing, setEditing] = useState(false);
  if (item.state !== 'proposed' || !me || item.proposedBy?.id !== me.id || m.cancelled) return null;
  if (editing) return <AgendaItemForm meeting={m} item={item} mode="edit" onClose={() => setEditing(false)} />;
  const title = item.title;
  return (
    <div className="mtg-row-actions">
      <Button className="button button-secondary button-compact" onPress={() => setEditing(true)} aria-label={t('meetings.agenda.editItem', { title })}>
        {t('meetings.agenda.edit')}
      </Button>
      <ConfirmAction
        label={t('meetings.agenda.withdraw')}
        title={t('meetings.agenda.withdrawTitle')}
        body={t('meetings.agenda.withdrawBody', { title })}
        confirm={t('meetings.agenda.withdrawConfirm')}
        cancel={t('meetings.agenda.keep')}
        action={() => unwrap(api.DELETE('/api/agenda-items/{id}', { params: { path: { id: item.id } } }))}
        onDone={update}
      />
    </div>
  );
}

interface Entry {
  uid: string;
  item: AgendaItem;
}

/** The agenda as the leaders and the secretary edit it: each row with its buttons; moves and removals are saved at once. */
function EditableAgenda({ meeting: m, items }: { meeting: Meeting; items: AgendaItem[] }) {
  const t = useT();
  const { locale } = useLocale();
  const update = useMeetingUpdate();
  const [override, setOverride] = useState<AgendaItem[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const shown = override ?? items;
  const entries: Entry[] = shown.map((item) => ({ uid: item.id, item }));

  const reorder = useMutation({
    mutationFn: (ids: string[]) => unwrap(api.PUT('/api/meetings/{id}/agenda/order', { params: { path: { id: m.id } }, body: { ids } })),
    onSuccess: update,
    onSettled: () => setOverride(null),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/agenda-items/{id}', { params: { path: { id } } })),
    onSuccess: update,
    onSettled: () => setOverride(null),
  });
  const answer = useMutation({
    mutationFn: (v: { id: string; accept: boolean }) => unwrap(api.POST('/api/agenda-items/{id}/answer', { params: { path: { id: v.id } }, body: { accept: v.accept } })),
    onSuccess: update,
  });

  const titleOf = (e: Entry) => e.item.title;
  const list = useReorderableList<Entry>({
    entries,
    onChange: (next) => {
      setOverride(next.map((e) => e.item));
      if (next.length === entries.length) reorder.mutate(next.map((e) => e.uid));
      else {
        const gone = entries.find((e) => !next.some((x) => x.uid === e.uid));
        if (gone) remove.mutate(gone.uid);
      }
    },
    fieldName: (i) => `agenda.${i}.edit`,
    moved: (e, _from, to) => t('meetings.agenda.moved', { title: titleOf(e), n: formatNumber(to + 1, locale), total: formatNumber(entries.length, locale) }),
    removed: (e) => t('meetings.agenda.removed', { title: titleOf(e) }),
  });
  const failure = reorder.error ?? remove.error ?? answer.error;
  const busy = reorder.isPending || remove.isPending;

  return (
    <>
      {failure ? <FormAlert error={failure} /> : null}
      <ol className="reorder-list mtg-agenda-edit" ref={list.listRef} aria-busy={busy || undefined}>
        {entries.map((e, i) => {
          const item = e.item;
          const title = item.title;
          return (
            <li key={e.uid} className="reorder-row">
              <span className="reorder-number" aria-hidden="true">
                {formatNumber(i + 1, locale)}
              </span>
              <div className="mtg-agenda-body">
                {editing === item.id ? (
                  <AgendaItemForm meeting={m} item={item} mode="edit" onClose={() => setEditing(null)} />
                ) : (
                  <>
                    <AgendaItemView item={item} />
                    <div className="mtg-row-actions">
                      <Button className="button button-secondary button-compact" name={`agenda.${i}.edit`} onPress={() => setEditing(item.id)} aria-label={t('meetings.agenda.editItem', { title })}>
                        {t('meetings.agenda.edit')}
                      </Button>
                      {item.state === 'proposed' && m.can.edit ? (
                        <>
                          <Button className="button button-primary button-compact" isPending={answer.isPending} onPress={() => answer.mutate({ id: item.id, accept: true })} aria-label={t('meetings.agenda.acceptItem', { title })}>
                            {t('meetings.agenda.accept')}
                          </Button>
                          <Button className="button button-secondary button-compact" isPending={answer.isPending} onPress={() => answer.mutate({ id: item.id, accept: false })} aria-label={t('meetings.agenda.declineItem', { title })}>
                            {t('meetings.agenda.decline')}
                          </Button>
                        </>
                      ) : null}
                    </div>
                  </>
                )}
                {removing === item.id ? (
                  <div className="alert alert-warning mtg-remove-confirm" role="group" aria-label={t('meetings.agenda.removeTitle')}>
                    <p>{t('meetings.agenda.removeBody', { title })}</p>
                    <div className="form-actions">
                      <Button
                        className="button button-secondary danger-button button-compact"
                        autoFocus
                        onPress={() => {
                          setRemoving(null);
                          list.remove(i);
                        }}
                      >
                        {t('meetings.agenda.removeConfirm')}
                      </Button>
                      <Button className="button button-secondary button-compact" onPress={() => setRemoving(null)}>
                        {t('meetings.agenda.keep')}
                      </Button>
                    </div>
                  </div>
                ) : null}
              </div>
              <ReorderButtons
                id={e.uid}
                index={i}
                count={entries.length}
                labels={{
                  group: t('meetings.agenda.actions', { title }),
                  up: t('meetings.agenda.up', { title }),
                  down: t('meetings.agenda.down', { title }),
                  remove: t('meetings.agenda.remove', { title }),
                }}
                onMove={(by) => {
                  if (!busy) list.move(i, by);
                }}
                onRemove={() => setRemoving(item.id)}
              />
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {list.announce}
      </p>
    </>
  );
}

const FIELDS = ['title', 'description', 'presenterId', 'presenterName', 'durationMinutes'] as const;

/** The button that opens the form to add (leaders, secretary) or propose (members) an item. */
function AddAgendaItem({ meeting: m, mode }: { meeting: Meeting; mode: 'add' | 'propose' }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <div className="mtg-add">
      {done && !open ? <StatusMessage>{mode === 'add' ? t('meetings.agenda.added') : t('meetings.agenda.proposalSent')}</StatusMessage> : null}
      {open ? (
        <AgendaItemForm
          meeting={m}
          mode={mode}
          onClose={(saved) => {
            setOpen(false);
            setDone(Boolean(saved));
          }}
        />
      ) : (
        <Button
          className="button button-secondary"
          onPress={() => {
            setOpen(true);
            setDone(false);
          }}
        >
          {mode === 'add' ? t('meetings.agenda.add') : t('meetings.agenda.propose')}
        </Button>
      )}
    </div>
  );
}

/** Title, description (Markdown), presenter (a member, or a name) and minutes of an item. */
function AgendaItemForm({ meeting: m, item, mode, onClose }: { meeting: Meeting; item?: AgendaItem; mode: 'add' | 'propose' | 'edit'; onClose: (saved?: boolean) => void }) {
  const t = useT();
  const ids = useId();
  const update = useMeetingUpdate();
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [presenter, setPresenter] = useState<PickedPerson | null>(item?.presenter ?? null);
  const [presenterName, setPresenterName] = useState(item?.presenterName ?? '');
  const [minutes, setMinutes] = useState(item?.durationMinutes != null ? String(item.durationMinutes) : '');

  const save = useMutation({
    mutationFn: () => {
      const body = {
        title: title.trim(),
        description,
        presenterId: presenter?.id ?? null,
        presenterName: presenter ? '' : presenterName.trim(),
        durationMinutes: parseWholeNumber(minutes),
      };
      return item
        ? unwrap(api.PATCH('/api/agenda-items/{id}', { params: { path: { id: item.id } }, body }))
        : unwrap(api.POST('/api/meetings/{id}/agenda', { params: { path: { id: m.id } }, body }));
    },
    onSuccess: (meeting) => {
      update(meeting);
      onClose(true);
    },
  });
  const form = useFormErrors(save.error, FIELDS);
  const check = () => {
    const errors: Record<string, string> = {};
    if (!title.trim()) errors.title = t('validation.required');
    const n = parseWholeNumber(minutes);
    if (n !== null && (Number.isNaN(n) || n < 1 || n > 600)) errors.durationMinutes = t('meetings.agenda.field.minutesInvalid');
    return errors;
  };
  const heading = mode === 'edit' ? t('meetings.agenda.editTitle') : mode === 'add' ? t('meetings.agenda.addTitle') : t('meetings.agenda.proposeTitle');

  return (
    <form ref={form.formRef} className="form mtg-agenda-form" noValidate aria-labelledby={`${ids}-h`} onSubmit={form.onSubmit(check, () => save.mutate())}>
      <h3 id={`${ids}-h`} className="mtg-form-title">
        {heading}
      </h3>
      {mode === 'propose' ? <p className="small muted">{t('meetings.agenda.proposeHelp')}</p> : null}
      <FormErrorAlert ref={form.alertRef} hasClientErrors={form.hasClientErrors} error={save.error} others={form.otherErrors} />
      <TextInput name="title" label={t('meetings.agenda.field.title')} value={title} onChange={setTitle} error={form.fieldErrors.title} dir="auto" isRequired autoFocus />
      <TextInput
        name="description"
        label={t('meetings.agenda.field.description')}
        description={t('meetings.agenda.field.descriptionHelp')}
        value={description}
        onChange={setDescription}
        error={form.fieldErrors.description}
        dir="auto"
        multiline
        rows={3}
      />
      <fieldset className="fieldset">
        <legend>{t('meetings.agenda.field.presenter')}</legend>
        {presenter ? (
          <div className="mtg-picked">
            <span>
              <UserText>{presenter.name}</UserText>
            </span>
            <Button className="button button-secondary button-compact" onPress={() => setPresenter(null)} aria-label={t('meetings.agenda.field.clearPresenter', { name: presenter.name })}>
              {t('meetings.agenda.field.change')}
            </Button>
          </div>
        ) : (
          <>
            <PersonPicker name="presenterId" label={t('meetings.agenda.field.presenterMember')} onPick={setPresenter} />
            {form.fieldErrors.presenterId ? <p className="field-error">{form.fieldErrors.presenterId}</p> : null}
            <TextInput
              name="presenterName"
              label={t('meetings.agenda.field.presenterName')}
              description={t('meetings.agenda.field.presenterNameHelp')}
              value={presenterName}
              onChange={setPresenterName}
              error={form.fieldErrors.presenterName}
              dir="auto"
            />
          </>
        )}
      </fieldset>
      <TextInput
        name="durationMinutes"
        label={t('meetings.agenda.field.minutes')}
        description={t('meetings.agenda.field.minutesHelp')}
        value={minutes}
        onChange={setMinutes}
        error={form.fieldErrors.durationMinutes}
        inputMode="numeric"
        dir="ltr"
      />
      <div className="form-actions">
        <SubmitButton isPending={save.isPending}>{mode === 'edit' ? t('meetings.agenda.save') : mode === 'add' ? t('meetings.agenda.addSubmit') : t('meetings.agenda.proposeSubmit')}</SubmitButton>
        <Button className="button button-secondary" onPress={() => onClose(false)}>
          {t('meetings.agenda.cancelForm')}
        </Button>
      </div>
    </form>
  );
}

/** Open actions from the community's earlier meetings, to follow up in this one. */
export function FollowUpsSection({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  if (m.followUps.length === 0) return null;
  return (
    <section className="card mtg-section" aria-labelledby="mtg-followups">
      <h2 id="mtg-followups">{t('meetings.agenda.followUps')}</h2>
      <p className="muted small">{t('meetings.agenda.followUpsLead')}</p>
      <ul className="mtg-followups">
        {m.followUps.map((a) => (
          <li key={a.id} className="mtg-followup">
            <div className="card-head">
              <h3 className="mtg-followup-title">
                <bdi dir="auto">{a.title}</bdi>
              </h3>
              <span className="mtg-followup-badges">
                <span className={`badge mtg-status-${a.status}`}>{t(`meetings.actionStatus.${a.status}`)}</span>
                {a.overdue ? <span className="badge badge-dot mtg-badge-overdue">{t('meetings.overdue')}</span> : null}
              </span>
            </div>
            <dl className="details details-inline small">
              <div>
                <dt>{t('meetings.agenda.owner')}</dt>
                <dd>
                  <UserText>{a.owner.name}</UserText>
                </dd>
              </div>
              <div>
                <dt>{t('meetings.agenda.due')}</dt>
                <dd>{a.dueDate ? <time dateTime={a.dueDate}>{formatDate(a.dueDate, locale, { arCalendar })}</time> : t('meetings.agenda.noDue')}</dd>
              </div>
              <div>
                <dt>{t('meetings.agenda.fromMeeting')}</dt>
                <dd>
                  <Link to={routePaths.meeting(a.meeting.id)}>
                    <UserText>{a.meeting.title}</UserText>
                  </Link>{' '}
                  <span className="muted">({formatDate(a.meeting.startsAt, locale, { arCalendar, timeZone: m.timeZone })})</span>
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
