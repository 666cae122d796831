import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useErrorMessage } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import './minutes.css';

/** An action's status as a badge; "overdue" beside it when it is late. */
export function ActionStatusBadges({ action }: { action: Pick<ActionItem, 'status' | 'overdue'> }) {
  const t = useT();
  return (
    <span className="minutes-badges">
      <span className={`badge badge-dot action-status-${action.status}`}>{t(`meetings.actionStatus.${action.status}`)}</span>
      {action.overdue ? <span className="badge action-overdue">{t('meetings.overdue')}</span> : null}
    </span>
  );
}

/**
 * The status of an action, as a select (its owner, the secretary and the leaders): each choice is
 * saved at once (PATCH /api/actions/{id}); the answer goes to `onUpdated`.
 */
export function ActionStatusControl({ action, onUpdated }: { action: ActionItem; onUpdated: (updated: ActionItem) => void }) {
  const t = useT();
  const message = useErrorMessage();
  const save = useMutation({
    mutationFn: (status: ActionStatus) => unwrap(api.PATCH('/api/actions/{id}', { params: { path: { id: action.id } }, body: { status } })),
    onSuccess: onUpdated,
  });
  const shown = save.isPending && save.variables ? save.variables : action.status;
  return (
    <div className="action-status-control">
      <SelectField<ActionStatus>
        name="status"
        label={t('meetings.actions.statusOf', { title: action.title })}
        hideLabel
        className="select-compact"
        value={shown}
        options={ACTION_STATUSES.map((s) => ({ id: s, label: t(`meetings.actionStatus.${s}`) }))}
        onChange={(status) => save.mutate(status)}
        isDisabled={save.isPending}
      />
      <span className="action-status-note small" role="status">
        {save.isPending ? t('meetings.actions.saving') : save.isSuccess ? t('meetings.actions.saved') : ''}
      </span>
      {save.isError ? (
        <p className="field-error" role="alert">
          {message(save.error)}
        </p>
      ) : null}
    </div>
  );
}
