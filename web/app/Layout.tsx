import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Link, NavLink, Outlet, ScrollRestoration, useHref, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { sessionKey, setSessionUser, useMe, useSession } from '../api/session';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';
import { SubmitButton } from '../ui/SubmitButton';
import { HeaderSearch } from '../features/search/SearchBox';
import { CalendarSwitcher, LanguageSwitcher } from './LanguageSwitcher';
import { routePaths } from './routePaths';

/** After each navigation, focus goes to the new page's heading so screen readers announce it. */
function useRouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return; // first load: leave focus where the browser put it
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus({ preventScroll: true });
  }, [pathname]);
}

/** When this device has no language choice yet, use the account's language. */
function useAccountLocale() {
  const me = useMe();
  const { locale, setLocale, hasStoredChoice } = useLocale();
  useEffect(() => {
    if (me && me.locale !== locale && !hasStoredChoice()) setLocale(me.locale);
  }, [me, locale, setLocale, hasStoredChoice]);
}

function SignOutButton() {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-out')),
    onSettled: async () => {
      // Leave first (synchronously: router updates are transitions otherwise), so a page that
      // needs a user does not bounce to the sign-in page when the session empties.
      await navigate(routePaths.home, { flushSync: true });
      setSessionUser(queryClient, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
  return (
    <SubmitButton type="button" variant="secondary" isPending={signOut.isPending} onPress={() => signOut.mutate()}>
      {t('nav.signOut')}
    </SubmitButton>
  );
}

function SessionProblem() {
  const t = useT();
  const session = useSession();
  if (!session.isError || session.data) return null;
  return (
    <div className="container">
      <div className="alert alert-warning" role="alert">
        <p>{t('errors.sessionUnavailable')}</p>
        <SubmitButton type="button" variant="secondary" isPending={session.isFetching} onPress={() => void session.refetch()}>
          {t('common.retry')}
        </SubmitButton>
      </div>
    </div>
  );
}

export function Layout() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const { locale } = useLocale();
  useRouteFocus();
  useAccountLocale();

  return (
    <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to={routePaths.home} className="brand">
            <svg className="brand-mark" aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
              <circle cx="16" cy="16" r="15" fill="currentColor" opacity="0.12" />
              <circle cx="16" cy="10" r="4" fill="currentColor" />
              <circle cx="9" cy="21" r="4" fill="currentColor" opacity="0.75" />
              <circle cx="23" cy="21" r="4" fill="currentColor" opacity="0.75" />
            </svg>
            <span>{t('app.name')}</span>
          </Link>
          <HeaderSearch />
          <nav className="site-nav" aria-label={t('nav.main')}>
            <ul>
              <li>
                <NavLink to={routePaths.communities}>{t('nav.communities')}</NavLink>
              </li>
              <li>
                <NavLink to={routePaths.calls}>{t('nav.calls')}</NavLink>
              </li>
              {me ? (
                <>
                  <li>
                    <NavLink to={routePaths.talent}>{t('talent.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={routePaths.myRequests}>{t('nav.myRequests')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={routePaths.myReviews}>{t('review.nav.myReviews')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={routePaths.myMeetings} end>
                      {t('nav.myMeetings')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={routePaths.myActions}>{t('nav.myActions')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={routePaths.profile}>{t('nav.profile')}</NavLink>
                  </li>
                  {me.role === 'admin' ? (
                    <li>
                      <NavLink to={routePaths.admin}>{t('nav.admin')}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <SignOutButton />
                  </li>
                </>
              ) : me === null ? (
                <>
                  <li>
                    <NavLink to={routePaths.signIn}>{t('nav.signIn')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={routePaths.signUp} className="nav-cta">
                      {t('nav.signUp')}
                    </NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <div className="header-settings">
            <LanguageSwitcher />
            {locale === 'ar' ? <CalendarSwitcher /> : null}
          </div>
        </div>
      </header>
      <SessionProblem />
      {me?.mustChangePassword ? (
        <div className="container">
          <div className="alert alert-warning" role="status">
            <p>{t('account.mustChangePassword')}</p>
            <Link to={`${routePaths.profile}#change-password`}>{t('account.changePasswordNow')}</Link>
          </div>
        </div>
      ) : null}
      <main id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.text')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </AriaRouterProvider>
  );
}
