import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/connection.js';
import { localFileStorage } from './files/storage.js';
import { createRateLimiter } from './http/rate-limit/index.js';
import type { Mailer } from './jobs/mailer.js';
import type { JobHandler } from './jobs/runner.js';
import { createAccountsService } from './modules/accounts/service.js';
import { CALL_CLOSE_JOB, CALL_OPEN_JOB, createCallsService } from './modules/calls/service.js';
import { createReviewsService } from './modules/reviews/service.js';
import { createKnowledgeService } from './modules/knowledge/service.js';
import { createLibraryService } from './modules/library/service.js';
import { createDiscussionsService } from './modules/discussions/service.js';
import { createMeetingsService, MEETING_REMINDER_JOB } from './modules/meetings/service.js';
import { createCommunitiesService } from './modules/communities/service.js';
import { createNotificationsService, SEND_EMAIL_JOB } from './modules/notifications/service.js';
import { createSearchIndex, createSearchService } from './modules/search/service.js';

/** Builds every service once; HTTP routes, jobs, the CLI and tests all use these. */
export function createServices(deps: { db: Db; config: Config; clock: Clock; mailer: Mailer | null }) {
  const limiter = createRateLimiter(deps.db, deps.clock);
  const notifications = createNotificationsService(deps);
  // Modules write their searchable things to the index; the search reads it with their permissions.
  const searchIndex = createSearchIndex();
  // Accounts ask communities who shares a community with whom (members-only profile fields),
  // and communities use accounts for people: the lookup runs only after both exist.
  const accounts = createAccountsService({ ...deps, limiter, notifications, peersOf: (viewerId, userIds, tx) => communities.peersOf(viewerId, userIds, tx) });
  const communities = createCommunitiesService({ ...deps, accounts, notifications, searchIndex });
  const calls = createCallsService({ ...deps, accounts, notifications, searchIndex, files: localFileStorage(deps.config.filesDir) });
  const reviews = createReviewsService({ ...deps, accounts, calls, notifications });
  const knowledge = createKnowledgeService({ ...deps, accounts, communities, searchIndex });
  const meetings = createMeetingsService({ ...deps, accounts, communities, knowledge, notifications });
  const discussions = createDiscussionsService({ ...deps, accounts, communities, notifications, searchIndex });
  const library = createLibraryService({ ...deps, accounts, communities, searchIndex, files: localFileStorage(deps.config.filesDir) });
  const search = createSearchService({ ...deps, communities, calls });
  const jobHandlers: Record<string, JobHandler> = {
    [SEND_EMAIL_JOB]: (payload) => notifications.deliver(payload),
    [CALL_OPEN_JOB]: (payload) => calls.advance(payload),
    [CALL_CLOSE_JOB]: (payload) => calls.advance(payload),
    [MEETING_REMINDER_JOB]: (payload) => meetings.remind(payload),
  };
  return { accounts, communities, calls, reviews, knowledge, meetings, library, discussions, notifications, search, limiter, jobHandlers };
}

export type Services = ReturnType<typeof createServices>;
