import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { sessionKey, useMe } from '../../api/session';
import { ROLES, type AdminUser, type AdminUserPage, type Role } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { AdminBreadcrumb } from './AdminHomePage';
import { LoadMore } from '../../ui/LoadMore';

const PAGE_SIZE = 25;

export function AdminUsersPage() {
  const t = useT();
  const me = useMe();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const queryKey = ['admin', 'users', q] as const;

  const users = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/users', {
          params: { query: { q: q || undefined, cursor: pageParam ?? undefined, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const setRole = useMutation({
    mutationFn: (v: { user: AdminUser; role: Role }) =>
      unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id: v.user.id } }, body: { role: v.role } })),
    onSuccess: async (updated) => {
      queryClient.setQueriesData<InfiniteData<AdminUserPage>>({ queryKey: ['admin', 'users'] }, (old) =>
        old
          ? { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map((u) => (u.id === updated.id ? updated : u)) })) }
          : old,
      );
      if (updated.id === me?.id) await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });

  const rows = users.data?.pages.flatMap((p) => p.items) ?? [];
  const roleOptions = ROLES.map((r) => ({ id: r, label: t(`role.${r}` as const) }));

  return (
    <Page title={t('admin.users.title')} before={<AdminBreadcrumb />}>
      <form
        role="search"
        className="form form-inline search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const next = draft.trim();
          setParams(next ? { q: next } : {}, { replace: true });
        }}
      >
        <TextInput name="q" type="search" label={t('admin.users.search')} value={draft} onChange={setDraft} dir="auto" />
        <SubmitButton variant="secondary">{t('admin.users.searchSubmit')}</SubmitButton>
      </form>

      {setRole.isError ? <FormAlert error={setRole.error} /> : null}
      {setRole.isSuccess ? (
        <StatusMessage>
          <Msg
            id="admin.users.roleChanged"
            values={{ name: <UserText>{setRole.data.name}</UserText>, role: t(`role.${setRole.data.role}` as const) }}
          />
        </StatusMessage>
      ) : null}

      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <FormAlert error={users.error} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('admin.users.empty')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('admin.users.count', { count: rows.length })}
          </p>
          <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
            <table className="table">
              <caption id="users-caption" className="visually-hidden">
                {t('admin.users.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.col.name')}</th>
                  <th scope="col">{t('admin.users.col.email')}</th>
                  <th scope="col">{t('admin.users.col.verified')}</th>
                  <th scope="col">{t('admin.users.col.createdAt')}</th>
                  <th scope="col">{t('admin.users.col.role')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <Link to={routePaths.user(u.id)}>
                        <bdi>{u.name}</bdi>
                      </Link>
                    </td>
                    <td>
                      <Ltr>{u.email}</Ltr>
                    </td>
                    <td>{u.emailVerified ? t('common.yes') : t('common.no')}</td>
                    <td>{formatDate(u.createdAt, locale, { arCalendar })}</td>
                    <td>
                      <SelectField<Role>
                        className="select-compact"
                        name={`role.${u.id}`}
                        label={t('admin.users.roleOf', { name: u.name, email: u.email })}
                        hideLabel
                        value={u.role}
                        options={roleOptions}
                        isDisabled={setRole.isPending}
                        onChange={(role) => setRole.mutate({ user: u, role })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={users} />
        </>
      )}
    </Page>
  );
}
