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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem document (application/problem+json) */
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
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                email: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                degree: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                fieldOfStudy: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                jobTitle: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                position: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                organization: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
                 * @enum {string}
                 */
                phone: "public" | "members" | "admins";
                /**
                 * @description public: everyone; members: signed-in users; admins: administrators only
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        email?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        degree?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        fieldOfStudy?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        jobTitle?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        position?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        organization?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
                         * @enum {string}
                         */
                        phone?: "public" | "members" | "admins";
                        /**
                         * @description public: everyone; members: signed-in users; admins: administrators only
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
            /** @description An RFC 9457 problem document (application/problem+json) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An RFC 9457 problem document (application/problem+json) */
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
