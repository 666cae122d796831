import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { communities } from '../communities/tables.js';

/** A document of a community's library; its file is the latest version's. */
export const libraryDocuments = pgTable(
  'library_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** The search key (server/text/normalize.ts) of the title and description, for the library's filter. */
    searchKey: text('search_key').notNull().default(''),
    /** The number of the latest version. */
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('library_documents_community_idx').on(t.communityId, t.updatedAt)],
);

/** One uploaded file of a document, numbered from 1; the bytes live in file storage under storageKey. */
export const libraryVersions = pgTable(
  'library_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    documentId: uuid('document_id')
      .notNull()
      .references(() => libraryDocuments.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    storageKey: text('storage_key').notNull(),
    /** The name as uploaded, cleaned of path separators; used only for the download. */
    fileName: text('file_name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Sniffed from the bytes, never taken from the client. */
    type: text('type').notNull(),
    note: text('note').notNull().default(''),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('library_versions_document_number_key').on(t.documentId, t.number)],
);
