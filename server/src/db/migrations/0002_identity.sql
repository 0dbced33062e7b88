-- Identity: accounts of three kinds, roles, server-side sessions, external (OIDC) identities.
-- 身份证号 and mobile numbers are stored encrypted (*_enc, SM4-CTR + HMAC-SM3) with an HMAC-SM3 blind
-- index (*_bidx) for exact lookup; they are never stored or returned in clear.

CREATE TABLE accounts (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL CHECK (kind IN ('person', 'enterprise', 'staff')),
  username        text UNIQUE CHECK (username ~ '^[a-z][a-z0-9_.-]{2,39}$'),
  display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  email           text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  password_hash   text,
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until    timestamptz,
  totp_secret_enc text,
  totp_enrolled_at timestamptz,
  totp_last_step  bigint,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'staff' OR username IS NOT NULL)
);
COMMENT ON COLUMN accounts.password_hash IS 'argon2id; NULL for accounts that only log in through OIDC';
COMMENT ON COLUMN accounts.totp_last_step IS 'last accepted TOTP time step, so a code is never accepted twice';

CREATE TABLE persons (
  account_id      uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  id_number_enc   text NOT NULL,
  id_number_bidx  text NOT NULL UNIQUE,
  id_number_hint  text NOT NULL,
  mobile_enc      text NOT NULL,
  mobile_bidx     text NOT NULL UNIQUE,
  mobile_hint     text NOT NULL,
  verification_level smallint NOT NULL DEFAULT 2 CHECK (verification_level BETWEEN 1 AND 5)
);
COMMENT ON TABLE persons IS '自然人 (natural person). *_hint keeps the masked form only, e.g. 1101**********1234';
COMMENT ON COLUMN persons.verification_level IS '实名可信等级: 2 self-declared (format checked), 3 two-factor registry check, 4 face, 5 certificate or counter';

CREATE TABLE enterprises (
  account_id      uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  uscc            text NOT NULL UNIQUE CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  legal_rep_name  text NOT NULL CHECK (length(legal_rep_name) BETWEEN 1 AND 50),
  mobile_enc      text NOT NULL,
  mobile_bidx     text NOT NULL,
  mobile_hint     text NOT NULL
);
COMMENT ON TABLE enterprises IS '法人 (legal person); uscc = 统一社会信用代码 (GB 32100)';

CREATE TABLE staff (
  account_id      uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  department_id   uuid NOT NULL REFERENCES departments (id),
  window_id       uuid REFERENCES hall_windows (id) ON DELETE SET NULL,
  mobile_enc      text,
  mobile_bidx     text,
  mobile_hint     text
);
CREATE INDEX staff_department_idx ON staff (department_id);
COMMENT ON TABLE staff IS '工作人员: every staff member belongs to one department, which scopes what they may read';

CREATE TABLE account_roles (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('citizen', 'enterprise', 'window_clerk', 'reviewer', 'department_head',
                                          'hotline_operator', 'supervisor', 'admin')),
  PRIMARY KEY (account_id, role)
);

CREATE TABLE sessions (
  id            text PRIMARY KEY,
  account_id    uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  mfa_state     text NOT NULL CHECK (mfa_state IN ('not_needed', 'enrol', 'verify', 'verified', 'waived')),
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_account_idx ON sessions (account_id);
COMMENT ON COLUMN sessions.id IS 'SM3 digest of the cookie token; the token itself is never stored';

CREATE TABLE external_identities (
  provider   text NOT NULL,
  subject    text NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, subject)
);
COMMENT ON TABLE external_identities IS 'OIDC subjects (e.g. a provincial unified identity platform) linked to accounts';
