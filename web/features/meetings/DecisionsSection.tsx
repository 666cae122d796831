import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, fieldKey, unwrap } from '../../api/client';
import type { ActionItem, DecisionInputBody, Meeting, MeetingDecision, Minutes } from '../../api/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { PersonPicker, type PickedPerson } from '../../ui/PersonPicker';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { ActionStatusBadges, ActionStatusControl } from './ActionStatusControl';
import { rowErrors, todayIso } from './minutesModel';
import './minutes.css';

interface Props {
  meeting: Meeting;
  minutes: Minutes;
  onMinutes: (m: Minutes) => void;
}

/** The same minutes with one action replaced (after its status changed). */
const withAction = (m: Minutes, a: ActionItem): Minutes => ({
  ...m,
  decisions: m.decisions.map((d) => (d.id === a.decisionId ? { ...d, actions: d.actions.map((x) => (x.id === a.id ? a : x)) } : d)),
});

/** The meeting's decisions with their actions; the secretary records and edits them until the minutes are approved. */
export function DecisionsSection({ meeting, minutes, onMinutes }: Props) {
  const t = useT();
  const canEdit = minutes.can.write && minutes.state !== 'published' && minutes.state !== 'approved';
  if (minutes.decisions.length === 0 && !canEdit) return null;
  return (
    <section className="minutes-decisions" aria-labelledby="decisions-title">
      <h3 id="decisions-title">{t('meetings.decisions.title')}</h3>
      {minutes.decisions.length === 0 ? (
        <p className="muted small">{t('meetings.decisions.empty')}</p>
      ) : (
        <ol className="decision-list">
          {minutes.decisions.map((d, i) => (
            <DecisionItem key={d.id} number={i + 1} decision={d} minutes={minutes} canEdit={canEdit} onMinutes={onMinutes} />
          ))}
        </ol>
      )}
      {canEdit ? <NewDecision meeting={meeting} minutes={minutes} onMinutes={onMinutes} /> : null}
    </section>
  );
}

/** One action: what, who, by when, its status (a control for those who may move it). */
export function ActionLine({ action, onUpdated }: { action: ActionItem; onUpdated: (a: ActionItem) => void }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  return (
    <li className="minutes-action">
      <div className="minutes-action-main">
        <span className="minutes-action-title" dir="auto">
          {action.title}
        </span>
        <span className="small muted minutes-action-facts">
          <span>
            <Msg id="meetings.actions.owner" values={{ name: <UserText>{action.owner.name}</UserText> }} />
          </span>
          <span>
            {action.dueDate ? (
              <Msg id="meetings.actions.due" values={{ date: <time dateTime={action.dueDate}>{formatDate(action.dueDate, locale, { arCalendar })}</time> }} />
            ) : (
              t('meetings.actions.noDue')
            )}
          </span>
        </span>
      </div>
      <div className="minutes-action-state">
        {action.canUpdate ? (
          <>
            {action.overdue ? <span className="badge action-overdue">{t('meetings.overdue')}</span> : null}
            <ActionStatusControl action={action} onUpdated={onUpdated} />
          </>
        ) : (
          <ActionStatusBadges action={action} />
        )}
      </div>
    </li>
  );
}

function DecisionItem({ number, decision, minutes, canEdit, onMinutes }: { number: number; decision: MeetingDecision; minutes: Minutes; canEdit: boolean; onMinutes: (m: Minutes) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState(decision.text);
  const item = decision.agendaItemId ? minutes.items.find((i) => i.agendaItemId === decision.agendaItemId) : undefined;
  const alertRef = useRef<HTMLDivElement>(null);
  const update = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/decisions/{id}', { params: { path: { id: decision.id } }, body: { text: text.trim() } })),
    onSuccess: (m) => {
      setEditing(false);
      onMinutes(m);
    },
  });
  useEffect(() => {
    if (update.isError) alertRef.current?.focus();
  }, [update.isError, update.error]);

  return (
    <li className="decision">
      {editing ? (
        <form
          className="decision-edit"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) update.mutate();
          }}
        >
          <TextInput
            name="text"
            label={t('meetings.decisions.text')}
            value={text}
            onChange={setText}
            multiline
            rows={3}
            dir="auto"
            isRequired
            autoFocus
            error={!text.trim() ? t('meetings.decisions.textRequired') : undefined}
          />
          {update.isError ? <FormAlert ref={alertRef} error={update.error} others={update.error instanceof ApiError ? update.error.errors : undefined} /> : null}
          <div className="form-actions">
            <SubmitButton isPending={update.isPending}>{t('meetings.decisions.save')}</SubmitButton>
            <SubmitButton
              type="button"
              variant="secondary"
              onPress={() => {
                setEditing(false);
                setText(decision.text);
                update.reset();
              }}
            >
              {t('meetings.minutes.cancel')}
            </SubmitButton>
          </div>
        </form>
      ) : (
        <p className="decision-text">
          <span className="decision-number">{formatNumber(number, locale)}.</span>{' '}
          <bdi className="prewrap" dir="auto">
            {decision.text}
          </bdi>
        </p>
      )}
      {item ? (
        <p className="small muted decision-item">
          <Msg id="meetings.decisions.onItem" values={{ title: <UserText>{item.title}</UserText> }} />
        </p>
      ) : null}
      {decision.actions.length > 0 ? (
        <ul className="minutes-actions" aria-label={t('meetings.decisions.actionsOf')}>
          {decision.actions.map((a) => (
            <ActionLine key={a.id} action={a} onUpdated={(updated) => onMinutes(withAction(minutes, updated))} />
          ))}
        </ul>
      ) : null}
      {canEdit && !editing ? (
        <div className="form-actions decision-tools">
          <SubmitButton type="button" variant="secondary" onPress={() => setEditing(true)}>
            {t('meetings.decisions.edit')}
          </SubmitButton>
          <SubmitButton type="button" variant="secondary" onPress={() => setAdding((a) => !a)}>
            {adding ? t('meetings.decisions.closeAddAction') : t('meetings.decisions.addAction')}
          </SubmitButton>
          <ConfirmAction
            label={t('meetings.decisions.delete')}
            title={t('meetings.decisions.deleteTitle')}
            body={t('meetings.decisions.deleteBody')}
            confirm={t('meetings.decisions.deleteConfirm')}
            cancel={t('meetings.minutes.cancel')}
            action={() => unwrap(api.DELETE('/api/decisions/{id}', { params: { path: { id: decision.id } } }))}
            onDone={onMinutes}
          />
        </div>
      ) : null}
      {canEdit && adding ? (
        <AddAction
          decision={decision}
          onDone={(m) => {
            setAdding(false);
            onMinutes(m);
          }}
        />
      ) : null}
    </li>
  );
}

interface ActionDraft {
  key: number;
  title: string;
  owner: PickedPerson | null;
  dueDate: string;
}
type ActionErrors = Partial<Record<'title' | 'ownerId' | 'dueDate', string>>;

let nextKey = 1;
const blankAction = (): ActionDraft => ({ key: nextKey++, title: '', owner: null, dueDate: '' });

function checkAction(a: ActionDraft, t: ReturnType<typeof useT>): ActionErrors {
  const e: ActionErrors = {};
  if (!a.title.trim()) e.title = t('validation.required');
  if (!a.owner) e.ownerId = t('meetings.actions.ownerRequired');
  return e;
}

/** Title, owner (a community member) and due date (in the reader's calendar) of one action. */
function ActionFields({ draft, prefix, legend, errors, onChange, onRemove }: { draft: ActionDraft; prefix: string; legend: string; errors: ActionErrors; onChange: (d: ActionDraft) => void; onRemove?: () => void }) {
  const t = useT();
  return (
    <fieldset className="fieldset action-fields">
      <legend>{legend}</legend>
      <TextInput name={`${prefix}title`} label={t('meetings.actions.title')} value={draft.title} onChange={(title) => onChange({ ...draft, title })} dir="auto" error={errors.title} isRequired />
      {draft.owner ? (
        <div className="action-owner-picked">
          <p>
            <Msg id="meetings.actions.owner" values={{ name: <UserText>{draft.owner.name}</UserText> }} />
          </p>
          <SubmitButton type="button" variant="secondary" onPress={() => onChange({ ...draft, owner: null })}>
            {t('meetings.actions.changeOwner')}
          </SubmitButton>
        </div>
      ) : (
        <PersonPicker label={t('meetings.actions.ownerLabel')} name={`${prefix}ownerId`} description={t('meetings.actions.ownerHelp')} onPick={(owner) => onChange({ ...draft, owner })} />
      )}
      {errors.ownerId ? (
        <p className="field-error" role="alert">
          {errors.ownerId}
        </p>
      ) : null}
      <DateField
        name={`${prefix}dueDate`}
        label={t('meetings.actions.dueDate')}
        value={draft.dueDate}
        onChange={(dueDate) => onChange({ ...draft, dueDate })}
        error={errors.dueDate}
        min={todayIso()}
      />
      {onRemove ? (
        <div className="form-actions">
          <SubmitButton type="button" variant="secondary" onPress={onRemove}>
            {t('meetings.actions.remove')}
          </SubmitButton>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Records a new decision, optionally on an agenda item, with any number of actions. */
function NewDecision({ meeting, minutes, onMinutes }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('none');
  const [actions, setActions] = useState<ActionDraft[]>([]);
  const [client, setClient] = useState<{ text?: string; rows: Record<number, ActionErrors> } | null>(null);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const add = useMutation({
    mutationFn: () => {
      const body: DecisionInputBody = {
        text: text.trim(),
        agendaItemId: itemId === 'none' ? null : itemId,
        actions: actions.map((a) => ({ title: a.title.trim(), ownerId: a.owner!.id, dueDate: a.dueDate || null })),
      };
      return unwrap(api.POST('/api/meetings/{id}/decisions', { params: { path: { id: meeting.id } }, body }));
    },
    onSuccess: (m) => {
      setText('');
      setItemId('none');
      setActions([]);
      setOpen(false);
      setDone(true);
      onMinutes(m);
    },
  });

  const server = rowErrors(add.error, 'actions');
  const serverText = server.rest.find((e) => fieldKey(e.field) === 'text')?.message;
  const others = server.rest.filter((e) => fieldKey(e.field) !== 'text');
  const hasClient = client !== null && (client.text !== undefined || Object.keys(client.rows).length > 0);
  const textError = hasClient ? client.text : serverText;
  const rowError = (i: number): ActionErrors => (hasClient ? (client.rows[i] ?? {}) : (server.rows[i] ?? {}));
  useFocusOnError(formRef, alertRef, hasClient ? client : add.error);

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <div className="decision-new-closed">
        {done ? <StatusMessage>{t('meetings.decisions.added')}</StatusMessage> : null}
        <div className="form-actions">
          <SubmitButton
            type="button"
            onPress={() => {
              setDone(false);
              add.reset();
              setClient(null);
              setOpen(true);
            }}
          >
            {t('meetings.decisions.new')}
          </SubmitButton>
        </div>
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      className="decision-new"
      noValidate
      aria-labelledby="decision-new-title"
      onSubmit={(e) => {
        e.preventDefault();
        const rows: Record<number, ActionErrors> = {};
        actions.forEach((a, i) => {
          const errs = checkAction(a, t);
          if (Object.keys(errs).length) rows[i] = errs;
        });
        const next = { text: text.trim() ? undefined : t('meetings.decisions.textRequired'), rows };
        setClient(next);
        if (next.text === undefined && Object.keys(rows).length === 0) add.mutate();
      }}
    >
      <h4 id="decision-new-title" ref={headingRef} tabIndex={-1}>
        {t('meetings.decisions.new')}
      </h4>
      <TextInput name="text" label={t('meetings.decisions.text')} value={text} onChange={setText} multiline rows={3} dir="auto" error={textError} isRequired />
      {minutes.items.length > 0 ? (
        <SelectField<string>
          name="agendaItemId"
          label={t('meetings.decisions.agendaItem')}
          value={itemId}
          options={[{ id: 'none', label: t('meetings.decisions.noItem') }, ...minutes.items.map((i, n) => ({ id: i.agendaItemId, label: `${formatNumber(n + 1, locale)}. ${i.title}` }))]}
          onChange={setItemId}
        />
      ) : null}
      {actions.map((a, i) => (
        <ActionFields
          key={a.key}
          draft={a}
          prefix={`actions.${i}.`}
          legend={t('meetings.actions.legend', { n: formatNumber(i + 1, locale) })}
          errors={rowError(i)}
          onChange={(d) => setActions((old) => old.map((x) => (x.key === d.key ? d : x)))}
          onRemove={() => {
            setClient(null);
            add.reset();
            setActions((old) => old.filter((x) => x.key !== a.key));
          }}
        />
      ))}
      <div className="form-actions">
        <SubmitButton type="button" variant="secondary" onPress={() => setActions((old) => [...old, blankAction()])}>
          {t('meetings.actions.addRow')}
        </SubmitButton>
      </div>
      {hasClient || add.isError ? <FormErrorAlert ref={alertRef} hasClientErrors={hasClient} error={add.error} others={others} /> : null}
      <div className="form-actions">
        <SubmitButton isPending={add.isPending}>{t('meetings.decisions.submit')}</SubmitButton>
        <SubmitButton
          type="button"
          variant="secondary"
          onPress={() => {
            setOpen(false);
            add.reset();
            setClient(null);
          }}
        >
          {t('meetings.minutes.cancel')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Adds one action to a recorded decision; the owner is mailed. */
function AddAction({ decision, onDone }: { decision: MeetingDecision; onDone: (m: Minutes) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<ActionDraft>(blankAction);
  const [client, setClient] = useState<ActionErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/decisions/{id}/actions', { params: { path: { id: decision.id } }, body: { title: draft.title.trim(), ownerId: draft.owner!.id, dueDate: draft.dueDate || null } })),
    onSuccess: onDone,
  });
  const serverErrors: ActionErrors = {};
  const others: { field: string; message: string }[] = [];
  if (add.error instanceof ApiError) {
    for (const e of add.error.errors) {
      const k = fieldKey(e.field);
      if (k === 'title' || k === 'ownerId' || k === 'dueDate') serverErrors[k] ??= e.message;
      else others.push(e);
    }
  }
  const hasClient = client !== null && Object.keys(client).length > 0;
  useFocusOnError(formRef, alertRef, hasClient ? client : add.error);
  return (
    <form
      ref={formRef}
      className="decision-add-action"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const errs = checkAction(draft, t);
        setClient(errs);
        if (Object.keys(errs).length === 0) add.mutate();
      }}
    >
      <ActionFields draft={draft} prefix="" legend={t('meetings.decisions.addAction')} errors={hasClient ? client : serverErrors} onChange={setDraft} />
      {hasClient || add.isError ? <FormErrorAlert ref={alertRef} hasClientErrors={hasClient} error={add.error} others={others} /> : null}
      <div className="form-actions">
        <SubmitButton isPending={add.isPending}>{t('meetings.actions.submit')}</SubmitButton>
      </div>
    </form>
  );
}
