import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { Ltr } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { AdminBreadcrumb } from './AdminHomePage';

/** One mail, as plain text: the body is never interpreted as HTML. */
function MailReader({ id }: { id: string }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const mail = useQuery({
    queryKey: ['admin', 'mail', id],
    queryFn: () => unwrap(api.GET('/api/admin/mailbox/{id}', { params: { path: { id } } })),
  });
  if (mail.isPending) return <Loading />;
  if (mail.isError) {
    return mail.error instanceof ApiError && mail.error.status === 404 ? (
      <p className="empty">{t('admin.mailbox.notFound')}</p>
    ) : (
      <FormAlert error={mail.error} />
    );
  }
  const m = mail.data;
  return (
    <article className="mail" aria-labelledby="mail-subject">
      <h2 id="mail-subject" dir="auto">
        {m.subject}
      </h2>
      <dl className="details details-inline">
        <div>
          <dt>{t('admin.mailbox.to')}</dt>
          <dd>
            <Ltr>{m.to}</Ltr>
          </dd>
        </div>
        <div>
          <dt>{t('admin.mailbox.date')}</dt>
          <dd>{formatDateTime(m.createdAt, locale, { arCalendar })}</dd>
        </div>
      </dl>
      <pre className="mail-body" dir="auto" data-testid="mail-text">
        {m.text}
      </pre>
    </article>
  );
}

export function AdminMailboxPage() {
  const t = useT();
  const { id } = useParams();
  const { locale, arCalendar } = useLocale();
  const mails = useInfiniteQuery({
    queryKey: ['admin', 'mailbox'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/admin/mailbox', { params: { query: { cursor: pageParam ?? undefined } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = mails.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t('admin.mailbox.title')} lead={t('admin.mailbox.lead')} before={<AdminBreadcrumb />}>
      <div className={id ? 'mailbox mailbox-reading' : 'mailbox'}>
        <nav className="mail-list" aria-label={t('admin.mailbox.listLabel')}>
          <div className="mail-list-head">
            <span className="muted" aria-live="polite">
              {mails.isSuccess ? t('admin.mailbox.count', { count: rows.length }) : null}
            </span>
            <SubmitButton type="button" variant="secondary" isPending={mails.isRefetching} onPress={() => void mails.refetch()}>
              {t('admin.mailbox.refresh')}
            </SubmitButton>
          </div>
          {mails.isPending ? (
            <Loading />
          ) : mails.isError ? (
            <FormAlert error={mails.error} />
          ) : rows.length === 0 ? (
            <p className="empty">{t('admin.mailbox.empty')}</p>
          ) : (
            <ul>
              {rows.map((m) => (
                <li key={m.id}>
                  <Link to={routePaths.adminMail(m.id)} aria-current={m.id === id ? 'page' : undefined} className="mail-item">
                    <span className="mail-item-subject" dir="auto">
                      {m.subject}
                    </span>
                    <span className="mail-item-meta">
                      <Ltr>{m.to}</Ltr>
                      <span>{formatDateTime(m.createdAt, locale, { arCalendar })}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {mails.hasNextPage ? (
            <SubmitButton type="button" variant="secondary" isPending={mails.isFetchingNextPage} onPress={() => void mails.fetchNextPage()}>
              {t('common.loadMore')}
            </SubmitButton>
          ) : null}
        </nav>
        <section className="mail-pane card" aria-label={t('admin.mailbox.reader')}>
          {id ? (
            <>
              <p className="mail-back">
                <Link to={routePaths.adminMailbox}>{t('admin.mailbox.back')}</Link>
              </p>
              <MailReader id={id} />
            </>
          ) : (
            <p className="empty">{t('admin.mailbox.choose')}</p>
          )}
        </section>
      </div>
    </Page>
  );
}
