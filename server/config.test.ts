import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

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
});
