/**
 * Configuration: every environment variable the server reads is declared here, parsed once at boot into
 * a frozen, typed `Config`. A wrong value stops the start with a message naming the variable.
 * Nothing else in the server reads `process.env`. Documented in docs/configuration.md (a test checks
 * that every variable below is documented there).
 */
import path from 'node:path';

export type Mode = 'demo' | 'production';

export interface Config {
  mode: Mode;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  /** 32-byte keys (hex). In demo mode they are generated into dataDir/keys.json when not given. */
  dataKeyHex: string | undefined;
  blindIndexKeyHex: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  cookieSecure: boolean;
  staffMfa: 'required' | 'waived';
  lockoutThreshold: number;
  bodyLimitBytes: number;
  seedDemo: boolean;
  jobs: { enabled: boolean; pollMs: number; concurrency: number };
  smtpUrl: string | undefined;
  mailFrom: string;
  smsGateway: 'dev';
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; label: string } | undefined;
  webDistDir: string;
  /** uploaded files: local folder or an S3-compatible bucket */
  storage: {
    kind: 'local' | 's3';
    uploadDir: string;
    s3:
      | {
          endpoint: string | undefined;
          region: string;
          bucket: string;
          accessKeyId: string | undefined;
          secretAccessKey: string | undefined;
          forcePathStyle: boolean;
        }
      | undefined;
  };
  uploadMaxBytes: number;
  /** clamd daemon for virus scanning; undefined = uploads are not scanned */
  clamav: { host: string; port: number } | undefined;
  /** working days left at which an application's or task's clock turns yellow (预警) */
  clockYellowDays: number;
  /** TrueType/OpenType (or .ttc) font with Chinese glyphs for notices (文书 PDFs); undefined = found on the system */
  noticeFontPath: string | undefined;
}

type Env = Record<string, string | undefined>;

export interface VariableSpec {
  name: string;
  description: string;
  default?: string;
}

/** The documented variables (docs/configuration.md lists each one). */
export const CONFIG_VARIABLES: VariableSpec[] = [
  { name: 'ONEWINDOW_MODE', description: 'demo | production', default: 'demo' },
  { name: 'HOST', description: 'listen address', default: '0.0.0.0' },
  { name: 'PORT', description: 'listen port', default: '8080' },
  { name: 'PUBLIC_URL', description: 'external base URL', default: 'http://localhost:PORT' },
  { name: 'LOG_LEVEL', description: 'pino level', default: 'info' },
  { name: 'DATABASE_URL', description: 'PostgreSQL URL; empty = embedded PGlite' },
  { name: 'DATABASE_POOL_SIZE', description: 'pg.Pool size', default: '10' },
  { name: 'DATA_DIR', description: 'embedded database and local files', default: './data' },
  { name: 'DATA_KEY', description: '64 hex chars: SM4 + HMAC key for personal data' },
  { name: 'BLIND_INDEX_KEY', description: '64 hex chars: HMAC-SM3 key for lookups' },
  { name: 'SESSION_IDLE_MINUTES', description: 'idle session expiry', default: '30' },
  { name: 'SESSION_MAX_HOURS', description: 'absolute session expiry', default: '12' },
  { name: 'COOKIE_SECURE', description: 'true | false', default: 'true in production' },
  { name: 'STAFF_MFA', description: 'required | waived (waived only in demo)', default: 'demo: waived' },
  { name: 'LOCKOUT_THRESHOLD', description: 'failed logins before lockout', default: '5' },
  { name: 'BODY_LIMIT_BYTES', description: 'largest JSON body', default: '1048576' },
  { name: 'SEED_DEMO', description: 'seed demo data on first start', default: 'true in demo' },
  { name: 'JOBS_ENABLED', description: 'run the job worker in this instance', default: 'true' },
  { name: 'JOBS_POLL_MS', description: 'job poll interval', default: '1000' },
  { name: 'JOBS_CONCURRENCY', description: 'jobs claimed per poll', default: '5' },
  { name: 'SMTP_URL', description: 'smtp(s)://user:pass@host:port; empty = development mailer' },
  { name: 'MAIL_FROM', description: 'sender address', default: 'OneWindow <noreply@localhost>' },
  { name: 'SMS_GATEWAY', description: 'dev (development gateway, messages shown in the console)', default: 'dev' },
  { name: 'OIDC_ISSUER', description: 'issuer URL of the identity provider; empty = off' },
  { name: 'OIDC_CLIENT_ID', description: 'client id (required with OIDC_ISSUER)' },
  { name: 'OIDC_CLIENT_SECRET', description: 'client secret (optional: public client with PKCE)' },
  { name: 'OIDC_LABEL', description: 'button label', default: '统一身份认证平台登录' },
  { name: 'WEB_DIST_DIR', description: 'built web app to serve', default: 'web/dist' },
  { name: 'STORAGE', description: 'where uploaded files are kept: local | s3', default: 'local' },
  { name: 'UPLOAD_DIR', description: 'folder for uploaded files (STORAGE=local)', default: 'DATA_DIR/uploads' },
  { name: 'UPLOAD_MAX_BYTES', description: 'largest uploaded file', default: '20971520' },
  { name: 'S3_ENDPOINT', description: 'S3-compatible endpoint URL; empty = AWS default for the region' },
  { name: 'S3_REGION', description: 'S3 region', default: 'us-east-1' },
  { name: 'S3_BUCKET', description: 'bucket for uploaded files (required with STORAGE=s3)' },
  { name: 'S3_ACCESS_KEY_ID', description: 'S3 access key; empty = the SDK default credential chain' },
  { name: 'S3_SECRET_ACCESS_KEY', description: 'S3 secret key (required with S3_ACCESS_KEY_ID)' },
  { name: 'S3_FORCE_PATH_STYLE', description: 'path-style bucket URLs (MinIO and most self-hosted stores)', default: 'true' },
  { name: 'CLAMAV_HOST', description: 'clamd host for virus scanning of uploads; empty = not scanned' },
  { name: 'CLAMAV_PORT', description: 'clamd TCP port', default: '3310' },
  { name: 'CLOCK_YELLOW_DAYS', description: 'working days left at which a clock turns yellow (预警)', default: '2' },
  {
    name: 'NOTICE_FONT_PATH',
    description: 'Chinese font for notice PDFs (.ttf/.otf/.ttc); empty = Noto CJK or WenQuanYi found on the system',
  },
];

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`配置错误 / configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function key(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(raw)) throw new ConfigError(name, 'must be 64 hexadecimal characters (32 bytes)');
  return raw.toLowerCase();
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const mode = oneOf(env, 'ONEWINDOW_MODE', ['demo', 'production'] as const, 'demo');
  const production = mode === 'production';
  const port = int(env, 'PORT', 8080, 0, 65535);
  const dataKeyHex = key(env, 'DATA_KEY');
  const blindIndexKeyHex = key(env, 'BLIND_INDEX_KEY');
  const staffMfa = oneOf(env, 'STAFF_MFA', ['required', 'waived'] as const, production ? 'required' : 'waived');
  if (production) {
    if (!dataKeyHex) throw new ConfigError('DATA_KEY', 'is required in production mode');
    if (!blindIndexKeyHex) throw new ConfigError('BLIND_INDEX_KEY', 'is required in production mode');
    if (staffMfa === 'waived') throw new ConfigError('STAFF_MFA', 'cannot be waived in production mode');
  }
  const seedDemo = bool(env, 'SEED_DEMO', !production);
  if (production && seedDemo) throw new ConfigError('SEED_DEMO', 'must be false in production mode (演示数据仅用于演示模式)');

  const oidcIssuer = url(env, 'OIDC_ISSUER', ['http:', 'https:']);
  const oidcClientId = env.OIDC_CLIENT_ID || undefined;
  if (oidcIssuer && !oidcClientId) throw new ConfigError('OIDC_CLIENT_ID', 'is required when OIDC_ISSUER is set');

  const dataDir = path.resolve(cwd, env.DATA_DIR || './data');
  const storageKind = oneOf(env, 'STORAGE', ['local', 's3'] as const, 'local');
  const s3AccessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const s3SecretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (storageKind === 's3') {
    if (!env.S3_BUCKET) throw new ConfigError('S3_BUCKET', 'is required when STORAGE=s3');
    if (s3AccessKeyId && !s3SecretAccessKey) {
      throw new ConfigError('S3_SECRET_ACCESS_KEY', 'is required when S3_ACCESS_KEY_ID is set');
    }
  }
  const clamavHost = env.CLAMAV_HOST || undefined;

  const config: Config = {
    mode,
    host: env.HOST || '0.0.0.0',
    port,
    publicUrl: (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    dataDir,
    dataKeyHex,
    blindIndexKeyHex,
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: int(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    cookieSecure: bool(env, 'COOKIE_SECURE', production),
    staffMfa,
    lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5, 1, 100),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    seedDemo,
    jobs: {
      enabled: bool(env, 'JOBS_ENABLED', true),
      pollMs: int(env, 'JOBS_POLL_MS', 1000, 10, 60_000),
      concurrency: int(env, 'JOBS_CONCURRENCY', 5, 1, 100),
    },
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env.MAIL_FROM || 'OneWindow <noreply@localhost>',
    smsGateway: oneOf(env, 'SMS_GATEWAY', ['dev'] as const, 'dev'),
    oidc: oidcIssuer
      ? {
          issuer: oidcIssuer,
          clientId: oidcClientId!,
          clientSecret: env.OIDC_CLIENT_SECRET || undefined,
          label: env.OIDC_LABEL || '统一身份认证平台登录',
        }
      : undefined,
    webDistDir: path.resolve(cwd, env.WEB_DIST_DIR || 'web/dist'),
    storage: {
      kind: storageKind,
      uploadDir: env.UPLOAD_DIR ? path.resolve(cwd, env.UPLOAD_DIR) : path.join(dataDir, 'uploads'),
      s3:
        storageKind === 's3'
          ? {
              endpoint: url(env, 'S3_ENDPOINT', ['http:', 'https:']),
              region: env.S3_REGION || 'us-east-1',
              bucket: env.S3_BUCKET!,
              accessKeyId: s3AccessKeyId,
              secretAccessKey: s3SecretAccessKey,
              forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', true),
            }
          : undefined,
    },
    uploadMaxBytes: int(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    clockYellowDays: int(env, 'CLOCK_YELLOW_DAYS', 2, 0, 30),
    noticeFontPath: env.NOTICE_FONT_PATH || undefined,
    clamav: clamavHost ? { host: clamavHost, port: int(env, 'CLAMAV_PORT', 3310, 1, 65535) } : undefined,
  };
  return Object.freeze(config);
}
