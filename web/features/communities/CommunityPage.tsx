import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import type { Community } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { Page } from '../../ui/Page';
import { InviteForm, PendingInvitations } from './InviteTools';
import { EditCommunity, History, JoinRequests, Lifecycle } from './LeaderTools';
import { CommunityBreadcrumb, MembersCount, PersonLink, PrivateBadge, StateBadge, WithCommunity } from './shared';
import { ViewerBox } from './ViewerBox';
import { CommunitySearch } from '../search/SearchBox';

export function CommunityPage() {
  const t = useT();
  const { slug = '' } = useParams();
  return <WithCommunity slug={slug} title={t('directory.title')}>{(c) => <CommunityView c={c} />}</WithCommunity>;
}

/** At risk: a warning. Dissolved: read-only, why and since when, and what happens to the knowledge. */
function StateBanner({ c }: { c: Community }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  if (c.state === 'active') return null;
  const dissolved = c.state === 'dissolved';
  return (
    <section
      className={`alert ${dissolved ? 'alert-error' : 'alert-warning community-banner-warning'} community-banner`}
      aria-labelledby="state-banner-title"
    >
      <h2 id="state-banner-title">{dissolved ? t('community.dissolved.title') : t('community.atRisk.title')}</h2>
      {c.stateChangedAt ? <p className="small">{t('community.stateSince', { date: formatDate(c.stateChangedAt, locale, { arCalendar }) })}</p> : null}
      <p>{dissolved ? t('community.dissolved.body') : t('community.atRisk.body')}</p>
      {c.stateReason ? (
        <p className="community-quote" dir="auto">
          <Msg id="community.reason" values={{ reason: <UserText>{c.stateReason}</UserText> }} />
        </p>
      ) : null}
    </section>
  );
}

function Facts({ c }: { c: Community }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const rows: [MessageId, string][] = [
    ['community.field.kind', t(`kind.${c.kind}`)],
    ['community.field.level', t(`level.${c.level}`)],
    ['community.field.geography', t(`geography.${c.geography}`)],
    ['community.field.structure', t(`structure.${c.structure}`)],
    ['community.field.formality', t(`formality.${c.formality}`)],
    ['community.field.visibility', t(`visibility.${c.visibility}`)],
    ['community.field.joinPolicy', t(`joinPolicy.${c.joinPolicy}`)],
    ['community.field.createdAt', formatDate(c.createdAt, locale, { arCalendar })],
  ];
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('community.facts')}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const LEADER_ORDER = { chair: 0, facilitator: 1, secretary: 2, member: 3, guest_expert: 4 } as const;

function Leaders({ c }: { c: Community }) {
  const t = useT();
  const leaders = [...c.leaders].sort((a, b) => LEADER_ORDER[a.role] - LEADER_ORDER[b.role]);
  return (
    <section className="card" aria-labelledby="leaders-title">
      <h2 id="leaders-title">{t('community.leaders')}</h2>
      {leaders.length > 0 ? (
        <ul className="leader-list">
          {leaders.map((l) => (
            <li key={l.userId}>
              <PersonLink id={l.userId} name={l.name} />
              <span className={`community-badge ${l.role === 'chair' ? '' : 'community-badge-muted'}`}>{t(`role.${l.role}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('community.members')}</h3>
      <p>
        <MembersCount count={c.membersCount} />
        {' · '}
        <Link to={routePaths.members(c.slug)}>{t('community.seeMembers')}</Link>
      </p>
      <h3>{t('meetings.calendar.sideTitle')}</h3>
      <p>
        <Link to={routePaths.communityMeetings(c.slug)}>{t('meetings.calendar.link')}</Link>
      </p>
      <h3>{t('library.communityLink.title')}</h3>
      <p>
        <Link to={routePaths.communityLibrary(c.slug)}>{t('library.communityLink.link')}</Link>
      </p>
      <h3>{t('knowledge.communityLink.title')}</h3>
      <p>
        <Link to={routePaths.communityKnowledge(c.slug)}>{t('knowledge.communityLink.link')}</Link>
      </p>
      <h3>{t('discussions.communityLink.title')}</h3>
      <p>
        <Link to={routePaths.communityDiscussions(c.slug)}>{t('discussions.communityLink.link')}</Link>
      </p>
    </section>
  );
}

function CommunityView({ c }: { c: Community }) {
  const t = useT();
  const can = c.viewer.can;
  return (
    <Page
      title={c.title}
      heading={<bdi dir="auto">{c.title}</bdi>}
      before={<CommunityBreadcrumb />}
    >
      <div className="community-head">
        <ul className="community-badges">
          <li>
            <span className="community-badge">{t(`kind.${c.kind}`)}</span>
          </li>
          {c.state !== 'active' ? (
            <li>
              <StateBadge state={c.state} />
            </li>
          ) : null}
          {c.visibility === 'private' ? (
            <li>
              <PrivateBadge visibility={c.visibility} />
            </li>
          ) : null}
        </ul>
        <p className="page-lead" dir="auto">
          {c.domain}
        </p>
        <CommunitySearch c={c} />
      </div>

      <StateBanner c={c} />

      <div className="community-layout">
        <div className="community-main">
          <section className="card" aria-labelledby="about-title">
            <h2 id="about-title">{t('community.about')}</h2>
            {c.goals ? (
              <>
                <h3>{t('community.field.goals')}</h3>
                <p className="community-text" dir="auto">
                  {c.goals}
                </p>
              </>
            ) : null}
            {c.description ? (
              <>
                <h3>{t('community.field.description')}</h3>
                <p className="community-text" dir="auto">
                  {c.description}
                </p>
              </>
            ) : null}
          </section>
          {can.decideRequests ? <JoinRequests c={c} /> : null}
          {can.invite ? (
            <>
              <InviteForm c={c} />
              <PendingInvitations c={c} />
            </>
          ) : null}
          {can.edit ? <EditCommunity c={c} /> : null}
          {can.setState ? <Lifecycle c={c} /> : null}
          {can.seeHistory ? <History c={c} /> : null}
        </div>
        <div className="community-side">
          <ViewerBox c={c} />
          <Leaders c={c} />
          <Facts c={c} />
        </div>
      </div>
    </Page>
  );
}
