import { leadsCommunity, type Role } from '../communities/service.js';

/** Where the actor stands towards a community's discussions. */
export interface DiscussionStanding {
  signedIn: boolean;
  admin: boolean;
  /** Their current role in the community, if a member. */
  role: Role | null;
  /** The community's content is open to them: public, or a member, or an administrator. */
  readsCommunity: boolean;
  /** The community is dissolved: its discussions are read-only. */
  dissolved: boolean;
}

const member = (s: DiscussionStanding) => s.role !== null;
const moderator = leadsCommunity;
const live = (s: DiscussionStanding) => !s.dissolved;

/**
 * Who may do what in a community's discussions (docs/permissions.md, "Discussions"). Readers
 * are those who may read the community's content; current members of any role write;
 * moderators are the chair, the facilitators and the platform administrators. A dissolved
 * community's discussions are read-only (the service answers 409 before asking these). Locking
 * is the thread's state, also checked here.
 */
export const discussionPolicy = {
  read: (s: DiscussionStanding) => s.readsCommunity,
  moderator,
  start: (s: DiscussionStanding) => live(s) && member(s),
  /** Replies: members, while the thread is not locked (moderators unlock it first). */
  reply: (s: DiscussionStanding, thread: { locked: boolean }) => live(s) && member(s) && !thread.locked,
  /** The title: its author (not while locked) or a moderator. */
  rename: (s: DiscussionStanding, thread: { locked: boolean }, isAuthor: boolean) => live(s) && (moderator(s) || (isAuthor && !thread.locked)),
  pinOrLock: (s: DiscussionStanding) => live(s) && moderator(s),
  /** One's own post, not deleted, while the thread is not locked. */
  editPost: (s: DiscussionStanding, thread: { locked: boolean }, post: { deleted: boolean }, isAuthor: boolean) => live(s) && isAuthor && !post.deleted && !thread.locked,
  /** One's own post, or any post for a moderator (locked threads too). */
  deletePost: (s: DiscussionStanding, post: { deleted: boolean }, isAuthor: boolean) => live(s) && !post.deleted && (isAuthor || moderator(s)),
  /** The removed text of a deleted post stays visible to moderators (for reports). */
  seeDeletedText: (s: DiscussionStanding) => moderator(s),
  follow: (s: DiscussionStanding) => live(s) && s.signedIn,
  /** One's reading place is one's own: kept in a dissolved community too. */
  markRead: (s: DiscussionStanding) => s.signedIn,
  /** Any signed-in reader, except of their own post. */
  report: (s: DiscussionStanding, isAuthor = false) => live(s) && s.signedIn && !isAuthor,
  seeReports: (s: DiscussionStanding) => moderator(s),
  resolveReports: (s: DiscussionStanding) => live(s) && moderator(s),
};
