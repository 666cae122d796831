import type { Actor } from '../../actor.js';
import { userPolicy } from './policy.js';
import { VISIBLE_FIELDS, type VisibleField } from './tables.js';
import type { UserRow } from './store.js';

const profileOf = (u: UserRow) => ({
  name: u.name,
  degree: u.degree,
  fieldOfStudy: u.fieldOfStudy,
  jobTitle: u.jobTitle,
  position: u.position,
  organization: u.organization,
  phone: u.phone,
  address: u.address,
  bio: u.bio,
  expertise: u.expertise,
  languages: u.languages,
});

/** The signed-in user's own account: everything, with their visibility settings. */
export const presentMe = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  emailVerified: u.emailVerifiedAt !== null,
  role: u.role,
  locale: u.locale,
  mustChangePassword: u.mustChangePassword,
  createdAt: u.createdAt.toISOString(),
  profile: profileOf(u),
  visibility: u.visibility,
});

/** Another user's profile as this viewer may see it: hidden fields are absent, not blank. */
export function presentProfile(viewer: Actor, u: UserRow, peer: boolean) {
  const all = { ...profileOf(u), email: u.email };
  const fields: Partial<Record<VisibleField, string>> = {};
  for (const f of VISIBLE_FIELDS) {
    if (all[f] && userPolicy.seeField(viewer, u, u.visibility[f], peer)) fields[f] = all[f];
  }
  return {
    id: u.id,
    name: u.name,
    bio: u.bio,
    expertise: u.expertise,
    languages: u.languages,
    createdAt: u.createdAt.toISOString(),
    fields,
  };
}

export const presentAdminUser = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  emailVerified: u.emailVerifiedAt !== null,
  createdAt: u.createdAt.toISOString(),
});
