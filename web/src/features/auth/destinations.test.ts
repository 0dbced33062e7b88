import { describe, expect, it } from 'vitest';
import type { Session } from '../../api/types';
import { destinationAfter, loginPath, needsSecondFactor, safeNext } from './destinations';

const base = { mode: 'demo', mfaWaived: false, oidc: { enabled: false } } as const;
const staff = (mfa: Session['mfa']): Session => ({
  ...base,
  authenticated: true,
  mfa,
  account: { id: 's', kind: 'staff', displayName: '王管理', roles: ['admin'], department: null },
});
const person: Session = {
  ...base,
  authenticated: true,
  mfa: 'not_needed',
  account: { id: 'p', kind: 'person', displayName: '张三', roles: ['citizen'], department: null },
};

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/console/staff?q=1')).toBe('/console/staff?q=1');
  });
  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'console', '', null, undefined])('refuses %s', (next) => {
    expect(safeNext(next)).toBeUndefined();
  });
});

describe('destinationAfter', () => {
  it('sends staff with a pending second factor to the TOTP page, keeping next', () => {
    expect(destinationAfter(staff('enrol'), '/console/audit')).toBe('/login/mfa?next=%2Fconsole%2Faudit');
    expect(destinationAfter(staff('verify'), undefined)).toBe('/login/mfa');
    expect(needsSecondFactor(staff('waived'))).toBe(false);
  });
  it('goes to next, else the account home', () => {
    expect(destinationAfter(staff('verified'), undefined)).toBe('/console');
    expect(destinationAfter(staff('waived'), '/console/jobs')).toBe('/console/jobs');
    expect(destinationAfter(person, undefined)).toBe('/me');
  });
});

describe('loginPath', () => {
  it('carries the page to come back to and the reason', () => {
    expect(loginPath('/me?tab=1', 'SESSION_EXPIRED')).toBe('/login?next=%2Fme%3Ftab%3D1&reason=SESSION_EXPIRED');
  });
});
