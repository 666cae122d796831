// Every table of the app; each module owns its tables and this file only re-exports them.
export * from '../modules/accounts/tables.js';
export * from '../modules/notifications/tables.js';
export * from '../jobs/tables.js';
export * from '../http/rate-limit/tables.js';
export * from '../modules/communities/tables.js';
export * from '../modules/calls/tables.js';
export * from '../modules/reviews/tables.js';
export * from '../modules/knowledge/tables.js';
export * from '../modules/meetings/tables.js';
export * from '../modules/discussions/tables.js';
export * from '../modules/library/tables.js';
export * from '../modules/search/tables.js';
