import { useMe } from '../api/session';
import type { MessageId } from '../i18n/messages';
import { Msg } from '../i18n/useT';
import { Ltr } from './Bidi';
import { FormAlert } from './FormAlert';
import { Loading } from './Page';
import { SignInToContinue } from './SignInToContinue';
import { SubmitButton } from './SubmitButton';

/**
 * The end of a mailed-invitation page: sign in (or up) first; a warning when the signed-in
 * account is not the one the mail went to; then the accept button.
 */
export function AcceptAsMe(props: {
  invitedEmail: string;
  accept: { mutate: () => void; isPending: boolean; error: unknown };
  text: { signInFirst: string; signIn: string; signUp: string; accept: string; otherAccount: MessageId };
}) {
  const me = useMe();
  const { invitedEmail, accept, text } = props;
  if (me === undefined) return <Loading />;
  if (me === null) return <SignInToContinue message={text.signInFirst} signIn={text.signIn} signUp={text.signUp} />;
  return (
    <>
      {me.email.toLowerCase() !== invitedEmail.toLowerCase() ? (
        <div className="alert alert-warning">
          <p>
            <Msg id={text.otherAccount} values={{ me: <Ltr>{me.email}</Ltr>, email: <Ltr>{invitedEmail}</Ltr> }} />
          </p>
        </div>
      ) : null}
      <FormAlert error={accept.error} />
      <div className="form-actions">
        <SubmitButton type="button" isPending={accept.isPending} onPress={() => accept.mutate()}>
          {text.accept}
        </SubmitButton>
      </div>
    </>
  );
}
