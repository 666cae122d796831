import type { paths } from './schema';

/**
 * Types taken from the API paths rather than from component names, so they survive
 * regenerating schema.d.ts from the server's OpenAPI document.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type SessionInfo = Json<paths['/api/session']['get']['responses'][200]>;
export type Me = NonNullable<SessionInfo['user']>;
export type Role = Me['role'];
export type ProfileData = Me['profile'];
export type VisibilitySettings = Me['visibility'];
export type VisibleField = keyof VisibilitySettings;
export type Visibility = VisibilitySettings[VisibleField];
export type ProfilePatch = NonNullable<paths['/api/me/profile']['patch']['requestBody']>['content']['application/json'];
export type PublicProfile = Json<paths['/api/users/{id}']['get']['responses'][200]>;
export type AdminUserPage = Json<paths['/api/admin/users']['get']['responses'][200]>;
export type AdminUser = AdminUserPage['items'][number];
export type MailPage = Json<paths['/api/admin/mailbox']['get']['responses'][200]>;
export type MailSummary = MailPage['items'][number];
export type Mail = Json<paths['/api/admin/mailbox/{id}']['get']['responses'][200]>;

export const VISIBLE_FIELDS = ['email', 'degree', 'fieldOfStudy', 'jobTitle', 'position', 'organization', 'phone', 'address'] as const satisfies readonly VisibleField[];
export const VISIBILITIES = ['public', 'members', 'admins'] as const satisfies readonly Visibility[];
export const ROLES = ['user', 'admin'] as const satisfies readonly Role[];
