import type { Actor } from '../../actor.js';
import type { CallState } from './tables.js';

interface CallFacts {
  createdBy: string;
  state: CallState;
}

/** Who may do what with calls and contributions; `manager` = the actor holds the call-manager grant. */
export const callPolicy = {
  grantManagers: (actor: Actor) => actor?.role === 'admin',
  create: (actor: Actor, manager: boolean) => actor?.role === 'admin' || (actor !== null && manager),
  /** Running one call: administrators, and the call manager who created it. */
  manage: (actor: Actor, manager: boolean, call: CallFacts) => actor?.role === 'admin' || (actor !== null && manager && call.createdBy === actor.userId),
  /** Drafts are their managers' business; every other state is public. */
  read: (actor: Actor, manager: boolean, call: CallFacts) => call.state !== 'draft' || callPolicy.manage(actor, manager, call),
  contribute: (actor: Actor) => actor !== null,
  /** Who wrote what (names, emails in exports): the people who run the call. Reviewers will not. */
  seeContributors: (actor: Actor, manager: boolean, call: CallFacts) => callPolicy.manage(actor, manager, call),
};
