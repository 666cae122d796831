import type { Role } from '../communities/service.js';
import type { KnowledgeKind } from './tables.js';

/** Where the actor stands towards one community's knowledge. */
export interface KnowledgeStanding {
  signedIn: boolean;
  admin: boolean;
  /** Their current role in the community (any role, a guest expert's included), if a member. */
  role: Role | null;
  /** The community's content is open to them (public, or a member, or an administrator). */
  readsCommunity: boolean;
  /** The community is dissolved: its knowledge stays readable and nothing changes. */
  dissolved: boolean;
}

/** Kinds written in the wiki; meeting minutes come from the meetings module only. */
export const WIKI_KINDS = ['page', 'case_study', 'lesson_learned', 'best_practice'] as const satisfies readonly KnowledgeKind[];

const member = (s: KnowledgeStanding) => s.role !== null;
const live = (s: KnowledgeStanding) => !s.dissolved;

/**
 * Who may do what with a community's knowledge base. Everyone who reads the community's content
 * reads its knowledge (a dissolved community's too); its current members, whatever their role,
 * write pages, edit and revert them and rate their usefulness, one rating each. An administrator
 * who is not a member reads but neither writes nor rates. Published meeting minutes change only
 * through their meeting (the service answers 409 `minutes_from_meeting`).
 */
export const knowledgePolicy = {
  read: (s: KnowledgeStanding) => s.readsCommunity,
  /** Create a page, edit one, revert one to an older revision. */
  write: (s: KnowledgeStanding) => live(s) && member(s),
  /** Whether the wiki edits this kind at all (minutes are the meeting's). */
  editableKind: (kind: KnowledgeKind) => kind !== 'meeting_minutes',
  rate: (s: KnowledgeStanding) => live(s) && member(s),
};
