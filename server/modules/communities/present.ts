import type { CommunityRow, InvitationRow, RequestRow } from './store.js';

/** A person as another module presents them (accounts' PublicProfile: only what the viewer may see). */
export interface Person {
  name: string;
  fields: { position?: string; organization?: string };
}
export type People = Map<string, Person>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const nameOf = (people: People, id: string | null) => (id ? (people.get(id)?.name ?? '') : '');

export function presentRequestSummary(r: RequestRow, people: People, communitySlug: string | null) {
  return {
    id: r.id,
    state: r.state,
    title: r.title,
    applicantName: r.applicant.name || nameOf(people, r.applicantId),
    coreSize: 1 + r.coreMembers.length,
    communitySlug,
    submittedAt: iso(r.submittedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentRequest(
  r: RequestRow,
  people: People,
  extra: { communitySlug: string | null; missing: { field: string; code: string; message: string }[]; history: { action: string; actorId: string; comment: string; createdAt: Date }[] },
) {
  return {
    id: r.id,
    state: r.state,
    applicantId: r.applicantId,
    applicant: r.applicant,
    title: r.title,
    domain: r.domain,
    goals: r.goals,
    rationale: r.rationale,
    scope: r.scope,
    kind: r.kind,
    level: r.level,
    geography: r.geography,
    coreMembers: r.coreMembers.map((m) =>
      'name' in m
        ? { userId: null, name: m.name, position: m.position, organization: m.organization, email: m.email, role: m.role }
        : {
            userId: m.userId,
            name: nameOf(people, m.userId),
            position: people.get(m.userId)?.fields.position ?? '',
            organization: people.get(m.userId)?.fields.organization ?? '',
            email: '',
            role: m.role,
          },
    ),
    platforms: r.platforms,
    knowledgeTools: r.knowledgeTools,
    hasPriorExperience: r.hasPriorExperience,
    priorExperience: r.priorExperience,
    funding: r.funding,
    supportNeeded: r.supportNeeded,
    acknowledgedAt: iso(r.acknowledgedAt),
    communitySlug: extra.communitySlug,
    submittedAt: iso(r.submittedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    missing: extra.missing,
    history: extra.history.map((e) => ({
      action: e.action as 'created' | 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn',
      actorName: nameOf(people, e.actorId),
      comment: e.comment,
      at: e.createdAt.toISOString(),
    })),
  };
}

export function presentCommunitySummary(c: CommunityRow, membersCount: number) {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    domain: c.domain,
    kind: c.kind,
    level: c.level,
    geography: c.geography,
    visibility: c.visibility,
    joinPolicy: c.joinPolicy,
    state: c.state,
    membersCount,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentInvitation(i: InvitationRow, community: { slug: string; title: string }, people: People) {
  return {
    id: i.id,
    community,
    email: i.email,
    name: i.name,
    role: i.role,
    accessEndsAt: iso(i.accessEndsAt),
    invitedBy: nameOf(people, i.invitedBy),
    state: i.state,
    expiresAt: i.expiresAt.toISOString(),
    createdAt: i.createdAt.toISOString(),
  };
}
