import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useMe } from '../../api/session';
import { formatDateLong } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { Page } from '../../ui/Page';
import '../communities/communities.css';

/** Today as a local calendar date, `YYYY-MM-DD`, for `<time datetime>`. */
function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function HomePage() {
  const t = useT();
  const me = useMe();
  const { locale, arCalendar } = useLocale();
  const now = new Date();
  const name = me?.profile.name.trim();

  return (
    <Page
      title={t('home.title')}
      heading={me && name ? <Msg id="home.greeting" values={{ name: <UserText>{name}</UserText> }} /> : t('home.title')}
    >
      <p className="today">
        <Msg
          id="home.today"
          values={{
            date: (
              <time data-testid="today" dateTime={localIsoDate(now)}>
                {formatDateLong(now, locale, { arCalendar })}
              </time>
            ),
          }}
        />
      </p>
      <p className="page-lead">{t('home.intro')}</p>
      <ul className="feature-list">
        <li>
          <h2>{t('home.feature.communities.title')}</h2>
          <p>{t('home.feature.communities.body')}</p>
        </li>
        <li>
          <h2>{t('home.feature.knowledge.title')}</h2>
          <p>{t('home.feature.knowledge.body')}</p>
        </li>
        <li>
          <h2>{t('home.feature.calls.title')}</h2>
          <p>{t('home.feature.calls.body')}</p>
        </li>
      </ul>
      <section className="home-communities" aria-labelledby="home-communities-title">
        <h2 id="home-communities-title">{t('directory.home.title')}</h2>
        <p>{t('directory.home.body')}</p>
        <div className="actions">
          <Link to={routePaths.communities} className="button button-primary">
            {t('directory.browse')}
          </Link>
          <Link to={routePaths.newRequest} className="button button-secondary">
            {t('directory.newRequest')}
          </Link>
        </div>
      </section>
      <div className="actions">
        {me ? (
          <Link to={routePaths.profile} className="button button-primary">
            {t('home.cta.profile')}
          </Link>
        ) : me === null ? (
          <>
            <Link to={routePaths.signUp} className="button button-primary">
              {t('home.cta.signUp')}
            </Link>
            <Link to={routePaths.signIn} className="button button-secondary">
              {t('home.cta.signIn')}
            </Link>
          </>
        ) : null}
      </div>
    </Page>
  );
}
