import type { Actor } from '../../actor.js';
import type { CommunityState, RequestState, Role } from './tables.js';

/**
 * Where the actor stands in one community: their platform role and their current membership.
 * `role` is null for non-members, for pending requests and for guest experts whose access ended.
 */
export interface Standing {
  signedIn: boolean;
  admin: boolean;
  role: Role | null;
  requested: boolean;
  /** A pending invitation addressed to them (by account or verified email). */
  invitationId: string | null;
}

interface CommunityFacts {
  visibility: 'public' | 'private';
  joinPolicy: 'open' | 'request' | 'invitation';
  state: CommunityState;
}

const isLeader = (s: Standing) => s.role === 'chair' || s.role === 'facilitator';
const writable = (c: CommunityFacts) => c.state !== 'dissolved';

/**
 * Who may do what in a community; one function per action. A dissolved community is read-only
 * for everyone (the service answers 409 for its writes), and stays readable to its members.
 */
export const communityPolicy = {
  /** Someone invited to a private community may see its profile, to decide. */
  read: (s: Standing, c: CommunityFacts) => c.visibility === 'public' || s.role !== null || s.admin || s.invitationId !== null,
  seeMembers: (s: Standing, c: CommunityFacts) => communityPolicy.readContent(s, c),
  /** Its content (meetings, knowledge): public, or members and administrators — not someone merely invited. */
  readContent: (s: Standing, c: CommunityFacts) => c.visibility === 'public' || s.role !== null || s.admin,
  seeHistory: (s: Standing) => s.admin || isLeader(s) || s.role === 'secretary',
  edit: (s: Standing, c: CommunityFacts) => writable(c) && (s.admin || s.role === 'chair'),
  join: (s: Standing, c: CommunityFacts) => writable(c) && s.signedIn && s.role === null && c.joinPolicy === 'open' && communityPolicy.read(s, c),
  requestToJoin: (s: Standing, c: CommunityFacts) =>
    writable(c) && s.signedIn && s.role === null && !s.requested && c.joinPolicy === 'request' && communityPolicy.read(s, c),
  leave: (s: Standing, c: CommunityFacts) => writable(c) && s.role !== null && s.role !== 'chair',
  invite: (s: Standing, c: CommunityFacts) => writable(c) && (s.admin || isLeader(s)),
  decideRequests: (s: Standing, c: CommunityFacts) => writable(c) && (s.admin || isLeader(s)),
  /** Remove a member: leaders may, but nobody removes the chair (hand over first). */
  remove: (s: Standing, c: CommunityFacts, target: Role) =>
    writable(c) && target !== 'chair' && (s.admin || s.role === 'chair' || (s.role === 'facilitator' && target !== 'facilitator')),
  changeRole: (s: Standing, c: CommunityFacts) => writable(c) && (s.admin || s.role === 'chair'),
  setState: (s: Standing) => s.admin,
};

interface RequestFacts {
  applicantId: string;
  state: RequestState;
}

const EDITABLE: RequestState[] = ['draft', 'changes_requested'];

/** Who may do what with a formation request. State rules (what can happen next) live in the service. */
export const formationPolicy = {
  create: (actor: Actor) => actor !== null,
  read: (actor: Actor, r: RequestFacts) => actor !== null && (actor.userId === r.applicantId || actor.role === 'admin'),
  /** Edit, submit and withdraw are the applicant's alone. */
  own: (actor: Actor, r: RequestFacts) => actor !== null && actor.userId === r.applicantId,
  review: (actor: Actor) => actor?.role === 'admin',
  editableState: (r: RequestFacts) => EDITABLE.includes(r.state),
};
