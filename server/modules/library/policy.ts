import { leadsCommunity, type Role } from '../communities/service.js';

/** Where the actor stands towards a community's library. */
export interface LibraryStanding {
  admin: boolean;
  /** Their current role in the community, if a member (guest experts included). */
  role: Role | null;
  /** The community's content is open to them (public, or a member, or an administrator). */
  readsCommunity: boolean;
  /** The community is dissolved: its library stays readable and takes no more changes. */
  dissolved: boolean;
}

const live = (s: LibraryStanding) => !s.dissolved;
const leader = leadsCommunity;
/** The person who uploaded the document, while still a member. */
const owner = (s: LibraryStanding, isUploader: boolean) => isUploader && s.role !== null;

/**
 * Who may do what in a community's document library. Readers of the community's content read
 * and download; every current member uploads; a document's uploader and the leaders (chair,
 * facilitators, administrators) edit and delete it, and the secretary, who keeps the community's
 * records, may also add versions. A dissolved community's library is read-only (the service
 * answers 409 for its writes).
 */
export const libraryPolicy = {
  read: (s: LibraryStanding) => s.readsCommunity,
  upload: (s: LibraryStanding) => live(s) && s.role !== null,
  addVersion: (s: LibraryStanding, isUploader: boolean) => live(s) && (owner(s, isUploader) || leader(s) || s.role === 'secretary'),
  edit: (s: LibraryStanding, isUploader: boolean) => live(s) && (owner(s, isUploader) || leader(s)),
  delete: (s: LibraryStanding, isUploader: boolean) => live(s) && (owner(s, isUploader) || leader(s)),
};
