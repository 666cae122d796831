import type { Actor } from '../../actor.js';
import type { Visibility } from './tables.js';

/** Who may do what with user accounts; pure functions of the actor and the loaded record. */
export const userPolicy = {
  /** A profile field with a visibility: public to all, members to signed-in users, admins to admins. */
  seeField: (actor: Actor, owner: { id: string }, visibility: Visibility) =>
    actor?.userId === owner.id || actor?.role === 'admin' || visibility === 'public' || (visibility === 'members' && actor !== null),
  readProfile: (_actor: Actor) => true,
  editProfile: (actor: Actor, owner: { id: string }) => actor?.userId === owner.id,
  list: (actor: Actor) => actor?.role === 'admin',
  /** Finding people by name (to propose or invite them) is for signed-in users. */
  searchDirectory: (actor: Actor) => actor !== null,
  setRole: (actor: Actor) => actor?.role === 'admin',
};
