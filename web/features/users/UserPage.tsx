import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { VISIBLE_FIELDS, type VisibleField } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { Recognitions } from '../reviews/Recognitions';

function FieldValue({ field, value }: { field: VisibleField; value: string }) {
  if (field === 'email') {
    return (
      <a href={`mailto:${value}`} dir="ltr">
        {value}
      </a>
    );
  }
  if (field === 'phone') {
    return (
      <a href={`tel:${value.replace(/[^\d+]/g, '')}`} dir="ltr">
        {value}
      </a>
    );
  }
  return (
    <span dir="auto" className="prewrap">
      {value}
    </span>
  );
}

function Tags({ items }: { items: string[] }) {
  return (
    <ul className="tags">
      {items.map((x, i) => (
        <li key={i} dir="auto">
          {x}
        </li>
      ))}
    </ul>
  );
}

export function UserPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useMe();
  const { locale, arCalendar } = useLocale();
  const user = useQuery({
    queryKey: ['users', id],
    queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });

  if (user.isPending) return <Loading />;
  if (user.isError) {
    const status = user.error instanceof ApiError ? user.error.status : 0;
    return (
      <Page title={t('user.unavailable.title')} narrow>
        {status === 404 ? (
          <p>{t('user.notFound')}</p>
        ) : status === 401 && !me ? (
          <p>
            {t('user.signInToSee')} <Link to={`${routePaths.signIn}?next=${encodeURIComponent(routePaths.user(id))}`}>{t('nav.signIn')}</Link>
          </p>
        ) : (
          <FormAlert error={user.error} />
        )}
      </Page>
    );
  }

  const u = user.data;
  const shown = VISIBLE_FIELDS.filter((f) => typeof u.fields[f] === 'string' && u.fields[f] !== '');
  return (
    <Page title={u.name} heading={<bdi>{u.name}</bdi>}>
      <p className="muted">
        {t('profile.memberSince', { date: formatDate(u.createdAt, locale, { arCalendar }) })}
        {me?.id === u.id ? (
          <>
            {' · '}
            <Link to={routePaths.profile}>{t('user.editOwn')}</Link>
          </>
        ) : null}
      </p>
      <div className="profile-grid">
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t('profile.section.about')}</h2>
          {u.bio ? (
            <p dir="auto" className="prewrap">
              {u.bio}
            </p>
          ) : (
            <p className="muted">{t('user.noBio')}</p>
          )}
          {u.expertise.length > 0 ? (
            <>
              <h3>{t('field.expertise')}</h3>
              <Tags items={u.expertise} />
            </>
          ) : null}
          {u.languages.length > 0 ? (
            <>
              <h3>{t('field.languages')}</h3>
              <Tags items={u.languages} />
            </>
          ) : null}
        </section>
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title">{t('user.details')}</h2>
          {shown.length > 0 ? (
            <dl className="details">
              {shown.map((f) => (
                <div key={f}>
                  <dt>{t(`field.${f}` as const)}</dt>
                  <dd>
                    <FieldValue field={f} value={u.fields[f] ?? ''} />
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">{t('user.noDetails')}</p>
          )}
        </section>
      </div>
      <Recognitions userId={u.id} />
    </Page>
  );
}
