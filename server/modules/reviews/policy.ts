import type { PanelRole } from './tables.js';

/**
 * Where the actor stands on one panel: whether they run the call (its manager or an
 * administrator) and their role on the panel, if any.
 */
export interface PanelStanding {
  manage: boolean;
  role: PanelRole | null;
}

const leads = (s: PanelStanding) => s.role === 'chair' || s.role === 'secretary';

/** Who may do what in review; one function per action. */
export const reviewPolicy = {
  /** The rubric, the panels and their members: the people who run the call. */
  setUp: (s: PanelStanding) => s.manage,
  seePanel: (s: PanelStanding) => s.manage || s.role !== null,
  /** The panel's table of contributions with every reviewer's figures. */
  seeContributions: (s: PanelStanding) => s.manage || leads(s),
  assign: (s: PanelStanding) => s.manage || leads(s),
  decide: (s: PanelStanding) => s.role === 'chair',
  /** The thread on a contribution: the chair and secretary, and reviewers once their own review is in (so no one is swayed before). */
  discuss: (s: PanelStanding, submittedOwn: boolean) => leads(s) || (s.role === 'reviewer' && submittedOwn),
  readDiscussion: (s: PanelStanding, submittedOwn: boolean) => s.manage || reviewPolicy.discuss(s, submittedOwn),
  report: (s: PanelStanding) => s.manage,
};
