import { Type } from 'typebox';
import { PageQuery } from '../../http/pagination.js';
import { StringEnum } from '../../http/schemas.js';
import { LOCALES } from '../../i18n/index.js';

const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address' });
const Password = Type.String({ minLength: 8, maxLength: 200, description: 'At least 8 characters' });
const Locale = StringEnum(LOCALES, { description: 'Interface language: fa (default), ar or en' });
const VisibilityValue = StringEnum(['public', 'members', 'admins'] as const, {
  description: 'public: everyone; members: people who share a community with the owner; admins: administrators only',
});
const Text = (max: number, description: string) => Type.String({ maxLength: max, description });

export const ProfileFields = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120, description: 'Full name' }),
  degree: Text(120, 'Academic degree (مدرک تحصیلی)'),
  fieldOfStudy: Text(120, 'Field of study (رشته تحصیلی)'),
  jobTitle: Text(120, 'Job title (عنوان شغلی)'),
  position: Text(200, 'Current position (سمت فعلی)'),
  organization: Text(200, 'Organization (سازمان)'),
  phone: Text(40, 'Phone; Persian, Arabic or Latin digits'),
  address: Text(500, 'Postal address'),
  bio: Text(4000, 'Short biography'),
  expertise: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30, description: 'Expertise tags' }),
  languages: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10, description: 'Languages spoken' }),
});

export const VisibilitySettings = Type.Object({
  email: VisibilityValue,
  degree: VisibilityValue,
  fieldOfStudy: VisibilityValue,
  jobTitle: VisibilityValue,
  position: VisibilityValue,
  organization: VisibilityValue,
  phone: VisibilityValue,
  address: VisibilityValue,
});

export const Me = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    emailVerified: Type.Boolean(),
    role: StringEnum(['admin', 'user'] as const),
    locale: Locale,
    mustChangePassword: Type.Boolean({ description: 'True for a one-time password that should be changed' }),
    createdAt: Type.String({ format: 'date-time' }),
    profile: ProfileFields,
    visibility: VisibilitySettings,
  },
  { $id: 'Me', description: 'The signed-in user: their whole account' },
);

export const PublicProfile = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    bio: Type.String(),
    expertise: Type.Array(Type.String()),
    languages: Type.Array(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    fields: Type.Object(
      {
        email: Type.Optional(Type.String()),
        degree: Type.Optional(Type.String()),
        fieldOfStudy: Type.Optional(Type.String()),
        jobTitle: Type.Optional(Type.String()),
        position: Type.Optional(Type.String()),
        organization: Type.Optional(Type.String()),
        phone: Type.Optional(Type.String()),
        address: Type.Optional(Type.String()),
      },
      { description: 'Only the fields this viewer may see, by each field\'s visibility' },
    ),
  },
  { $id: 'PublicProfile', description: 'A user profile as the viewer may see it' },
);

export const AdminUser = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    role: StringEnum(['admin', 'user'] as const),
    emailVerified: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AdminUser' },
);

export const Session = Type.Object({
  user: Type.Union([Type.Ref('Me'), Type.Null()]),
  csrfToken: Type.String({ description: 'Send it back in the x-csrf-token header on every write' }),
});

export const RegisterBody = Type.Object(
  { email: Email, password: Password, name: Type.String({ minLength: 1, maxLength: 120 }), locale: Type.Optional(Locale) },
  { additionalProperties: false },
);
export const SignInBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const EmailBody = Type.Object({ email: Email }, { additionalProperties: false });
export const TokenBody = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const ResetConfirmBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
);
export const ProfileBody = Type.Object(
  {
    locale: Type.Optional(Locale),
    profile: Type.Optional(Type.Partial(ProfileFields, { additionalProperties: false })),
    visibility: Type.Optional(Type.Partial(VisibilitySettings, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export const UsersQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Part of a name or email; Persian/Arabic letter variants match' })),
  ...PageQuery.properties,
});
export const RoleBody = Type.Object({ role: StringEnum(['admin', 'user'] as const) }, { additionalProperties: false });
