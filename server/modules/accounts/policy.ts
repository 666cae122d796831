import type { Actor } from '../../actor.js';
import type { Visibility } from './tables.js';

/** Who may do what with user accounts; pure functions of the actor and the loaded record. */
export const userPolicy = {
  /**
   * A profile field with a visibility: public to all, members to people who share a community
   * with the owner (`peer`), admins to administrators; the owner always sees their own.
   */
  seeField: (actor: Actor, owner: { id: string }, visibility: Visibility, peer: boolean) =>
    actor?.userId === owner.id || actor?.role === 'admin' || visibility === 'public' || (visibility === 'members' && actor !== null && peer),
  readProfile: (_actor: Actor) => true,
  editProfile: (actor: Actor, owner: { id: string }) => actor?.userId === owner.id,
  list: (actor: Actor) => actor?.role === 'admin',
  /** Finding people by name (to propose or invite them) is for signed-in users. */
  searchDirectory: (actor: Actor) => actor !== null,
  setRole: (actor: Actor) => actor?.role === 'admin',
};
