/** Request and response schemas of the identity routes. */
import { Type, type Static } from 'typebox';

const Kind = Type.Union([Type.Literal('person'), Type.Literal('enterprise'), Type.Literal('staff')]);
const MfaState = Type.Union([
  Type.Literal('not_needed'),
  Type.Literal('enrol'),
  Type.Literal('verify'),
  Type.Literal('verified'),
  Type.Literal('waived'),
]);

export const AccountBody = Type.Object({
  id: Type.String(),
  kind: Kind,
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  department: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  idNumberMasked: Type.Optional(Type.String({ description: '脱敏身份证号, e.g. 1101**********1234' })),
  mobileMasked: Type.Optional(Type.String({ description: '脱敏手机号, e.g. 138****5678' })),
  uscc: Type.Optional(Type.String()),
});

export const SessionBody = Type.Object({
  authenticated: Type.Boolean(),
  csrfToken: Type.Optional(Type.String({ description: 'send as x-csrf-token with every write' })),
  mfa: Type.Optional(MfaState),
  account: Type.Optional(AccountBody),
  mode: Type.Union([Type.Literal('demo'), Type.Literal('production')]),
  mfaWaived: Type.Boolean({ description: 'demo mode only: staff second factor waived' }),
  oidc: Type.Object({ enabled: Type.Boolean(), label: Type.Optional(Type.String()) }),
});
export type SessionBody = Static<typeof SessionBody>;

export const LoginBody = Type.Object(
  {
    kind: Kind,
    identifier: Type.String({
      minLength: 1,
      maxLength: 64,
      description: '个人: 身份证号或手机号; 法人: 统一社会信用代码; 工作人员: 用户名',
    }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);

const Password = Type.String({ minLength: 8, maxLength: 128 });
const Name = Type.String({ minLength: 1, maxLength: 50 });

export const RegisterPersonBody = Type.Object(
  {
    name: Name,
    idNumber: Type.String({ minLength: 18, maxLength: 18, description: '居民身份证号码 (GB 11643)' }),
    mobile: Type.String({ minLength: 11, maxLength: 11 }),
    password: Password,
  },
  { additionalProperties: false },
);

export const RegisterEnterpriseBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    uscc: Type.String({ minLength: 18, maxLength: 18, description: '统一社会信用代码 (GB 32100)' }),
    legalRepName: Name,
    mobile: Type.String({ minLength: 11, maxLength: 11 }),
    password: Password,
  },
  { additionalProperties: false },
);

export const TotpCodeBody = Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) }, { additionalProperties: false });
export const EmptyBody = Type.Object({}, { additionalProperties: false });
export const TotpEnrolment = Type.Object({ secret: Type.String(), otpauthUrl: Type.String(), qrDataUrl: Type.String() });
