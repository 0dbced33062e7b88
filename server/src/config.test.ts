import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from './config.js';

const key = 'ab'.repeat(32);

describe('config', () => {
  it('defaults to demo mode on the embedded database', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('demo');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(8080);
    expect(c.staffMfa).toBe('waived');
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('names the variable when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATA_KEY: 'short' })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/OIDC_CLIENT_ID/);
  });
  it('production needs keys, forbids waiving TOTP and seeding demo data', () => {
    expect(() => loadConfig({ ONEWINDOW_MODE: 'production' })).toThrow(/DATA_KEY/);
    const prod = { ONEWINDOW_MODE: 'production', DATA_KEY: key, BLIND_INDEX_KEY: key };
    expect(loadConfig(prod).staffMfa).toBe('required');
    expect(loadConfig(prod).cookieSecure).toBe(true);
    expect(() => loadConfig({ ...prod, STAFF_MFA: 'waived' })).toThrow(/STAFF_MFA/);
    expect(() => loadConfig({ ...prod, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
  });
  it('documents every variable in docs/configuration.md', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
    const missing = CONFIG_VARIABLES.filter((v) => !doc.includes(`\`${v.name}\``)).map((v) => v.name);
    expect(missing).toEqual([]);
  });
});
