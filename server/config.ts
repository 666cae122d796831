import path from 'node:path';
import { supportedMimeTypes } from 'file-type';

/** Every setting of the process, read once from the environment and validated. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL server URL; null means the embedded PGlite database under dataDir. */
  databaseUrl: string | null;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  /** null: no SMTP server, mails go to the dev mailbox that admins read in the UI. */
  smtp: { host: string; port: number; secure: boolean; user: string | null; password: string | null } | null;
  mailFrom: string;
  sessionDays: number;
  bodyLimitBytes: number;
  adminEmail: string;
  /** How often the job runner looks for due jobs (emails, scheduled work). */
  jobPollMs: number;
  /** Serve the built web client from dist/web when it exists. */
  serveWeb: boolean;
  /** Uploaded files (local storage; an S3-compatible store can implement server/files/storage.ts). */
  filesDir: string;
  /** The largest file accepted at all; each call sets its own lower limit. */
  uploadLimitBytes: number;
  /** The largest file of a community's document library (at most uploadLimitBytes). */
  libraryMaxBytes: number;
  /** The types (sniffed from the bytes) a community's document library accepts. */
  libraryTypes: string[];
}

/** What a community's document library accepts unless LIBRARY_TYPES says otherwise. */
export const DEFAULT_LIBRARY_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/zip',
];

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const str = (name: string, fallback: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw.trim());
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };
  const url = (name: string, fallback: string | null, protocols: string[]) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')} (got "${raw}")`);
      return fallback;
    }
  };

  const port = int('PORT', 3000, 1, 65535);
  const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
  const logLevel = str('LOG_LEVEL', 'info') as Config['logLevel'];
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')} (got "${logLevel}")`);

  const smtpHost = str('SMTP_HOST', '');
  const smtp = smtpHost
    ? {
        host: smtpHost,
        port: int('SMTP_PORT', 587, 1, 65535),
        secure: bool('SMTP_SECURE', false),
        user: str('SMTP_USER', '') || null,
        password: str('SMTP_PASSWORD', '') || null,
      }
    : null;

  const adminEmail = str('ADMIN_EMAIL', 'admin@majma.local');
  if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail)) problems.push(`ADMIN_EMAIL must be an email address (got "${adminEmail}")`);

  const mimeList = (name: string, fallback: string[]) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const items = raw.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
    const bad = items.filter((x) => !/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(x));
    if (items.length === 0 || bad.length) {
      problems.push(`${name} must be a comma-separated list of MIME types such as application/pdf,image/png (got "${raw}")`);
      return fallback;
    }
    // Types are judged from the bytes: one that file-type cannot recognize would refuse every file.
    const unknown = items.filter((x) => !supportedMimeTypes.has(x as never));
    if (unknown.length) {
      problems.push(`${name}: ${unknown.join(', ')} cannot be recognized from a file's bytes (text formats such as text/plain or text/html cannot be allowed)`);
      return fallback;
    }
    return [...new Set(items)];
  };

  const dataDir = path.resolve(cwd, str('DATA_DIR', './data'));
  const uploadLimitBytes = int('UPLOAD_LIMIT_BYTES', 25 * 1024 * 1024, 1024, 1024 * 1024 * 1024);
  const MB = 1024 * 1024;
  const libraryMb = int('LIBRARY_MAX_MB', 25, 1, 1024);
  if (env.LIBRARY_MAX_MB?.trim() && libraryMb * MB > uploadLimitBytes) {
    problems.push(`LIBRARY_MAX_MB must be at most the upload limit UPLOAD_LIMIT_BYTES (${uploadLimitBytes} bytes) (got "${env.LIBRARY_MAX_MB}")`);
  }
  const config: Config = {
    port,
    host: str('HOST', '127.0.0.1'),
    dataDir,
    databaseUrl: url('DATABASE_URL', null, ['postgres:', 'postgresql:']),
    publicUrl: (url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']) ?? '').replace(/\/+$/, ''),
    logLevel,
    trustProxy: bool('TRUST_PROXY', false),
    smtp,
    mailFrom: str('MAIL_FROM', 'Majma <no-reply@majma.local>'),
    sessionDays: int('SESSION_DAYS', 30, 1, 365),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    adminEmail,
    jobPollMs: int('JOB_POLL_MS', 1000, 50, 60_000),
    serveWeb: bool('SERVE_WEB', true),
    filesDir: path.resolve(cwd, str('FILES_DIR', path.join(dataDir, 'files'))),
    uploadLimitBytes,
    // Left unset, the library's limit follows a lower global limit.
    libraryMaxBytes: Math.min(libraryMb * MB, uploadLimitBytes),
    libraryTypes: mimeList('LIBRARY_TYPES', DEFAULT_LIBRARY_TYPES),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
