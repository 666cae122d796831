import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { COMMUNITY_ROLES, type Community, type CommunityRole, type Member } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { LoadMore } from '../../ui/LoadMore';
import {
  CommunityBreadcrumb,
  ConfirmBox,
  DateField,
  MembersCount,
  PersonLink,
  communityKeys,
  endOfDayIso,
  todayIso,
  WithCommunity,
  useRefreshCommunity,
} from './shared';

const PAGE_SIZE = 50;
const ALL = 'all';
type PreviousChairRole = 'facilitator' | 'secretary' | 'member';
const PREVIOUS_CHAIR_ROLES = ['member', 'facilitator', 'secretary'] as const satisfies readonly PreviousChairRole[];

/** The one row being worked on: a chair handover, a guest expert's end date, or a removal. */
type Editing = { kind: 'handover'; member: Member } | { kind: 'guest'; member: Member } | { kind: 'remove'; member: Member };

interface RoleChange {
  member: Member;
  role: CommunityRole;
  accessEndsAt?: string;
  previousChairRole?: PreviousChairRole;
}

export function MembersPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('community.members')}>{(c) => <MembersView c={c} />}</WithCommunity>;
}

function MembersView({ c }: { c: Community }) {
  const t = useT();
  const me = useMe();
  const { locale, arCalendar } = useLocale();
  const refresh = useRefreshCommunity();
  const [params, setParams] = useSearchParams();
  const role = COMMUNITY_ROLES.find((r) => r === params.get('role'));
  const [editing, setEditing] = useState<Editing | null>(null);
  const can = c.viewer.can;
  const chair = c.leaders.find((l) => l.role === 'chair');

  const members = useInfiniteQuery({
    queryKey: communityKeys.members(c.slug, role ?? ALL),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/communities/{slug}/members', {
          params: { path: { slug: c.slug }, query: { role, cursor: pageParam ?? undefined, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const changeRole = useMutation({
    mutationFn: (v: RoleChange) =>
      unwrap(
        api.PATCH('/api/communities/{slug}/members/{userId}', {
          params: { path: { slug: c.slug, userId: v.member.userId } },
          body: { role: v.role, accessEndsAt: v.accessEndsAt, previousChairRole: v.previousChairRole },
        }),
      ),
    onSuccess: async () => {
      setEditing(null);
      await refresh(c.slug);
    },
  });
  const remove = useMutation({
    mutationFn: (v: { member: Member; reason: string }) =>
      unwrap(
        api.POST('/api/communities/{slug}/members/{userId}/remove', {
          params: { path: { slug: c.slug, userId: v.member.userId } },
          body: { reason: v.reason },
        }),
      ),
    onSuccess: async () => {
      setEditing(null);
      await refresh(c.slug);
    },
  });

  const startEditing = (next: Editing | null) => {
    changeRole.reset();
    remove.reset();
    setEditing(next);
  };

  /** Facilitators remove members but not other facilitators; nobody removes the chair (or themselves: they leave). */
  const canRemove = (m: Member) =>
    can.manageMembers &&
    m.role !== 'chair' &&
    m.userId !== me?.id &&
    !(c.viewer.role === 'facilitator' && m.role === 'facilitator' && me?.role !== 'admin');

  const onRoleSelected = (m: Member, next: CommunityRole) => {
    if (next === m.role) return;
    if (next === 'chair') startEditing({ kind: 'handover', member: m });
    else if (next === 'guest_expert') startEditing({ kind: 'guest', member: m });
    else {
      startEditing(null);
      changeRole.mutate({ member: m, role: next });
    }
  };

  const rows = members.data?.pages.flatMap((p) => p.items) ?? [];
  const showActions = can.manageMembers;
  const columns = 4 + (showActions ? 1 : 0);
  const roleOptions = COMMUNITY_ROLES.map((r) => ({ id: r, label: t(`role.${r}`) }));

  return (
    <Page
      title={t('members.title', { title: c.title })}
      heading={<Msg id="members.title" values={{ title: <bdi dir="auto">{c.title}</bdi> }} />}
      before={<CommunityBreadcrumb community={c} />}
    >
      <div className="members-toolbar">
        <SelectField<CommunityRole | typeof ALL>
          name="role"
          label={t('members.filter.role')}
          value={role ?? ALL}
          options={[{ id: ALL, label: t('members.filter.all') }, ...roleOptions]}
          onChange={(v) => {
            startEditing(null);
            setParams(v === ALL ? {} : { role: v }, { replace: true });
          }}
        />
        <p className="muted">
          <MembersCount count={c.membersCount} />
          {' · '}
          <Link to={routePaths.community(c.slug)}>{t('members.back')}</Link>
        </p>
      </div>
      {can.changeRoles ? <p className="muted small">{t('members.manageHint')}</p> : null}

      {changeRole.isError ? <FormAlert error={changeRole.error} /> : null}
      {remove.isError ? <FormAlert error={remove.error} /> : null}
      {changeRole.isSuccess ? (
        <StatusMessage>
          {changeRole.variables.role === 'chair' ? (
            <Msg id="members.chairHandedOver" values={{ name: <UserText>{changeRole.variables.member.name}</UserText> }} />
          ) : (
            <Msg
              id="members.roleChanged"
              values={{ name: <UserText>{changeRole.variables.member.name}</UserText>, role: t(`role.${changeRole.variables.role}`) }}
            />
          )}
        </StatusMessage>
      ) : null}
      {remove.isSuccess ? (
        <StatusMessage>
          <Msg id="members.removed" values={{ name: <UserText>{remove.variables.member.name}</UserText> }} />
        </StatusMessage>
      ) : null}

      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <FormAlert error={members.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('members.empty')}</p>
      ) : (
        <>
          <div className="table-wrap" role="region" aria-labelledby="members-caption" tabIndex={0}>
            <table className="table members-table">
              <caption id="members-caption" className="visually-hidden">
                {t('members.list')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('members.col.name')}</th>
                  <th scope="col">{t('members.col.organization')}</th>
                  <th scope="col">{t('members.col.role')}</th>
                  <th scope="col">{t('members.col.since')}</th>
                  {showActions ? <th scope="col">{t('members.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => {
                  const open = editing?.member.userId === m.userId ? editing : null;
                  const pendingRole = open?.kind === 'handover' ? 'chair' : open?.kind === 'guest' ? 'guest_expert' : m.role;
                  return (
                    <Fragment key={m.userId}>
                      <tr className={open ? 'member-editing' : undefined}>
                        <td>
                          <PersonLink id={m.userId} name={m.name} />
                        </td>
                        <td>{m.organization ? <bdi>{m.organization}</bdi> : <span className="muted">—</span>}</td>
                        <td>
                          {can.changeRoles && m.role !== 'chair' ? (
                            <SelectField<CommunityRole>
                              className="select-compact"
                              name={`role.${m.userId}`}
                              label={t('members.roleOf', { name: m.name })}
                              hideLabel
                              value={pendingRole}
                              options={roleOptions}
                              isDisabled={changeRole.isPending}
                              onChange={(next) => onRoleSelected(m, next)}
                            />
                          ) : (
                            <span className={`community-badge ${m.role === 'chair' ? '' : 'community-badge-muted'}`}>{t(`role.${m.role}`)}</span>
                          )}
                          {m.role === 'guest_expert' && m.accessEndsAt ? (
                            <div className="muted small">{t('members.until', { date: formatDate(m.accessEndsAt, locale, { arCalendar }) })}</div>
                          ) : null}
                        </td>
                        <td className="cell-nowrap">{formatDate(m.since, locale, { arCalendar })}</td>
                        {showActions ? (
                          <td>
                            {canRemove(m) ? (
                              <div className="member-actions">
                                <SubmitButton type="button" variant="secondary" onPress={() => startEditing({ kind: 'remove', member: m })}>
                                  {t('members.remove')}
                                </SubmitButton>
                              </div>
                            ) : null}
                          </td>
                        ) : null}
                      </tr>
                      {open ? (
                        <tr className="member-editing">
                          <td colSpan={columns}>
                            <div className="member-panel">
                              {open.kind === 'handover' ? (
                                <HandoverPanel
                                  member={m}
                                  chairName={chair?.name ?? ''}
                                  isPending={changeRole.isPending}
                                  onConfirm={(previousChairRole) => changeRole.mutate({ member: m, role: 'chair', previousChairRole })}
                                  onCancel={() => startEditing(null)}
                                />
                              ) : open.kind === 'guest' ? (
                                <GuestPanel
                                  isPending={changeRole.isPending}
                                  onSave={(day) => changeRole.mutate({ member: m, role: 'guest_expert', accessEndsAt: endOfDayIso(day) })}
                                  onCancel={() => startEditing(null)}
                                />
                              ) : (
                                <RemovePanel
                                  member={m}
                                  isPending={remove.isPending}
                                  onRemove={(reason) => remove.mutate({ member: m, reason })}
                                  onCancel={() => startEditing(null)}
                                />
                              )}
                            </div>
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          <LoadMore query={members} />
        </>
      )}
    </Page>
  );
}

function HandoverPanel(props: {
  member: Member;
  chairName: string;
  isPending: boolean;
  onConfirm: (previousChairRole: PreviousChairRole) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [previous, setPrevious] = useState<PreviousChairRole>('member');
  return (
    <ConfirmBox confirmLabel={t('members.handover.yes')} isPending={props.isPending} onConfirm={() => props.onConfirm(previous)} onCancel={props.onCancel}>
      <p>
        <Msg
          id="members.handover.confirm"
          values={{
            name: <UserText>{props.member.name}</UserText>,
            chair: <UserText>{props.chairName || t('community.history.someone')}</UserText>,
          }}
        />
      </p>
      <SelectField<PreviousChairRole>
        name="previousChairRole"
        label={t('members.handover.previousRole')}
        value={previous}
        options={PREVIOUS_CHAIR_ROLES.map((r) => ({ id: r, label: t(`role.${r}`) }))}
        onChange={setPrevious}
      />
    </ConfirmBox>
  );
}

function GuestPanel(props: { isPending: boolean; onSave: (day: string) => void; onCancel: () => void }) {
  const t = useT();
  const [day, setDay] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!day) {
          setError(t('validation.required'));
          return;
        }
        props.onSave(day);
      }}
    >
      <p>{t('members.guest.needsDate')}</p>
      <DateField
        name="accessEndsAt"
        label={t('community.invite.accessEndsAt')}
        description={t('community.invite.accessEndsAtHelp')}
        value={day}
        onChange={(v) => {
          setError('');
          setDay(v);
        }}
        error={error}
        min={todayIso()}
        isRequired
      />
      <div className="form-actions">
        <SubmitButton isPending={props.isPending}>{t('members.guest.save')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" onPress={props.onCancel}>
          {t('community.cancel')}
        </SubmitButton>
      </div>
    </form>
  );
}

function RemovePanel(props: { member: Member; isPending: boolean; onRemove: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setError(t('validation.required'));
          return;
        }
        props.onRemove(reason.trim());
      }}
    >
      <h2 className="small">
        <Msg id="members.remove.title" values={{ name: <UserText>{props.member.name}</UserText> }} />
      </h2>
      <TextInput
        name="reason"
        label={t('members.remove.reason')}
        description={t('members.remove.reasonHelp')}
        value={reason}
        onChange={(v) => {
          setError('');
          setReason(v);
        }}
        error={error}
        multiline
        rows={2}
        dir="auto"
        isRequired
        autoFocus
      />
      <div className="form-actions">
        <SubmitButton isPending={props.isPending}>{t('members.remove.yes')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" onPress={props.onCancel}>
          {t('community.cancel')}
        </SubmitButton>
      </div>
    </form>
  );
}
