import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useT } from '../../i18n/useT';
import { Page } from '../../ui/Page';

interface DonePageProps {
  title: string;
  /** Show the way to sign in as the page's main button rather than a plain link. */
  signInButton?: boolean;
  children: React.ReactNode;
}

/** Where an auth form leaves the visitor once its request succeeded: what happened, then the way to sign in. */
export function DonePage({ title, signInButton, children }: DonePageProps) {
  const t = useT();
  return (
    <Page title={title} narrow>
      <div className="card">
        {children}
        <p>
          <Link to={routePaths.signIn} className={signInButton ? 'button button-primary' : undefined}>
            {t('auth.goSignIn')}
          </Link>
        </p>
      </div>
    </Page>
  );
}
