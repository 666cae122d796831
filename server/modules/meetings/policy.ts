import { leadsCommunity, type Role } from '../communities/service.js';
import type { MinutesState } from './tables.js';

/** Where the actor stands towards one meeting. */
export interface MeetingStanding {
  admin: boolean;
  /** Their current role in the community, if a member. */
  role: Role | null;
  /** Invited: by role, by name, or as a guest expert who accepted. */
  invited: boolean;
  /** A guest expert of this series (no membership): sees this series and nothing else. */
  guest: boolean;
  /** Recorded as present at this meeting. */
  attended: boolean;
  /** The community's content is open to them (public, or a member, or an administrator). */
  readsCommunity: boolean;
  /** The community is dissolved: everything is read-only. */
  dissolved: boolean;
}

const leader = leadsCommunity;
const secretary = (s: MeetingStanding) => s.role === 'secretary';
const live = (s: MeetingStanding) => !s.dissolved;

/**
 * Who may do what with a meeting. Leaders (chair, facilitator, administrator) schedule and
 * run it; the secretary keeps its record (attendance, minutes, decisions); the chair approves
 * the minutes; invitees answer and propose agenda items. Time rules (past, cancelled, the
 * correction window) are the service's.
 */
export const meetingPolicy = {
  see: (s: MeetingStanding) => s.readsCommunity || s.invited,
  /** The online link, the invitees' emails and the roster are not for every visitor of a public community. */
  seeDetails: (s: MeetingStanding) => s.invited || s.role !== null || s.admin,
  schedule: (s: Pick<MeetingStanding, 'admin' | 'role' | 'dissolved'>) => live(s as MeetingStanding) && leader(s),
  edit: (s: MeetingStanding) => live(s) && leader(s),
  invite: (s: MeetingStanding) => live(s) && leader(s),
  rsvp: (s: MeetingStanding) => live(s) && s.invited,
  editAgenda: (s: MeetingStanding) => live(s) && (leader(s) || secretary(s)),
  /** Members and invitees propose; the items of leaders and the secretary go straight in. */
  proposeAgenda: (s: MeetingStanding) => live(s) && (s.role !== null || s.invited || leader(s)),
  acceptProposals: (s: MeetingStanding) => live(s) && leader(s),
  recordAttendance: (s: MeetingStanding) => live(s) && (secretary(s) || leader(s)),
  seeRoster: (s: MeetingStanding) => leader(s) || secretary(s),
  writeMinutes: (s: MeetingStanding) => live(s) && secretary(s),
  /** Drafts are the secretary's and the leaders'; attendees read them while corrections are open. */
  seeMinutes: (s: MeetingStanding, state: MinutesState) =>
    leader(s) || secretary(s) || (state === 'published' ? meetingPolicy.see(s) : (state === 'in_review' || state === 'approved') && s.attended),
  suggestCorrection: (s: MeetingStanding) => live(s) && s.attended,
  approveMinutes: (s: MeetingStanding) => live(s) && s.role === 'chair',
  /** An action's owner moves it along; the secretary and leaders may too. */
  updateAction: (s: Pick<MeetingStanding, 'admin' | 'role' | 'dissolved'>, isOwner: boolean) =>
    !s.dissolved && (isOwner || s.admin || s.role === 'chair' || s.role === 'facilitator' || s.role === 'secretary'),
};
