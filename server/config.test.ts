import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIBRARY_TYPES, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults: PGlite under ./data, port 3000, dev mailbox', () => {
    const config = loadConfig({}, '/srv/majma');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/majma', 'data'),
      databaseUrl: null,
      publicUrl: 'http://localhost:3000',
      smtp: null,
    });
  });

  it('reads PostgreSQL, SMTP and the public URL from the environment', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://majma:secret@db:5432/majma',
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'mailer',
      SMTP_PASSWORD: 'pw',
      PUBLIC_URL: 'https://majma.example.org/',
      PORT: '8080',
    });
    expect(config.databaseUrl).toBe('postgres://majma:secret@db:5432/majma');
    expect(config.smtp).toEqual({ host: 'smtp.example.org', port: 465, secure: true, user: 'mailer', password: 'pw' });
    expect(config.publicUrl).toBe('https://majma.example.org');
    expect(config.port).toBe(8080);
  });

  it('names every bad setting at once in a clear message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_HOST: 'mail', SMTP_SECURE: 'maybe', PUBLIC_URL: 'majma.org', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT must be a whole number from 1 to 65535 (got "eighty")');
    expect(problems).toContain('DATABASE_URL must be a URL starting with postgres:// or postgresql://');
    expect(problems).toContain('SMTP_SECURE must be true or false');
    expect(problems).toContain('PUBLIC_URL must be a URL');
    expect(problems).toContain('LOG_LEVEL must be one of');
  });

  it('limits the document library by size and by types recognized from the bytes', () => {
    const MB = 1024 * 1024;
    const defaults = loadConfig({});
    expect(defaults.libraryMaxBytes).toBe(25 * MB);
    expect(defaults.libraryTypes).toEqual(DEFAULT_LIBRARY_TYPES);
    expect(defaults.libraryTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(defaults.libraryTypes).toContain('application/vnd.oasis.opendocument.spreadsheet');

    const set = loadConfig({ LIBRARY_MAX_MB: '10', LIBRARY_TYPES: ' application/PDF , image/png,image/png ' });
    expect(set.libraryMaxBytes).toBe(10 * MB);
    expect(set.libraryTypes).toEqual(['application/pdf', 'image/png']);
    // Unset, the library follows a lower global upload limit.
    expect(loadConfig({ UPLOAD_LIMIT_BYTES: String(5 * MB) }).libraryMaxBytes).toBe(5 * MB);

    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return '';
      } catch (e) {
        return (e as ConfigError).problems.join('\n');
      }
    };
    expect(problems({ LIBRARY_MAX_MB: '0' })).toContain('LIBRARY_MAX_MB must be a whole number from 1 to 1024');
    expect(problems({ LIBRARY_MAX_MB: '30', UPLOAD_LIMIT_BYTES: String(20 * MB) })).toContain('LIBRARY_MAX_MB must be at most the upload limit');
    expect(problems({ LIBRARY_TYPES: 'pdf' })).toContain('LIBRARY_TYPES must be a comma-separated list of MIME types');
    expect(problems({ LIBRARY_TYPES: ',' })).toContain('LIBRARY_TYPES must be a comma-separated list');
    // Text formats have no signature in their bytes: allowing them would refuse every file.
    expect(problems({ LIBRARY_TYPES: 'application/pdf,text/html' })).toContain('LIBRARY_TYPES: text/html cannot be recognized');
  });
});
