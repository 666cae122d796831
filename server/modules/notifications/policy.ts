import type { Actor } from '../../actor.js';

/** The dev mailbox holds every user's mails (tokens included): admins only. */
export const mailboxPolicy = {
  read: (actor: Actor) => actor?.role === 'admin',
};
