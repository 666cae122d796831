// Generated from docs/api/openapi.json by `npm run api:generate`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Liveness and database status, for load balancers and monitoring. 503 when the database does not answer. */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed-in user (or null) and the CSRF token to send back on writes. Sets the CSRF cookie when missing. */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Creates an account and mails a verification link. Answers the same for an email already registered (its owner is told by mail). */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Confirms an email address with the token from the mailed link. */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mails a new verification link to an unverified account. Same answer for any email. */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Signs in with email and password and sets the httpOnly session cookie. 401 for a wrong email or password (the same answer for both), 403 `email_not_verified` before verification. */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ends this session and clears its cookie. */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mails a password-reset link valid for one hour. Same answer whether or not the email is registered. */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sets a new password with a reset token (each link works once) and signs the account out everywhere. */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Changes the password; other sessions are signed out, this one stays. */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed-in user's account and profile. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Updates any of the profile fields, their visibility and the interface language. */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Finds verified users by name (at least two letters; Persian/Arabic letter variants match), to propose or invite them. At most 20, by name. */
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A user's profile with only the fields the viewer may see. */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description All accounts, newest first, for administrators. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Makes a user an administrator or takes the role away (never from the last administrator). */
        patch: operations["setUserRole"];
        trace?: never;
    };
    "/api/admin/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The dev mailbox: mails the app sent while no SMTP server was configured, newest first. Administrators only. */
        get: operations["listDevMails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mailbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One mail of the dev mailbox, with its plain-text body. */
        get: operations["getDevMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/formation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed-in user's own formation requests, drafts included, newest first. */
        get: operations["listMyFormationRequests"];
        put?: never;
        /** @description Starts a draft. Section A (applicant details) is prefilled from the profile. Any field may be left empty until submission. */
        post: operations["createFormationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/formation-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request with its history and what still stops submission; for its applicant and administrators. */
        get: operations["getFormationRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Saves fields of a draft (or of a request sent back for changes); fields not sent are kept. 409 in any other state. */
        patch: operations["updateFormationRequest"];
        trace?: never;
    };
    "/api/formation-requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sends the request for review (again, after changes were asked). 400 `request_incomplete` names every missing field, including a founding core outside 3–5 people. */
        post: operations["submitFormationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/formation-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The applicant withdraws a request that has not been decided. */
        post: operations["withdrawFormationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/formation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The review queue: submitted requests by default, or those in another state. Drafts are never listed. */
        get: operations["formationRequestQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/formation-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Approves a submitted request and creates the community: the applicant becomes chair, the proposed core members are invited by mail. 409 `request_already_decided` for a second approval. */
        post: operations["approveFormationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/formation-requests/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sends a submitted request back to the applicant with a comment; they edit and submit again. */
        post: operations["requestFormationChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/formation-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Rejects a submitted request with a reason, mailed to the applicant. */
        post: operations["rejectFormationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The directory, newest first: active and at-risk communities unless a state is asked for. Private communities appear only to their members and administrators. */
        get: operations["listCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A community's profile, leaders, member count and what the viewer may do. 404 for a private community the viewer does not belong to. */
        get: operations["getCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Edits the profile (chair or administrator). */
        patch: operations["updateCommunity"];
        trace?: never;
    };
    "/api/communities/{slug}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Lifecycle (administrators): active ⇄ at risk, either → dissolved, dissolved → active (reactivation). The reason is kept in the history. */
        post: operations["setCommunityState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Lifecycle and membership changes, newest first (leaders and administrators). */
        get: operations["communityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Current members with their roles, newest first; guest experts whose access ended are not listed. */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Joins an open community at once (`active`), or asks to join one that takes requests (`requested`). 403 for invitation-only communities. */
        post: operations["joinCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Leaves the community. The chair hands the chair over first (409 `chair_required`). */
        post: operations["leaveCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Waiting join requests (chair, facilitators, administrators). */
        get: operations["listJoinRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/join-requests/{userId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Accepts a join request; the person is told by mail. */
        post: operations["approveJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/join-requests/{userId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Declines a join request; the person is told by mail. */
        post: operations["declineJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes a member's role (chair or administrator). `chair` hands the chair over in one transaction; the outgoing chair takes `previousChairRole`. A guest expert needs `accessEndsAt`. */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/communities/{slug}/members/{userId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Removes a member with a reason, mailed to them (chair, facilitators for non-leaders, administrators). Nobody removes the chair. */
        post: operations["removeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Pending invitations (chair, facilitators, administrators). */
        get: operations["listInvitations"];
        put?: never;
        /** @description Invites a user picked from the directory (`userId`) or anyone by `email`; the invitation is mailed with a link valid 14 days. */
        post: operations["inviteToCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Withdraws a pending invitation. */
        post: operations["revokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description What a mailed invitation offers (community, role, who invited), for the page its link opens. */
        post: operations["lookupInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Pending invitations addressed to the signed-in user (by account or verified email). */
        get: operations["myInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Accepts an invitation, by the mailed token or, for one addressed to the signed-in user, by id. */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Declines an invitation, by the mailed token or, for one addressed to the signed-in user, by id. */
        post: operations["declineInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Calls open now (default), upcoming, closed; or, for call managers, the ones they run. */
        get: operations["listCalls"];
        put?: never;
        /** @description Creates a call as a draft (administrators and call managers). */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A call with its domains, audience groups and submitted counts per domain. Drafts only for their managers. */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Edits a call until it closes; new times move its automatic opening and closing. */
        patch: operations["updateCall"];
        trace?: never;
    };
    "/api/calls/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Publishes a draft: scheduled, then open and closed by itself at its times. */
        post: operations["publishCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves a closed call on by hand: closed → under review → results published. */
        post: operations["setCallState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/call-managers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Lets a user create and run calls. */
        put: operations["grantCallManager"];
        post?: never;
        /** @description Takes the call-manager grant away. */
        delete: operations["revokeCallManager"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description For the call's managers: every contribution, filtered and searchable, with authors. For everyone: the submitted ones after closing when the call makes them public. */
        get: operations["listCallContributions"];
        put?: never;
        /** @description Writes a contribution (a draft, or submitted with `submit: true`; a receipt with a tracking code is mailed). Only while the call is open, to the second: 409 `call_closed` after. 201 when created; 200 with the first one for a repeated idempotency key. */
        post: operations["contribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Submitted contributions per domain (Table 1 of the source), per audience group and per day. */
        get: operations["callStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Uploads one file (multipart/form-data, field `file`) to the author's contribution while the call is open. Its type is sniffed from the bytes and must be one the call allows, within its size and count limits. */
        post: operations["attachToContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes an attachment while the call is open. */
        delete: operations["detachFromContribution"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Downloads an attachment (its author, the call's managers, or anyone once the contribution is public). */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The cover image. */
        get: operations["getCallCover"];
        put?: never;
        /** @description Uploads the cover image (PNG, JPEG or WebP, at most 5 MB; multipart field `file`). */
        post: operations["setCallCover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/contributions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The call's contributions as CSV (UTF-8 with BOM) or XLSX, with the list's filters; who wrote each is included for those allowed to know. */
        get: operations["exportContributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed-in user's contributions, newest first. */
        get: operations["myContributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/audience-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The audience group the user chose last, to offer again. */
        get: operations["myAudienceGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A contribution, for its author and the call's managers. */
        get: operations["getContribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description The author edits a contribution while the call is open (409 `call_closed` after). */
        patch: operations["updateContribution"];
        trace?: never;
    };
    "/api/contributions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The author submits a draft (a receipt is mailed) while the call is open. */
        post: operations["submitContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The author withdraws a contribution while the call is open. */
        post: operations["withdrawContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/rubric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The call's scoring rubric (its managers and panel members). */
        get: operations["getRubric"];
        /** @description Replaces the rubric; 409 `rubric_locked` once a review has been submitted. */
        put: operations["setRubric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The call's panels: all for its managers, one's own for panel members. */
        get: operations["listPanels"];
        put?: never;
        /** @description Creates a panel for some of the call's domains. */
        post: operations["createPanel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A panel with its members and what the viewer may do (members and the call's managers). */
        get: operations["getPanel"];
        put?: never;
        post?: never;
        /** @description Deletes a panel; 409 `panel_in_use` once it has submitted reviews. */
        delete: operations["deletePanel"];
        options?: never;
        head?: never;
        /** @description Edits a panel; its domains are fixed once it has assignments (409 `panel_in_use`). */
        patch: operations["updatePanel"];
        trace?: never;
    };
    "/api/panels/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Adds a member or changes their role (one chair, one secretary). By email: an existing account is added, anyone else is invited by mail. */
        put: operations["setPanelMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes a member; their unsubmitted reviews go. */
        delete: operations["removePanelMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/invitations/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Withdraws a pending invitation. */
        delete: operations["revokePanelInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panel-invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description What a mailed panel invitation offers (the token goes in the body, out of logs). */
        post: operations["lookupPanelInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panel-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The signed-in user joins the panel with the invitation's role. */
        post: operations["acceptPanelInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every submitted contribution in the panel's domains with its reviewers, average, spread and decision (the chair, the secretary and the call's managers). Authors are left out when the call is blind. */
        get: operations["panelContributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gives every contribution N reviewers from the panel, spread evenly, honouring conflicts; reports what could not be assigned and why. */
        post: operations["autoAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Assigns a contribution to a reviewer by hand; 409 `conflict_of_interest` when they are conflicted. */
        post: operations["assignReviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/assignments/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Takes back an assignment not yet submitted. */
        delete: operations["unassignReviewer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/decisions/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The panel chair records (or changes) the decision on a contribution; the contributor is notified by mail. */
        put: operations["decide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/panels/{id}/discussion/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The panel's thread on one contribution. */
        get: operations["panelDiscussion"];
        put?: never;
        /** @description Adds a message to the panel's thread on a contribution. */
        post: operations["postToDiscussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The contributions given to me to review. */
        get: operations["myReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One review with its contribution (blind when the call is) and rubric; others' scores once mine is submitted. */
        get: operations["getReview"];
        /** @description Saves or submits scores and comments; revisable until the panel's deadline. */
        put: operations["saveReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Declines the assignment (optionally declaring a conflict of interest); another reviewer is assigned if one is free. */
        post: operations["declineReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/attachments/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An attachment of the contribution under review, with a neutral name when the review is blind. */
        get: operations["downloadReviewAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The panel's decision on my contribution (its author and the call's managers). */
        get: operations["contributionDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Published results: figures per domain, and the accepted contributions when the call makes contributions public. Managers may preview. */
        get: operations["callResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/review-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reviewer progress, score distribution per domain, decisions per domain and audience group. */
        get: operations["reviewReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/review-report/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One row per contribution: reviews, average, spread, decision (CSV with BOM, or XLSX). */
        get: operations["exportReviewReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contributors with accepted contributions in published results, by call and domain. */
        get: operations["talent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A user's accepted contributions in published results (call and domain), for the profile page. */
        get: operations["userRecognitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The community's meetings overlapping [from, to) (default: from yesterday, three months), for its calendar. Private communities: members only. */
        get: operations["listCommunityMeetings"];
        put?: never;
        /** @description Schedules a meeting or a series (chair, facilitators, administrators); invitees are mailed. Answers with the first meeting. */
        post: operations["scheduleMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/meetings/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The meetings a schedule would yield, in the community's calendar and time zone; 400 naming the field when it yields none or more than 500. */
        post: operations["previewMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/meetings.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description iCalendar feed of the community's meetings; a private community needs a member's feed `token`. */
        get: operations["communityCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A meeting with its agenda, answers, follow-ups and what the viewer may do. */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Edits this meeting only, or the series from this meeting on (leaders). */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/api/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Cancels this meeting, or it and the rest of its series; those who answered are mailed. */
        post: operations["cancelMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description This one meeting as an .ics file. */
        get: operations["meetingCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Invites a member by name, or a guest expert by email, to the meeting's series. */
        post: operations["inviteToMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitees/{inviteeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Withdraws an invitation by name or a guest's. */
        delete: operations["removeMeetingInvitee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meeting-invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What a guest's mailed link invites to. */
        get: operations["lookupMeetingInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meeting-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The signed-in user becomes a guest of the series (once, within 14 days). */
        post: operations["acceptMeetingInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Yes, no or maybe (invitees, before the start). A yes beyond the capacity waits on the list. */
        put: operations["answerMeeting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Everyone invited, with answers and attendance (leaders and the secretary). */
        get: operations["meetingRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Bulk check-in: replaces who attended (the secretary or leaders, from an hour before the start). */
        put: operations["recordAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds an item (leaders, secretary) or proposes one for the facilitator to accept (members, invitees). */
        post: operations["addAgendaItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Puts the agenda items in this order (every item once). */
        put: operations["reorderAgenda"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes an item (leaders, secretary, or its proposer while proposed). */
        delete: operations["deleteAgendaItem"];
        options?: never;
        head?: never;
        /** @description Edits an item (leaders, secretary, or its proposer while proposed). */
        patch: operations["updateAgendaItem"];
        trace?: never;
    };
    "/api/agenda-items/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Accepts or declines a proposed item (chair, facilitators). */
        post: operations["answerAgendaProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The minutes: drafts for the secretary and leaders, the review draft for attendees, published minutes for all who see the meeting. */
        get: operations["getMinutes"];
        /** @description The secretary saves the minutes (per agenda item, Markdown). After publication each save is a new revision. */
        put: operations["saveMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The secretary sends the draft to the attendees, who may suggest corrections for the given days. */
        post: operations["sendMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An attendee suggests how a section should read, while corrections are open. */
        post: operations["suggestCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/minutes-corrections/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The secretary accepts (the section takes the text) or declines a suggested correction. */
        post: operations["answerCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The chair approves, or the secretary records approval by a later meeting; after the correction window, with every correction answered. */
        post: operations["approveMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The secretary publishes approved minutes: members are mailed and they become a knowledge item. */
        post: operations["publishMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The secretary records a decision, with its actions (owner, due date). */
        post: operations["addDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes a decision and its actions (before approval). */
        delete: operations["deleteDecision"];
        options?: never;
        head?: never;
        /** @description Rewords a decision (before approval). */
        patch: operations["updateDecision"];
        trace?: never;
    };
    "/api/decisions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds an action to a decision (before approval); the owner is mailed. */
        post: operations["addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description The owner moves the status; the secretary and leaders may change anything. */
        patch: operations["updateAction"];
        trace?: never;
    };
    "/api/me/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Meetings I am invited to (by role, by name or as a guest) overlapping [from, to). */
        get: operations["myMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Actions I own, overdue ones marked. */
        get: operations["myActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Whether I have a private calendar feed link. */
        get: operations["calendarFeed"];
        put?: never;
        /** @description Makes a new private feed link (shown once); the previous link stops working. */
        post: operations["renewCalendarFeed"];
        /** @description Revokes my private feed link. */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{token}/meetings.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A user's private iCalendar feed of every meeting they are invited to. */
        get: operations["userCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The community's knowledge items without their text (enough for the page tree by `parentId`), optionally of one kind, with a tag, or matching words of the title or tags; and whether the reader may write pages. 404 to those who may not read the community. */
        get: operations["listKnowledge"];
        put?: never;
        /** @description A current member writes a page, case study, lesson learned or best practice (revision 1). 409 community_dissolved in a dissolved community. */
        post: operations["createKnowledgeItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/knowledge/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The tags of the community's knowledge items with how many items carry each, most used first. */
        get: operations["listKnowledgeTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A knowledge item with its place in the hierarchy (ancestors, children), its revision list, its rating and what the reader may do, for those who may read its community. */
        get: operations["getKnowledgeItem"];
        /** @description A current member saves an edit begun on `baseRevision`: a new numbered revision when the title or text changed (kind, tags and parent change in place; nothing changed saves nothing). Someone saved since: 409 `edit_conflict` with their version in `current` {revision, title, body, author, createdAt}, nothing saved. Meeting minutes: 409 `minutes_from_meeting` (edited from their meeting). */
        put: operations["updateKnowledgeItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Brings back an older revision's title and text as a new revision, with the same edit-conflict rule as saving. */
        post: operations["revertKnowledgeItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description A current member rates the item's usefulness from 1 to 5 stars; rating again replaces their rating. */
        put: operations["rateKnowledgeItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One saved revision of a knowledge item, numbered from 1, with its full text (two of them make a diff). */
        get: operations["getKnowledgeRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/discussions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The community's threads: pinned first, then the most recently active. Unread counts and following for signed-in readers. 404 when its content is not open to the viewer. */
        get: operations["listDiscussions"];
        put?: never;
        /** @description Starts a thread (current members of any role); its text is post number 1. The author follows it; people mentioned are mailed. 409 `community_dissolved` in a dissolved community. */
        post: operations["startDiscussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/discussion-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reported posts of the community, newest first (moderators: chair, facilitators, administrators). */
        get: operations["listDiscussionReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A thread and a page of its posts from post number `from`, with what the viewer may do. Reading it does not move the reader's place (PUT …/read does). */
        get: operations["getDiscussion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Renames (the author or moderators), pins or locks (moderators) a thread. Answers with its first page. */
        patch: operations["updateDiscussion"];
        trace?: never;
    };
    "/api/discussions/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a post (current members), optionally quoting one of the thread. The poster follows the thread; followers and people mentioned are mailed. 409 `thread_locked` when locked. */
        post: operations["replyToDiscussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussions/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Follows the thread: mailed about new posts. */
        put: operations["followDiscussion"];
        post?: never;
        /** @description Stops following the thread. */
        delete: operations["unfollowDiscussion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussions/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Records that the reader has read up to post `number`; the place never moves back. Allowed in a dissolved community too. */
        put: operations["markDiscussionRead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Deletes a post (its author or a moderator). It stays in the thread as a "deleted" mark; its text leaves the thread view and search. */
        delete: operations["deleteDiscussionPost"];
        options?: never;
        head?: never;
        /** @description Edits one's own post; the earlier text is kept (GET …/revisions) and the post shows as edited. Newly mentioned people are mailed. */
        patch: operations["editDiscussionPost"];
        trace?: never;
    };
    "/api/posts/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The earlier texts of an edited post, oldest first (the current text is the post's). Empty for a deleted post, except to moderators. */
        get: operations["listDiscussionPostRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Reports a post to the community's chair and facilitators (mailed). Once per person and post: 409 `already_reported`. */
        post: operations["reportDiscussionPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussion-reports/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Marks a report as dealt with (moderators). */
        post: operations["resolveDiscussionReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{slug}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The community's document library, most recently changed first, optionally filtered by words of the title or description; with whether the viewer may upload and the library's limits. Private communities: members and administrators only (404 otherwise). */
        get: operations["listDocuments"];
        put?: never;
        /** @description Uploads a document (multipart/form-data: `file`, optional `title` — the file name without its extension when left out — and `description`). Current members of the community. The type is recognized from the bytes, never from the name or the declared type, and must be one the library takes, within its size limit (400 naming `file`). 409 `community_dissolved` for a dissolved community. */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A document with all its versions and what the viewer may do with it; for the community's readers (404 otherwise). */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /** @description Deletes the document, every version and their files (the uploader, the chair, facilitators, administrators). */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        /** @description Changes the title or description (the uploader, the chair, facilitators, administrators). */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/api/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Uploads a new version, which becomes the current one (multipart/form-data: `file` and an optional `note`). The uploader, the chair, facilitators, the secretary and administrators; the same type and size checks as a new document. */
        post: operations["addDocumentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file of a version (the current one unless `version` is given) as an attachment, with the type recognized at upload; for the community's readers (404 otherwise). */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One search over communities, discussions, knowledge items, library documents (titles) and public call contributions, best matches first, with highlighted snippets. Only what the reader may see: public communities and their own (all for administrators), and contributions of calls that published them. */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
        Problem: {
            type: string;
            title: string;
            status: number;
            /** @description What went wrong, in the language of the request */
            detail: string;
            /** @description Stable machine-readable error code */
            code: string;
            errors?: {
                /** @description Dotted path of the invalid field */
                field: string;
                code: string;
                message: string;
            }[];
            requestId: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The signed-in user: their whole account */
        Me: {
            /** Format: uuid */
            id: string;
            email: string;
            emailVerified: boolean;
            /** @enum {string} */
            role: "admin" | "user";
            /**
             * @description Interface language: fa (default), ar or en
             * @enum {string}
             */
            locale: "fa" | "ar" | "en";
            /** @description True for a one-time password that should be changed */
            mustChangePassword: boolean;
            /** Format: date-time */
            createdAt: string;
            profile: {
                /** @description Full name */
                name: string;
                /** @description Academic degree (مدرک تحصیلی) */
                degree: string;
                /** @description Field of study (رشته تحصیلی) */
                fieldOfStudy: string;
                /** @description Job title (عنوان شغلی) */
                jobTitle: string;
                /** @description Current position (سمت فعلی) */
                position: string;
                /** @description Organization (سازمان) */
                organization: string;
                /** @description Phone; Persian, Arabic or Latin digits */
                phone: string;
                /** @description Postal address */
                address: string;
                /** @description Short biography */
                bio: string;
                /** @description Expertise tags */
                expertise: string[];
                /** @description Languages spoken */
                languages: string[];
            };
            visibility: {
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                email: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                degree: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                fieldOfStudy: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                jobTitle: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                position: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                organization: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                phone: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                 * @enum {string}
                 */
                address: "public" | "members" | "admins";
            };
        };
        /** @description A user profile as the viewer may see it */
        PublicProfile: {
            /** Format: uuid */
            id: string;
            name: string;
            bio: string;
            expertise: string[];
            languages: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description Only the fields this viewer may see, by each field's visibility */
            fields: {
                email?: string;
                degree?: string;
                fieldOfStudy?: string;
                jobTitle?: string;
                position?: string;
                organization?: string;
                phone?: string;
                address?: string;
            };
        };
        AdminUser: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "user";
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A request to form a community (Appendix 1 of the guideline) */
        FormationRequest: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "draft" | "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            /** Format: uuid */
            applicantId: string;
            applicant: {
                /** @description Full name (نام و نام خانوادگی) */
                name: string;
                /** @description Degree (مدرک تحصیلی) */
                degree: string;
                /** @description Field of study (رشته تحصیلی) */
                fieldOfStudy: string;
                /** @description Job title (عنوان شغلی) */
                jobTitle: string;
                /** @description Current position (سمت فعلی) */
                position: string;
                /** @description Organization (نام ارگان محل فعالیت) */
                organization: string;
                /** @description Phone (تلفن) */
                phone: string;
                /** @description Fax (دورنگار) */
                fax: string;
                /** @description Email (پست الکترونیکی) */
                email: string;
                /** @description Address (نشانی) */
                address: string;
            };
            title: string;
            domain: string;
            goals: string;
            rationale: string;
            scope: string;
            kind: ("expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum") | null;
            level: ("organizational" | "sectoral" | "national") | null;
            geography: ("local" | "regional" | "national" | "international") | null;
            coreMembers: {
                userId: string | null;
                name: string;
                position: string;
                organization: string;
                /** @description Only for people not yet registered */
                email: string;
                /**
                 * @description Role proposed for a founding core member
                 * @enum {string}
                 */
                role: "facilitator" | "secretary" | "member";
            }[];
            platforms: string;
            knowledgeTools: string;
            hasPriorExperience: boolean | null;
            priorExperience: string;
            funding: string;
            supportNeeded: string;
            acknowledgedAt: string | null;
            communitySlug: string | null;
            submittedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What still stops submission, in the language of the request (empty when it can be submitted) */
            missing: {
                field: string;
                code: string;
                message: string;
            }[];
            history: {
                /** @enum {string} */
                action: "created" | "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                actorName: string;
                comment: string;
                /** Format: date-time */
                at: string;
            }[];
        };
        FormationRequestSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "draft" | "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            title: string;
            applicantName: string;
            /** @description Founding core size including the applicant */
            coreSize: number;
            communitySlug: string | null;
            submittedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CommunitySummary: {
            /** Format: uuid */
            id: string;
            slug: string;
            title: string;
            domain: string;
            /**
             * @description Kind of body
             * @enum {string}
             */
            kind: "expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum";
            /**
             * @description Level of activity: organizational, sectoral or national
             * @enum {string}
             */
            level: "organizational" | "sectoral" | "national";
            /**
             * @description Geographic reach
             * @enum {string}
             */
            geography: "local" | "regional" | "national" | "international";
            /**
             * @description private: only members and administrators know it exists
             * @enum {string}
             */
            visibility: "public" | "private";
            /**
             * @description open: anyone signed in joins; request: leaders approve; invitation: invited only
             * @enum {string}
             */
            joinPolicy: "open" | "request" | "invitation";
            /** @enum {string} */
            state: "active" | "at_risk" | "dissolved";
            membersCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A community profile as the viewer may see it */
        Community: {
            title: string;
            domain: string;
            /** @description Goals */
            goals: string;
            /** @description Description */
            description: string;
            /**
             * @description Kind of body
             * @enum {string}
             */
            kind: "expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum";
            /**
             * @description Level of activity: organizational, sectoral or national
             * @enum {string}
             */
            level: "organizational" | "sectoral" | "national";
            /**
             * @description Geographic reach
             * @enum {string}
             */
            geography: "local" | "regional" | "national" | "international";
            /**
             * @description Horizontal (peers) or vertical (along a chain)
             * @enum {string}
             */
            structure: "horizontal" | "vertical";
            /** @enum {string} */
            formality: "formal" | "informal";
            /**
             * @description private: only members and administrators know it exists
             * @enum {string}
             */
            visibility: "public" | "private";
            /**
             * @description open: anyone signed in joins; request: leaders approve; invitation: invited only
             * @enum {string}
             */
            joinPolicy: "open" | "request" | "invitation";
            /**
             * @description The calendar monthly meetings follow ("the 10th" of a Solar Hijri month…)
             * @enum {string}
             */
            calendar: "persian" | "gregorian" | "islamic-umalqura";
            /** @description IANA time zone meetings are held in, e.g. Asia/Tehran */
            timeZone: string;
            /** Format: uuid */
            id: string;
            slug: string;
            /** @enum {string} */
            state: "active" | "at_risk" | "dissolved";
            /** @description Reason given for the last lifecycle change */
            stateReason: string;
            stateChangedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            membersCount: number;
            /** @description Chair, facilitators and secretaries */
            leaders: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                role: "chair" | "facilitator" | "secretary" | "member" | "guest_expert";
            }[];
            viewer: {
                role: ("chair" | "facilitator" | "secretary" | "member" | "guest_expert") | null;
                accessEndsAt: string | null;
                /** @description A join request is waiting */
                requested: boolean;
                invitationId: string | null;
                /** @description What the viewer may do here (from the same policy the server enforces) */
                can: {
                    edit: boolean;
                    join: boolean;
                    requestToJoin: boolean;
                    leave: boolean;
                    invite: boolean;
                    decideRequests: boolean;
                    manageMembers: boolean;
                    changeRoles: boolean;
                    setState: boolean;
                    seeHistory: boolean;
                };
            };
        };
        Member: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** @description Empty when the member keeps it hidden */
            organization: string;
            /** @enum {string} */
            role: "chair" | "facilitator" | "secretary" | "member" | "guest_expert";
            accessEndsAt: string | null;
            /** Format: date-time */
            since: string;
        };
        JoinRequest: {
            /** Format: uuid */
            userId: string;
            name: string;
            note: string;
            /** Format: date-time */
            at: string;
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            community: {
                slug: string;
                title: string;
            };
            email: string;
            name: string;
            /** @enum {string} */
            role: "chair" | "facilitator" | "secretary" | "member" | "guest_expert";
            accessEndsAt: string | null;
            invitedBy: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "declined" | "revoked";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        CommunityEvent: {
            action: string;
            actorName: string;
            subjectName: string;
            detail: {
                [key: string]: string | null;
            };
            /** Format: date-time */
            at: string;
        };
        Attachment: {
            /** Format: uuid */
            id: string;
            name: string;
            size: number;
            /** @description Sniffed from the bytes */
            type: string;
            /** Format: date-time */
            createdAt: string;
        };
        Call: {
            /** Format: uuid */
            id: string;
            title: string;
            summary: string;
            /** @description Markdown */
            description: string;
            domains: {
                /** @description Stable key (a–z, 0–9, _ and -) */
                key: string;
                title: string;
                description: string;
            }[];
            audienceGroups: {
                /** @description Stable key (a–z, 0–9, _ and -) */
                key: string;
                title: string;
            }[];
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @description Reviewers do not see who wrote a contribution */
            blindReview: boolean;
            /** @description Submitted contributions are listed publicly once the call has closed */
            publicAfterClose: boolean;
            wordLimit: number | null;
            attachments: {
                allowed: boolean;
                maxBytes: number;
                /** @description Allowed media types, e.g. application/pdf */
                types: string[];
                maxFiles: number;
            };
            /** @enum {string} */
            state: "draft" | "scheduled" | "open" | "closed" | "under_review" | "results_published";
            /** @description A cover image is at /api/calls/{id}/cover */
            hasCover: boolean;
            /** @description Submitted contributions per domain */
            counts: {
                domainKey: string;
                submitted: number;
            }[];
            canManage: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CallSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            summary: string;
            /** @enum {string} */
            state: "draft" | "scheduled" | "open" | "closed" | "under_review" | "results_published";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            submitted: number;
        };
        Contribution: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            attachments: components["schemas"]["Attachment"][];
            trackingCode: string;
            /** @enum {string} */
            state: "draft" | "submitted" | "withdrawn";
            domainKey: string;
            audienceGroup: string;
            title: string;
            body: string;
            affiliation: string;
            /** @description Absent where the viewer may not know the author */
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            words: number;
            submittedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CallStatistics: {
            total: number;
            byDomain: {
                key: string;
                title: string;
                count: number;
            }[];
            byAudienceGroup: {
                key: string;
                title: string;
                count: number;
            }[];
            byDay: {
                /** @description YYYY-MM-DD (UTC) */
                day: string;
                count: number;
            }[];
        };
        Rubric: {
            criteria: {
                key: string;
                title: string;
                description: string;
                /** @description The lowest score (0 or 1) */
                scaleMin: number;
                /** @description The highest score */
                scaleMax: number;
                weight: number;
                /** @description A written comment must accompany this score */
                commentRequired: boolean;
            }[];
            /** @description A review has been submitted: the rubric can no longer change */
            locked: boolean;
            canEdit: boolean;
        };
        Panel: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            title: string;
            /** @description The call's domains this panel reviews; a domain has at most one panel */
            domainKeys: string[];
            /** @description N: reviewers per contribution */
            reviewersPerContribution: number;
            deadline: null | string;
            /** @description Weighted scores (0–100) this far apart are flagged as a strong disagreement */
            disagreementThreshold: number;
            call: {
                /** Format: uuid */
                id: string;
                title: string;
                state: string;
                blindReview: boolean;
                domains: {
                    key: string;
                    title: string;
                }[];
                audienceGroups: {
                    key: string;
                    title: string;
                }[];
            };
            members: {
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                role: "chair" | "secretary" | "reviewer";
                assigned: number;
                submitted: number;
            }[];
            /** @description Pending invitations (for those who manage the panel) */
            invitations: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                /** @enum {string} */
                role: "chair" | "secretary" | "reviewer";
                /** Format: date-time */
                expiresAt: string;
            }[];
            myRole: null | ("chair" | "secretary" | "reviewer");
            can: {
                manage: boolean;
                assign: boolean;
                decide: boolean;
                seeScores: boolean;
            };
        };
        PanelContribution: {
            /** Format: uuid */
            id: string;
            title: string;
            domainKey: string;
            audienceGroup: string;
            trackingCode: string;
            author: null | {
                /** Format: uuid */
                id: string;
                name: string;
            };
            affiliation: string;
            assignments: {
                /** Format: uuid */
                id: string;
                reviewer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                state: "assigned" | "submitted" | "declined";
                weighted: null | number;
                automatic: boolean;
                declineReason: string;
            }[];
            conflicts: {
                reviewer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /**
                 * @description Automatic ones (author, organization) are not listed when the review is blind
                 * @enum {string}
                 */
                kind: "declared" | "author" | "organization";
                reason: string;
            }[];
            average: null | number;
            spread: null | number;
            /** @description The spread reaches the panel's threshold */
            disagreement: boolean;
            decision: null | {
                /** @enum {string} */
                outcome: "accepted" | "partly_accepted" | "merged" | "rejected";
                reason: string;
                mergedInto: null | {
                    /** Format: uuid */
                    id: string;
                    title: string;
                };
                /** Format: date-time */
                decidedAt: string;
            };
        };
        AssignmentReport: {
            /** @description New assignments made */
            assigned: number;
            perReviewer: {
                reviewer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @description Active assignments in this panel */
                count: number;
            }[];
            unassigned: {
                /** Format: uuid */
                contributionId: string;
                title: string;
                /** @description Reviewers still lacking */
                missing: number;
                /**
                 * @description conflicts: enough reviewers, but conflicted; too_few_reviewers: the panel is smaller than N
                 * @enum {string}
                 */
                reason: "conflicts" | "too_few_reviewers";
            }[];
        };
        MyReview: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "assigned" | "submitted" | "declined";
            call: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            panel: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            contribution: {
                /** Format: uuid */
                id: string;
                title: string;
                domainKey: string;
            };
            deadline: null | string;
            /** Format: date-time */
            assignedAt: string;
            submittedAt: null | string;
        };
        Review: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "assigned" | "submitted" | "declined";
            /** @description Before the deadline and before results are published */
            editable: boolean;
            deadline: null | string;
            call: {
                /** Format: uuid */
                id: string;
                title: string;
                blindReview: boolean;
                domains: {
                    key: string;
                    title: string;
                }[];
                audienceGroups: {
                    key: string;
                    title: string;
                }[];
            };
            panel: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            contribution: {
                /** Format: uuid */
                id: string;
                title: string;
                body: string;
                domainKey: string;
                audienceGroup: string;
                words: number;
                author: null | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                affiliation: string;
                attachments: {
                    /** Format: uuid */
                    id: string;
                    /** @description Neutral (attachment-1.pdf) when the review is blind */
                    name: string;
                    size: number;
                    type: string;
                }[];
            };
            criteria: {
                key: string;
                title: string;
                description: string;
                /** @description The lowest score (0 or 1) */
                scaleMin: number;
                /** @description The highest score */
                scaleMax: number;
                weight: number;
                /** @description A written comment must accompany this score */
                commentRequired: boolean;
            }[];
            /** @description Per criterion key */
            scores: {
                [key: string]: {
                    score: null | number;
                    comment: string;
                };
            };
            comment: string;
            weighted: null | number;
            others: null | {
                reviewer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @description Per criterion key */
                scores: {
                    [key: string]: {
                        score: null | number;
                        comment: string;
                    };
                };
                comment: string;
                weighted: null | number;
            }[];
            average: null | number;
            spread: null | number;
            /** @description The spread reaches the panel's threshold */
            disagreement: boolean;
        };
        ReviewPost: {
            /** Format: uuid */
            id: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        ContributionDecision: {
            decision: null | {
                /** @enum {string} */
                outcome: "accepted" | "partly_accepted" | "merged" | "rejected";
                reason: string;
                mergedInto: null | {
                    /** Format: uuid */
                    id: string;
                    title: string;
                };
                /** Format: date-time */
                decidedAt: string;
            };
        };
        CallResults: {
            call: {
                /** Format: uuid */
                id: string;
                title: string;
                state: string;
            };
            /** @description False: a preview for the call's managers */
            published: boolean;
            byDomain: {
                key: string;
                title: string;
                submitted: number;
                accepted: number;
                partlyAccepted: number;
                merged: number;
                rejected: number;
            }[];
            /** @description Accepted and partly accepted contributions, when the call makes contributions public */
            contributions: {
                /** Format: uuid */
                id: string;
                title: string;
                body: string;
                domainKey: string;
                audienceGroup: string;
                /** @enum {string} */
                outcome: "accepted" | "partly_accepted";
                reason: string;
            }[];
        };
        ReviewReport: {
            progress: {
                /** Format: uuid */
                panelId: string;
                panelTitle: string;
                reviewer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                assigned: number;
                submitted: number;
                declined: number;
            }[];
            scoreDistribution: {
                key: string;
                title: string;
                /** @description Contributions with at least one submitted review */
                reviewed: number;
                mean: null | number;
                /** @description Contributions by average weighted score: 0–20, 20–40, 40–60, 60–80, 80–100 */
                buckets: number[];
            }[];
            decisionsByDomain: {
                key: string;
                title: string;
                accepted: number;
                partlyAccepted: number;
                merged: number;
                rejected: number;
                undecided: number;
            }[];
            decisionsByAudienceGroup: {
                key: string;
                title: string;
                accepted: number;
                partlyAccepted: number;
                merged: number;
                rejected: number;
                undecided: number;
            }[];
        };
        Recognitions: {
            items: {
                /** Format: uuid */
                callId: string;
                callTitle: string;
                domainKey: string;
                domainTitle: string;
                /** @enum {string} */
                outcome: "accepted" | "partly_accepted";
            }[];
        };
        Talent: {
            items: {
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                recognitions: {
                    /** Format: uuid */
                    callId: string;
                    callTitle: string;
                    domainKey: string;
                    domainTitle: string;
                    /** @enum {string} */
                    outcome: "accepted" | "partly_accepted";
                }[];
            }[];
        };
        PanelInvitationLookup: {
            panelTitle: string;
            callTitle: string;
            /** @enum {string} */
            role: "chair" | "secretary" | "reviewer";
            email: string;
            usable: boolean;
        };
        MeetingSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seriesId: string;
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                /** @enum {string} */
                calendar: "persian" | "gregorian" | "islamic-umalqura";
                timeZone: string;
            };
            title: string;
            /** @enum {string} */
            kind: "in_person" | "online" | "hybrid";
            /** @enum {string} */
            format: "case_study" | "expert_panel" | "problem_solving" | "storytelling" | "learning_group" | "experience_sharing" | "challenge" | "collaborative_project" | "workshop" | "general_assembly";
            place: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            timeZone: string;
            cancelled: boolean;
            recurring: boolean;
            myResponse: null | ("yes" | "no" | "maybe");
        };
        CommunityMeetings: {
            items: components["schemas"]["MeetingSummary"][];
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                /** @enum {string} */
                calendar: "persian" | "gregorian" | "islamic-umalqura";
                timeZone: string;
            };
            canSchedule: boolean;
        };
        Occurrences: {
            items: {
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
            }[];
            /** @enum {string} */
            calendar: "persian" | "gregorian" | "islamic-umalqura";
            timeZone: string;
        };
        AgendaItem: {
            /** Format: uuid */
            id: string;
            position: number;
            title: string;
            description: string;
            presenter: null | {
                /** Format: uuid */
                id: string;
                name: string;
            };
            presenterName: string;
            durationMinutes: null | number;
            /** @enum {string} */
            state: "accepted" | "proposed" | "declined";
            proposedBy: null | {
                /** Format: uuid */
                id: string;
                name: string;
            };
            approvesMinutesOf: null | {
                /** Format: uuid */
                id: string;
                title: string;
                /** Format: date-time */
                startsAt: string;
            };
        };
        ActionItem: {
            /** Format: uuid */
            id: string;
            title: string;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            dueDate: null | string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "dropped";
            /** @description Past its due date in the community's time zone and not done or dropped */
            overdue: boolean;
            /** Format: uuid */
            decisionId: string;
            decision: string;
            meeting: {
                /** Format: uuid */
                id: string;
                title: string;
                /** Format: date-time */
                startsAt: string;
            };
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
            };
            canUpdate: boolean;
        };
        Rsvp: {
            yes: number;
            no: number;
            maybe: number;
            waitlisted: number;
            capacity: null | number;
            mine: null | {
                /** @enum {string} */
                response: "yes" | "no" | "maybe";
                waitlisted: boolean;
            };
        };
        Meeting: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seriesId: string;
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                /** @enum {string} */
                calendar: "persian" | "gregorian" | "islamic-umalqura";
                timeZone: string;
            };
            title: string;
            /** @enum {string} */
            kind: "in_person" | "online" | "hybrid";
            /** @enum {string} */
            format: "case_study" | "expert_panel" | "problem_solving" | "storytelling" | "learning_group" | "experience_sharing" | "challenge" | "collaborative_project" | "workshop" | "general_assembly";
            place: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            timeZone: string;
            cancelled: boolean;
            recurring: boolean;
            myResponse: null | ("yes" | "no" | "maybe");
            description: string;
            /** @description Shown to invitees and leaders only */
            onlineUrl: string;
            capacity: null | number;
            /** @description Edited on its own, apart from its series */
            detached: boolean;
            series: {
                recurrence: null | ({
                    /** @enum {string} */
                    freq: "weekly";
                    interval: number;
                } | {
                    /** @enum {string} */
                    freq: "monthly";
                    interval: number;
                    /** @description 1–31, or -1 for the last day */
                    monthDay: number;
                } | {
                    /** @enum {string} */
                    freq: "monthly";
                    interval: number;
                    /** @description 0 = Sunday … 6 = Saturday */
                    weekday: number;
                    /** @description 1–4, or -1 for the last */
                    nth: number;
                });
                /** @enum {string} */
                calendar: "persian" | "gregorian" | "islamic-umalqura";
                startTime: string;
                endTime: string;
                reminderMinutes: number;
                invitedRoles: ("chair" | "facilitator" | "secretary" | "member" | "guest_expert")[];
                /** @description This meeting's number in its series, from 1 */
                position: number;
                total: number;
                previousId: null | string;
                nextId: null | string;
            };
            rsvp: components["schemas"]["Rsvp"];
            agenda: components["schemas"]["AgendaItem"][];
            /** @description Open actions from the community's earlier meetings, for follow-up */
            followUps: components["schemas"]["ActionItem"][];
            /** @description People invited by name, and guest experts */
            invitees: {
                /** Format: uuid */
                id: string;
                user: null | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                name: string;
                /** @description Leaders only */
                email: string;
                guest: boolean;
                pending: boolean;
            }[];
            /** @enum {string} */
            minutesState: "none" | "draft" | "in_review" | "approved" | "published";
            knowledgeItemId: null | string;
            viewer: {
                role: null | ("chair" | "facilitator" | "secretary" | "member" | "guest_expert");
                invited: boolean;
                guest: boolean;
                attended: boolean;
            };
            can: {
                edit: boolean;
                invite: boolean;
                rsvp: boolean;
                editAgenda: boolean;
                proposeAgenda: boolean;
                recordAttendance: boolean;
                seeMinutes: boolean;
                writeMinutes: boolean;
                approveMinutes: boolean;
            };
        };
        /** @description Everyone invited, with their answer and attendance */
        Roster: {
            items: {
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                role: null | ("chair" | "facilitator" | "secretary" | "member" | "guest_expert");
                guest: boolean;
                response: null | ("yes" | "no" | "maybe");
                waitlisted: boolean;
                attended: boolean;
            }[];
        };
        MeetingDecision: {
            /** Format: uuid */
            id: string;
            agendaItemId: null | string;
            text: string;
            actions: components["schemas"]["ActionItem"][];
            /** Format: date-time */
            createdAt: string;
        };
        Minutes: {
            /** Format: uuid */
            meetingId: string;
            /** @enum {string} */
            state: "none" | "draft" | "in_review" | "approved" | "published";
            notes: string;
            items: {
                /** Format: uuid */
                agendaItemId: string;
                title: string;
                minutes: string;
            }[];
            decisions: components["schemas"]["MeetingDecision"][];
            corrections: {
                /** Format: uuid */
                id: string;
                agendaItemId: null | string;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                text: string;
                comment: string;
                /** @enum {string} */
                state: "pending" | "accepted" | "declined";
                /** Format: date-time */
                createdAt: string;
            }[];
            correctionsUntil: null | string;
            approvedBy: null | {
                /** Format: uuid */
                id: string;
                name: string;
            };
            approvedInMeeting: null | {
                /** Format: uuid */
                id: string;
                title: string;
                /** Format: date-time */
                startsAt: string;
            };
            approvedAt: null | string;
            publishedAt: null | string;
            knowledgeItemId: null | string;
            can: {
                write: boolean;
                send: boolean;
                suggest: boolean;
                decideCorrections: boolean;
                approve: boolean;
                publish: boolean;
            };
        };
        CalendarFeed: {
            exists: boolean;
            createdAt: null | string;
            url: null | string;
        };
        GuestInvitationLookup: {
            meeting: {
                /** Format: uuid */
                id: string;
                title: string;
                /** Format: date-time */
                startsAt: string;
                communityTitle: string;
            };
            email: string;
            /** Format: date-time */
            expiresAt: string;
        };
        KnowledgeItem: {
            /** Format: uuid */
            id: string;
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                state: string;
            };
            /** @enum {string} */
            kind: "page" | "case_study" | "lesson_learned" | "best_practice" | "meeting_minutes";
            title: string;
            body: string;
            tags: string[];
            sourceMeetingId: null | string;
            parentId: null | string;
            /** @description From the top of the hierarchy down to the parent: the hierarchical title */
            ancestors: {
                /** Format: uuid */
                id: string;
                title: string;
            }[];
            children: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                kind: "page" | "case_study" | "lesson_learned" | "best_practice" | "meeting_minutes";
            }[];
            /** @description The current revision's number; send it back as `baseRevision` when saving */
            revision: number;
            revisions: {
                number: number;
                title: string;
                note: string;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** Format: date-time */
                createdAt: string;
            }[];
            rating: {
                average: null | number;
                count: number;
                mine: null | number;
            };
            permissions: {
                edit: boolean;
                rate: boolean;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        KnowledgeRevision: {
            number: number;
            title: string;
            body: string;
            note: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            createdAt: string;
        };
        KnowledgeList: {
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                state: string;
            };
            items: {
                /** Format: uuid */
                id: string;
                parentId: null | string;
                /** @enum {string} */
                kind: "page" | "case_study" | "lesson_learned" | "best_practice" | "meeting_minutes";
                title: string;
                tags: string[];
                revision: number;
                rating: {
                    average: null | number;
                    count: number;
                };
                /** Format: date-time */
                updatedAt: string;
            }[];
            canCreate: boolean;
        };
        KnowledgeTags: {
            items: {
                tag: string;
                count: number;
            }[];
        };
        KnowledgeRating: {
            average: null | number;
            count: number;
            mine: null | number;
        };
        DiscussionThreadSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            pinned: boolean;
            locked: boolean;
            /** @description Visible posts minus the opening one */
            replies: number;
            /** Format: date-time */
            lastPostAt: string;
            /** Format: date-time */
            createdAt: string;
            lastPoster: null | {
                /** Format: uuid */
                id: string;
                name: string;
            };
            unread: null | number;
            following: boolean;
        };
        DiscussionThreadList: {
            items: components["schemas"]["DiscussionThreadSummary"][];
            nextCursor: null | string;
            /** @description The viewer may start a thread here */
            canStart: boolean;
        };
        DiscussionPost: {
            /** Format: uuid */
            id: string;
            /** @description From 1 (the opening post) in its thread */
            number: number;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description Markdown as typed; '' when deleted (moderators still see the removed text here, with `deleted` true) */
            body: string;
            quote: null | {
                /** Format: uuid */
                postId: string;
                number: number;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @description The first ~200 characters of the quoted post; '' if it was deleted */
                excerpt: string;
            };
            /** Format: date-time */
            createdAt: string;
            editedAt: null | string;
            deleted: boolean;
            deletedBy: null | ("author" | "moderator");
            canEdit: boolean;
            canDelete: boolean;
        };
        DiscussionThread: {
            /** Format: uuid */
            id: string;
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                /** @enum {string} */
                state: "active" | "at_risk" | "dissolved";
            };
            title: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            pinned: boolean;
            locked: boolean;
            /** @description Posts so far, deleted ones included (the highest number) */
            postCount: number;
            following: boolean;
            lastReadNumber: null | number;
            permissions: {
                reply: boolean;
                /** @description Pin, lock, delete others' posts, see reports */
                moderate: boolean;
                follow: boolean;
                report: boolean;
            };
            posts: components["schemas"]["DiscussionPost"][];
            nextFrom: null | number;
        };
        /** @description An earlier text of a post and when it was replaced */
        DiscussionPostRevision: {
            body: string;
            /** Format: date-time */
            replacedAt: string;
        };
        DiscussionReport: {
            /** Format: uuid */
            id: string;
            post: {
                /** Format: uuid */
                id: string;
                number: number;
                /** Format: uuid */
                threadId: string;
                threadTitle: string;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @description The reported text, even if the post was deleted since */
                body: string;
                deleted: boolean;
            };
            reporter: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            reason: string;
            /** @enum {string} */
            state: "open" | "resolved";
            /** Format: date-time */
            createdAt: string;
            resolvedAt: null | string;
            resolvedBy: null | {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        DocumentVersion: {
            number: number;
            /** @description The uploaded name, cleaned (no folders, control characters or `..`), with the extension of its real type */
            fileName: string;
            /** @description Bytes */
            size: number;
            /** @description The media type recognized from the file's bytes */
            type: string;
            note: string;
            uploadedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            createdAt: string;
        };
        DocumentSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            currentVersion: number;
            latest: components["schemas"]["DocumentVersion"];
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LibraryLimits: {
            /** @description The largest file the library takes */
            maxBytes: number;
            /** @description The media types it takes, recognized from the bytes */
            types: string[];
        };
        LibraryPage: {
            items: components["schemas"]["DocumentSummary"][];
            nextCursor: null | string;
            /** @description Whether the viewer may upload to this library now */
            canUpload: boolean;
            limits: components["schemas"]["LibraryLimits"];
        };
        LibraryDocument: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            currentVersion: number;
            latest: components["schemas"]["DocumentVersion"];
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            community: {
                /** Format: uuid */
                id: string;
                slug: string;
                title: string;
                state: string;
            };
            /** @description Oldest first */
            versions: components["schemas"]["DocumentVersion"][];
            permissions: {
                addVersion: boolean;
                edit: boolean;
                delete: boolean;
            };
            limits: components["schemas"]["LibraryLimits"];
        };
        SearchResult: {
            /** @enum {string} */
            kind: "community" | "discussion" | "wiki" | "document" | "contribution";
            /** Format: uuid */
            id: string;
            /** @description The text in pieces; `hit` marks words the query matched */
            title: {
                text: string;
                hit: boolean;
            }[];
            /** @description A heading for the result, e.g. the thread a reply belongs to */
            context: string;
            /** @description The text in pieces; `hit` marks words the query matched */
            snippet: {
                text: string;
                hit: boolean;
            }[];
            /** @description The web page of the result */
            path: string;
            community: null | {
                slug: string;
                title: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        database: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        database: string;
                    };
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["Me"] | null;
                        /** @description Send it back in the x-csrf-token header on every write */
                        csrfToken: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                    /** @description At least 8 characters */
                    password: string;
                    name: string;
                    /**
                     * @description Interface language: fa (default), ar or en
                     * @enum {string}
                     */
                    locale?: "fa" | "ar" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A localized confirmation to show the user */
                        message: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A localized confirmation to show the user */
                        message: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A localized confirmation to show the user */
                        message: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["Me"];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A localized confirmation to show the user */
                        message: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** @description At least 8 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A localized confirmation to show the user */
                        message: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description At least 8 characters */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user: their whole account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Interface language: fa (default), ar or en
                     * @enum {string}
                     */
                    locale?: "fa" | "ar" | "en";
                    profile?: {
                        /** @description Full name */
                        name?: string;
                        /** @description Academic degree (مدرک تحصیلی) */
                        degree?: string;
                        /** @description Field of study (رشته تحصیلی) */
                        fieldOfStudy?: string;
                        /** @description Job title (عنوان شغلی) */
                        jobTitle?: string;
                        /** @description Current position (سمت فعلی) */
                        position?: string;
                        /** @description Organization (سازمان) */
                        organization?: string;
                        /** @description Phone; Persian, Arabic or Latin digits */
                        phone?: string;
                        /** @description Postal address */
                        address?: string;
                        /** @description Short biography */
                        bio?: string;
                        /** @description Expertise tags */
                        expertise?: string[];
                        /** @description Languages spoken */
                        languages?: string[];
                    };
                    visibility?: {
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        email?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        degree?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        fieldOfStudy?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        jobTitle?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        position?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        organization?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        phone?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: people who share a community with the owner; admins: administrators only
                         * @enum {string}
                         */
                        address?: "public" | "members" | "admins";
                    };
                };
            };
        };
        responses: {
            /** @description The signed-in user: their whole account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchPeople: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicProfile"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user profile as the viewer may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProfile"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Part of a name or email; Persian/Arabic letter variants match */
                q?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminUser"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "admin" | "user";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDevMails: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            to: string;
                            subject: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDevMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        to: string;
                        subject: string;
                        /** Format: date-time */
                        createdAt: string;
                        text: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyFormationRequests: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FormationRequestSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicant?: {
                        /** @description Full name (نام و نام خانوادگی) */
                        name?: string;
                        /** @description Degree (مدرک تحصیلی) */
                        degree?: string;
                        /** @description Field of study (رشته تحصیلی) */
                        fieldOfStudy?: string;
                        /** @description Job title (عنوان شغلی) */
                        jobTitle?: string;
                        /** @description Current position (سمت فعلی) */
                        position?: string;
                        /** @description Organization (نام ارگان محل فعالیت) */
                        organization?: string;
                        /** @description Phone (تلفن) */
                        phone?: string;
                        /** @description Fax (دورنگار) */
                        fax?: string;
                        /** @description Email (پست الکترونیکی) */
                        email?: string;
                        /** @description Address (نشانی) */
                        address?: string;
                    };
                    /** @description Proposed title (عنوان پیشنهادی انجمن) */
                    title?: string;
                    /** @description Domain of activity (حوزه فعالیت) */
                    domain?: string;
                    /** @description Goals (اهداف) */
                    goals?: string;
                    /** @description Reasons and need (دلایل و ضرورت تشکیل) */
                    rationale?: string;
                    /** @description Scope of application in words (دامنه کاربرد) */
                    scope?: string;
                    kind?: ("expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum") | null;
                    level?: ("organizational" | "sectoral" | "national") | null;
                    geography?: ("local" | "regional" | "national" | "international") | null;
                    /** @description Proposed core members besides the applicant */
                    coreMembers?: ({
                        /** Format: uuid */
                        userId: string;
                        /**
                         * @description Role proposed for a founding core member
                         * @enum {string}
                         */
                        role: "facilitator" | "secretary" | "member";
                    } | {
                        name: string;
                        /** @description Position */
                        position: string;
                        /** @description Organization */
                        organization: string;
                        /**
                         * Format: email
                         * @description Where the invitation is mailed
                         */
                        email: string;
                        /**
                         * @description Role proposed for a founding core member
                         * @enum {string}
                         */
                        role: "facilitator" | "secretary" | "member";
                    })[];
                    /** @description Proposed communication platforms (بسترهای پیشنهادی فعالیت) */
                    platforms?: string;
                    /** @description Tools to store and share knowledge */
                    knowledgeTools?: string;
                    hasPriorExperience?: boolean | null;
                    /** @description Details of that experience */
                    priorExperience?: string;
                    /** @description Funding plans (پیش‌بینی منابع مالی) */
                    funding?: string;
                    /** @description Support needed from the organization (نیازمندی‌ها) */
                    supportNeeded?: string;
                    /** @description The applicant confirms the form; stands for the signature and records the date */
                    acknowledged?: boolean;
                };
            };
        };
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicant?: {
                        /** @description Full name (نام و نام خانوادگی) */
                        name?: string;
                        /** @description Degree (مدرک تحصیلی) */
                        degree?: string;
                        /** @description Field of study (رشته تحصیلی) */
                        fieldOfStudy?: string;
                        /** @description Job title (عنوان شغلی) */
                        jobTitle?: string;
                        /** @description Current position (سمت فعلی) */
                        position?: string;
                        /** @description Organization (نام ارگان محل فعالیت) */
                        organization?: string;
                        /** @description Phone (تلفن) */
                        phone?: string;
                        /** @description Fax (دورنگار) */
                        fax?: string;
                        /** @description Email (پست الکترونیکی) */
                        email?: string;
                        /** @description Address (نشانی) */
                        address?: string;
                    };
                    /** @description Proposed title (عنوان پیشنهادی انجمن) */
                    title?: string;
                    /** @description Domain of activity (حوزه فعالیت) */
                    domain?: string;
                    /** @description Goals (اهداف) */
                    goals?: string;
                    /** @description Reasons and need (دلایل و ضرورت تشکیل) */
                    rationale?: string;
                    /** @description Scope of application in words (دامنه کاربرد) */
                    scope?: string;
                    kind?: ("expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum") | null;
                    level?: ("organizational" | "sectoral" | "national") | null;
                    geography?: ("local" | "regional" | "national" | "international") | null;
                    /** @description Proposed core members besides the applicant */
                    coreMembers?: ({
                        /** Format: uuid */
                        userId: string;
                        /**
                         * @description Role proposed for a founding core member
                         * @enum {string}
                         */
                        role: "facilitator" | "secretary" | "member";
                    } | {
                        name: string;
                        /** @description Position */
                        position: string;
                        /** @description Organization */
                        organization: string;
                        /**
                         * Format: email
                         * @description Where the invitation is mailed
                         */
                        email: string;
                        /**
                         * @description Role proposed for a founding core member
                         * @enum {string}
                         */
                        role: "facilitator" | "secretary" | "member";
                    })[];
                    /** @description Proposed communication platforms (بسترهای پیشنهادی فعالیت) */
                    platforms?: string;
                    /** @description Tools to store and share knowledge */
                    knowledgeTools?: string;
                    hasPriorExperience?: boolean | null;
                    /** @description Details of that experience */
                    priorExperience?: string;
                    /** @description Funding plans (پیش‌بینی منابع مالی) */
                    funding?: string;
                    /** @description Support needed from the organization (نیازمندی‌ها) */
                    supportNeeded?: string;
                    /** @description The applicant confirms the form; stands for the signature and records the date */
                    acknowledged?: boolean;
                };
            };
        };
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    formationRequestQueue: {
        parameters: {
            query?: {
                state?: "draft" | "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FormationRequestSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Address of the community; made from the title when left out */
                    slug?: string;
                    /**
                     * @description Kind of body
                     * @enum {string}
                     */
                    kind: "expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum";
                    /**
                     * @description Horizontal (peers) or vertical (along a chain)
                     * @enum {string}
                     */
                    structure: "horizontal" | "vertical";
                    /** @enum {string} */
                    formality: "formal" | "informal";
                    /**
                     * @description private: only members and administrators know it exists
                     * @enum {string}
                     */
                    visibility: "public" | "private";
                    /**
                     * @description open: anyone signed in joins; request: leaders approve; invitation: invited only
                     * @enum {string}
                     */
                    joinPolicy: "open" | "request" | "invitation";
                    /** @description Public description; the domain text when left out */
                    description?: string;
                    /** @description Note to the applicant */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestFormationChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What to change */
                    comment: string;
                };
            };
        };
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectFormationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description A request to form a community (Appendix 1 of the guideline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormationRequest"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunities: {
        parameters: {
            query?: {
                /** @description Words of the title or domain; Persian/Arabic letter variants match */
                q?: string;
                /** @description Kind of body */
                kind?: "expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum";
                /** @description Level of activity: organizational, sectoral or national */
                level?: "organizational" | "sectoral" | "national";
                state?: "active" | "at_risk" | "dissolved";
                /** @description Only communities the viewer is a member of */
                mine?: boolean;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunitySummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A community profile as the viewer may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    domain?: string;
                    /** @description Goals */
                    goals?: string;
                    /** @description Description */
                    description?: string;
                    /**
                     * @description Kind of body
                     * @enum {string}
                     */
                    kind?: "expert_association" | "learning_community" | "organization_network" | "union" | "umbrella" | "forum";
                    /**
                     * @description Level of activity: organizational, sectoral or national
                     * @enum {string}
                     */
                    level?: "organizational" | "sectoral" | "national";
                    /**
                     * @description Geographic reach
                     * @enum {string}
                     */
                    geography?: "local" | "regional" | "national" | "international";
                    /**
                     * @description Horizontal (peers) or vertical (along a chain)
                     * @enum {string}
                     */
                    structure?: "horizontal" | "vertical";
                    /** @enum {string} */
                    formality?: "formal" | "informal";
                    /**
                     * @description private: only members and administrators know it exists
                     * @enum {string}
                     */
                    visibility?: "public" | "private";
                    /**
                     * @description open: anyone signed in joins; request: leaders approve; invitation: invited only
                     * @enum {string}
                     */
                    joinPolicy?: "open" | "request" | "invitation";
                    /**
                     * @description The calendar monthly meetings follow ("the 10th" of a Solar Hijri month…)
                     * @enum {string}
                     */
                    calendar?: "persian" | "gregorian" | "islamic-umalqura";
                    /** @description IANA time zone meetings are held in, e.g. Asia/Tehran */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description A community profile as the viewer may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCommunityState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "active" | "at_risk" | "dissolved";
                    /** @description Why; kept in the history */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description A community profile as the viewer may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    communityHistory: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                role?: "chair" | "facilitator" | "secretary" | "member" | "guest_expert";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    joinCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A word to the leaders (join requests) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "active" | "requested";
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJoinRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JoinRequest"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveJoinRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineJoinRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "chair" | "facilitator" | "secretary" | "member" | "guest_expert";
                    /** Format: date-time */
                    accessEndsAt?: string;
                    /**
                     * @description On a chair handover: the outgoing chair's new role (default member)
                     * @enum {string}
                     */
                    previousChairRole?: "facilitator" | "secretary" | "member";
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteToCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        /** @description Either userId (from the directory) or email */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId?: string;
                    /** Format: email */
                    email?: string;
                    /** @description Name of a person not yet registered */
                    name?: string;
                    /** @enum {string} */
                    role: "facilitator" | "secretary" | "member" | "guest_expert";
                    /** Format: date-time */
                    accessEndsAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The mailed token, or the id of an invitation addressed to the signed-in user */
        requestBody: {
            content: {
                "application/json": {
                    /** @description From the mailed link */
                    token?: string;
                    /** Format: uuid */
                    id?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The mailed token, or the id of an invitation addressed to the signed-in user */
        requestBody: {
            content: {
                "application/json": {
                    /** @description From the mailed link */
                    token?: string;
                    /** Format: uuid */
                    id?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description open now, opening later, closed (any later state), or the drafts and calls I manage */
                when?: "open" | "upcoming" | "closed" | "mine";
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CallSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary: string;
                    /** @description Markdown */
                    description: string;
                    domains: {
                        /** @description Stable key (a–z, 0–9, _ and -) */
                        key: string;
                        title: string;
                        description: string;
                    }[];
                    audienceGroups: {
                        /** @description Stable key (a–z, 0–9, _ and -) */
                        key: string;
                        title: string;
                    }[];
                    /** Format: date-time */
                    opensAt: string;
                    /** Format: date-time */
                    closesAt: string;
                    /** @description Reviewers do not see who wrote a contribution */
                    blindReview: boolean;
                    /** @description Submitted contributions are listed publicly once the call has closed */
                    publicAfterClose: boolean;
                    wordLimit: number | null;
                    attachments: {
                        allowed: boolean;
                        maxBytes: number;
                        /** @description Allowed media types, e.g. application/pdf */
                        types: string[];
                        maxFiles: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    summary?: string;
                    /** @description Markdown */
                    description?: string;
                    domains?: {
                        /** @description Stable key (a–z, 0–9, _ and -) */
                        key: string;
                        title: string;
                        description: string;
                    }[];
                    audienceGroups?: {
                        /** @description Stable key (a–z, 0–9, _ and -) */
                        key: string;
                        title: string;
                    }[];
                    /** Format: date-time */
                    opensAt?: string;
                    /** Format: date-time */
                    closesAt?: string;
                    /** @description Reviewers do not see who wrote a contribution */
                    blindReview?: boolean;
                    /** @description Submitted contributions are listed publicly once the call has closed */
                    publicAfterClose?: boolean;
                    wordLimit?: number | null;
                    attachments?: {
                        allowed: boolean;
                        maxBytes: number;
                        /** @description Allowed media types, e.g. application/pdf */
                        types: string[];
                        maxFiles: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCallState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "under_review" | "results_published";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    grantCallManager: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCallManager: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCallContributions: {
        parameters: {
            query?: {
                domain?: string;
                audienceGroup?: string;
                state?: "draft" | "submitted" | "withdrawn";
                q?: string;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contribution"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    contribute: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same key from the same person makes one contribution, however often it is sent */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    domainKey: string;
                    audienceGroup: string;
                    title: string;
                    /** @description Markdown, within the call's word limit */
                    body: string;
                    /** @description An organization, optional */
                    affiliation?: string;
                    /** @description Submit now (else saved as a draft) */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    callStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallStatistics"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachToContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    detachFromContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCallCover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    setCallCover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportContributions: {
        parameters: {
            query: {
                format: "csv" | "xlsx";
                domain?: string;
                audienceGroup?: string;
                state?: "draft" | "submitted" | "withdrawn";
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    myContributions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contribution"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myAudienceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audienceGroup: string | null;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    domainKey?: string;
                    audienceGroup?: string;
                    title?: string;
                    /** @description Markdown, within the call's word limit */
                    body?: string;
                    /** @description An organization, optional */
                    affiliation?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRubric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rubric"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRubric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria: {
                        key: string;
                        title: string;
                        description: string;
                        /** @description The lowest score (0 or 1) */
                        scaleMin: number;
                        /** @description The highest score */
                        scaleMax: number;
                        weight: number;
                        /** @description A written comment must accompany this score */
                        commentRequired: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rubric"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPanels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Panel"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description The call's domains this panel reviews; a domain has at most one panel */
                    domainKeys: string[];
                    /** @description N: reviewers per contribution */
                    reviewersPerContribution: number;
                    deadline: null | string;
                    /** @description Weighted scores (0–100) this far apart are flagged as a strong disagreement */
                    disagreementThreshold: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description The call's domains this panel reviews; a domain has at most one panel */
                    domainKeys?: string[];
                    /** @description N: reviewers per contribution */
                    reviewersPerContribution?: number;
                    deadline?: null | string;
                    /** @description Weighted scores (0–100) this far apart are flagged as a strong disagreement */
                    disagreementThreshold?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPanelMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A registered user (userId), or an email: an account with that email is added, anyone else is invited by mail. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId?: string;
                    /** Format: email */
                    email?: string;
                    name?: string;
                    /** @enum {string} */
                    role: "chair" | "secretary" | "reviewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removePanelMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokePanelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupPanelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelInvitationLookup"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptPanelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Panel"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    panelContributions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PanelContribution"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    autoAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentReport"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignReviewer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    contributionId: string;
                    /** Format: uuid */
                    reviewerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelContribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unassignReviewer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelContribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "accepted" | "partly_accepted" | "merged" | "rejected";
                    reason: string;
                    /** Format: uuid */
                    mergedInto?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelContribution"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    panelDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewPost"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postToDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPost"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyReview"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Per criterion key */
                    scores: {
                        [key: string]: {
                            score: null | number;
                            comment: string;
                        };
                    };
                    comment: string;
                    /** @description Submit (every criterion scored, required comments written); else saved as a draft */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description Declare a conflict of interest: never assigned this contribution again */
                    conflictOfInterest: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadReviewAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    contributionDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionDecision"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    callResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallResults"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewReport"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReviewReport: {
        parameters: {
            query: {
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    talent: {
        parameters: {
            query?: {
                callId?: string;
                /** @description A domain key of the call given */
                domain?: string;
                /** @description Words of a domain's title, in any call (Persian/Arabic-aware) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Talent"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    userRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recognitions"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunityMeetings: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityMeetings"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    /** @enum {string} */
                    kind: "in_person" | "online" | "hybrid";
                    /** @enum {string} */
                    format: "case_study" | "expert_panel" | "problem_solving" | "storytelling" | "learning_group" | "experience_sharing" | "challenge" | "collaborative_project" | "workshop" | "general_assembly";
                    place: string;
                    /** @description https link of an online or hybrid meeting */
                    onlineUrl: string;
                    capacity: null | number;
                    /**
                     * Format: date
                     * @description A Gregorian date, YYYY-MM-DD
                     */
                    startDate: string;
                    /** @description Local start time HH:MM in `timeZone` */
                    startTime: string;
                    /** @description Local end time HH:MM, the same day, after the start */
                    endTime: string;
                    /** @description IANA time zone; the community's when left out */
                    timeZone?: string;
                    recurrence: null | ({
                        /** @enum {string} */
                        freq: "weekly";
                        interval: number;
                    } | {
                        /** @enum {string} */
                        freq: "monthly";
                        interval: number;
                        /** @description 1–31, or -1 for the last day */
                        monthDay: number;
                    } | {
                        /** @enum {string} */
                        freq: "monthly";
                        interval: number;
                        /** @description 0 = Sunday … 6 = Saturday */
                        weekday: number;
                        /** @description 1–4, or -1 for the last */
                        nth: number;
                    });
                    count?: null | number;
                    until?: null | string;
                    /** @description Reminder mailed this long before each meeting; 0 for none */
                    reminderMinutes: number;
                    /** @description Members holding these roles are invited */
                    invitedRoles: ("chair" | "facilitator" | "secretary" | "member" | "guest_expert")[];
                    /** @description Members invited by name */
                    invitedUserIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description A Gregorian date, YYYY-MM-DD
                     */
                    startDate: string;
                    /** @description Local start time HH:MM in `timeZone` */
                    startTime: string;
                    /** @description Local end time HH:MM, the same day, after the start */
                    endTime: string;
                    /** @description IANA time zone; the community's when left out */
                    timeZone?: string;
                    recurrence: null | ({
                        /** @enum {string} */
                        freq: "weekly";
                        interval: number;
                    } | {
                        /** @enum {string} */
                        freq: "monthly";
                        interval: number;
                        /** @description 1–31, or -1 for the last day */
                        monthDay: number;
                    } | {
                        /** @enum {string} */
                        freq: "monthly";
                        interval: number;
                        /** @description 0 = Sunday … 6 = Saturday */
                        weekday: number;
                        /** @description 1–4, or -1 for the last */
                        nth: number;
                    });
                    count?: null | number;
                    until?: null | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Occurrences"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    communityCalendar: {
        parameters: {
            query?: {
                /** @description A member's private feed token (private communities) */
                token?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description `startsAt`/`endsAt` move one meeting (scope `occurrence`); `startTime`/`endTime` move the series' later meetings (scope `series`) */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description This meeting only, or this and every later meeting of its series not edited on its own
                     * @enum {string}
                     */
                    scope: "occurrence" | "series";
                    title?: string;
                    description?: string;
                    /** @enum {string} */
                    kind?: "in_person" | "online" | "hybrid";
                    /** @enum {string} */
                    format?: "case_study" | "expert_panel" | "problem_solving" | "storytelling" | "learning_group" | "experience_sharing" | "challenge" | "collaborative_project" | "workshop" | "general_assembly";
                    place?: string;
                    onlineUrl?: string;
                    capacity?: null | number;
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    /** @description Local start time HH:MM in `timeZone` */
                    startTime?: string;
                    /** @description Local end time HH:MM, the same day, after the start */
                    endTime?: string;
                    reminderMinutes?: number;
                    invitedRoles?: ("chair" | "facilitator" | "secretary" | "member" | "guest_expert")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description `series` cancels this and every later meeting of the series */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    scope: "occurrence" | "series";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    meetingCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inviteToMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A member by id, or a guest expert by email (mailed a link; their account sees this series only) */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId?: string;
                    /** Format: email */
                    email?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMeetingInvitee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                inviteeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupMeetingInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestInvitationLookup"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptMeetingInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    response: "yes" | "no" | "maybe";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rsvp"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    meetingRoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everyone invited, with their answer and attendance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roster"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Everyone who attended; replaces the record */
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Everyone invited, with their answer and attendance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roster"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string;
                    presenterId?: null | string;
                    presenterName?: string;
                    durationMinutes?: null | number;
                    approvesMinutesOf?: null | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    presenterId?: null | string;
                    presenterName?: string;
                    durationMinutes?: null | number;
                    approvesMinutesOf?: null | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerAgendaProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accept: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes: string;
                    items: {
                        /** Format: uuid */
                        agendaItemId: string;
                        minutes: string;
                    }[];
                    revisionNote?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How many days attendees have to suggest corrections */
                    correctionDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agendaItemId: null | string;
                    /** @description The section as it should read */
                    text: string;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accept: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Empty: approved by the chair. `inMeetingId`: approved by that later meeting, whose agenda has the approval item (recorded by its secretary). */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    inMeetingId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    agendaItemId?: null | string;
                    actions?: {
                        title: string;
                        /** Format: uuid */
                        ownerId: string;
                        dueDate: null | string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** Format: uuid */
                    ownerId: string;
                    dueDate: null | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** Format: uuid */
                    ownerId?: string;
                    dueDate?: null | string;
                    /** @enum {string} */
                    status?: "open" | "in_progress" | "done" | "dropped";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myMeetings: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeetingSummary"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myActions: {
        parameters: {
            query?: {
                /** @description open: open and in progress (default) */
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionItem"][];
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    calendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    userCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listKnowledge: {
        parameters: {
            query?: {
                kind?: "page" | "case_study" | "lesson_learned" | "best_practice" | "meeting_minutes";
                /** @description Items with this tag (Persian/Arabic letter variants match) */
                tag?: string;
                /** @description Words of the title or a tag */
                q?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeList"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createKnowledgeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Meeting minutes come from meetings, not from here
                     * @enum {string}
                     */
                    kind: "page" | "case_study" | "lesson_learned" | "best_practice";
                    title: string;
                    /** @description Markdown */
                    body: string;
                    /** @description The page it sits under, of the same community; null at the top */
                    parentId: null | string;
                    /** @description Trimmed; repeats (Persian/Arabic letter variants included) count once */
                    tags: string[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeItem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKnowledgeTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeTags"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKnowledgeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeItem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateKnowledgeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Meeting minutes come from meetings, not from here
                     * @enum {string}
                     */
                    kind: "page" | "case_study" | "lesson_learned" | "best_practice";
                    title: string;
                    /** @description Markdown */
                    body: string;
                    /** @description The page it sits under, of the same community; null at the top */
                    parentId: null | string;
                    /** @description Trimmed; repeats (Persian/Arabic letter variants included) count once */
                    tags: string[];
                    /** @description The revision the edit started from; another one saved since → 409 edit_conflict */
                    baseRevision: number;
                    /** @description What changed, for the revision list */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeItem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revertKnowledgeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The revision whose text comes back */
                    revision: number;
                    baseRevision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeItem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rateKnowledgeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stars: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeRating"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKnowledgeRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeRevision"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDiscussions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Threads per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionThreadList"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The thread's title, 1–200 characters */
                    title: string;
                    /** @description Markdown as typed, 1–20000 characters; a mention is the link `[@Name](/users/<uuid>)` */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionThread"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDiscussionReports: {
        parameters: {
            query?: {
                state?: "open" | "resolved";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionReport"][];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiscussion: {
        parameters: {
            query?: {
                /** @description The first post number to return */
                from?: number;
                /** @description Posts per page (at most 100) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionThread"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The title: the thread's author or moderators; pinned and locked: moderators (chair, facilitators, administrators) */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The thread's title, 1–200 characters */
                    title?: string;
                    /** @description Moderators only */
                    pinned?: boolean;
                    /** @description Moderators only */
                    locked?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionThread"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replyToDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description `quotePostId`: a post of the same thread, not deleted */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown as typed, 1–20000 characters; a mention is the link `[@Name](/users/<uuid>)` */
                    body: string;
                    quotePostId?: null | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionPost"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    followDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfollowDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markDiscussionRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The highest post number read; at most the thread's postCount */
                    number: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDiscussionPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editDiscussionPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown as typed, 1–20000 characters; a mention is the link `[@Name](/users/<uuid>)` */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionPost"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDiscussionPostRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscussionPostRevision"][];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportDiscussionPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the post should be looked at, 1–1000 characters */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveDiscussionReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Items per page (at most 100) */
                limit?: number;
                /** @description Words in the title or description (Persian and Arabic letter forms match each other) */
                q?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPage"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocument"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocument"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocument"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDocumentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocument"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDocument: {
        parameters: {
            query?: {
                /** @description A version number; the current one when left out */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to find; Arabic and Persian letter forms, diacritics, ZWNJ and digits match each other */
                q: string;
                kind?: "community" | "discussion" | "wiki" | "document" | "contribution";
                /** @description Only this community (slug) */
                community?: string;
                /** @description From the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SearchResult"][];
                        nextCursor: null | string;
                    };
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json). Some problems carry extension members, e.g. `edit_conflict` carries `current`, the version saved in between. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
