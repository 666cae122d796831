import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { GuestInvitationLookup } from '../../api/types';
import { formatDateLong } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { Page } from '../../ui/Page';
import { AcceptAsMe } from '../../ui/AcceptAsMe';
import { TokenLookup } from '../../ui/TokenLookup';
import { meetingKeys, viewerTimeZone, zoneName } from './meetingPageModel';
import './meeting.css';

/** The page a guest expert's mailed link opens: `/meeting-invitations/accept?token=…`. */
export function AcceptMeetingInvitationPage() {
  const t = useT();
  const invalid = t('meetings.guest.invalid');
  return (
    <Page title={t('meetings.guest.title')} narrow>
      <TokenLookup
        queryKey="meeting-invitation"
        lookup={(token) =>
          unwrap(api.GET('/api/meeting-invitations/{token}', { params: { path: { token } } })).catch((error: unknown) => {
            // Unknown, used or expired: one message that says what to do.
            if (error instanceof ApiError && (error.status === 404 || error.status === 400)) throw new ApiError(error.status, { detail: invalid, code: error.code });
            throw error;
          })
        }
        missingToken={t('meetings.guest.missingToken')}
      >
        {(invitation, token) => <InvitationCard invitation={invitation} token={token} />}
      </TokenLookup>
    </Page>
  );
}

function InvitationCard({ invitation: inv, token }: { invitation: GuestInvitationLookup; token: string }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { locale, intlLocale, arCalendar } = useLocale();

  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/meeting-invitations/accept', { body: { token } })),
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      await navigate(routePaths.meeting(meeting.id));
    },
  });

  const zone = viewerTimeZone();
  const time = new Intl.DateTimeFormat(intlLocale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(inv.meeting.startsAt));
  const meeting = <strong><UserText>{inv.meeting.title}</UserText></strong>;
  const community = <strong><UserText>{inv.meeting.communityTitle}</UserText></strong>;

  return (
    <section className="card mtg-guest" aria-labelledby="mtg-guest-body">
      <p id="mtg-guest-body">
        <Msg id="meetings.guest.body" values={{ meeting, community }} />
      </p>
      <dl className="details">
        <div>
          <dt>{t('meetings.guest.meeting')}</dt>
          <dd dir="auto">{inv.meeting.title}</dd>
        </div>
        <div>
          <dt>{t('meetings.guest.community')}</dt>
          <dd dir="auto">{inv.meeting.communityTitle}</dd>
        </div>
        <div>
          <dt>{t('meetings.guest.when')}</dt>
          <dd>
            <time dateTime={inv.meeting.startsAt}>
              {t('meetings.guest.whenValue', { date: formatDateLong(inv.meeting.startsAt, locale, { arCalendar, timeZone: zone }), time, zone: zoneName(zone, intlLocale, inv.meeting.startsAt) })}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.guest.email')}</dt>
          <dd>
            <Ltr>{inv.email}</Ltr>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.guest.expires')}</dt>
          <dd>
            <time dateTime={inv.expiresAt}>{formatDateLong(inv.expiresAt, locale, { arCalendar, timeZone: zone })}</time>
          </dd>
        </div>
      </dl>
      <p className="small muted">{t('meetings.guest.scope')}</p>

      <AcceptAsMe
          invitedEmail={inv.email}
          accept={accept}
          text={{ signInFirst: t('meetings.guest.signInFirst'), signIn: t('meetings.guest.signIn'), signUp: t('meetings.guest.signUp'), accept: t('meetings.guest.accept'), otherAccount: 'meetings.guest.otherAccount' }}
        />
    </section>
  );
}
