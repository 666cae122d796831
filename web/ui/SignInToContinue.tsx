import { Link, useLocation } from 'react-router';
import { routePaths } from '../app/routePaths';

interface SignInToContinueProps {
  /** Why to sign in first. */
  message: string;
  signIn: string;
  signUp: string;
}

/** For a signed-out visitor: why to sign in, and links to sign in or sign up that come back to this page. */
export function SignInToContinue({ message, signIn, signUp }: SignInToContinueProps) {
  const location = useLocation();
  const next = new URLSearchParams({ next: `${location.pathname}${location.search}` }).toString();
  return (
    <>
      <p>{message}</p>
      <div className="form-actions">
        <Link to={`${routePaths.signIn}?${next}`} className="button button-primary">
          {signIn}
        </Link>
        <Link to={`${routePaths.signUp}?${next}`} className="button button-secondary">
          {signUp}
        </Link>
      </div>
    </>
  );
}
