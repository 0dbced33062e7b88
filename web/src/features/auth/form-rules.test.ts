import { describe, expect, it } from 'vitest';
import { isStrongPassword, USERNAME_PATTERN } from './form-rules';

describe('isStrongPassword (the server WEAK_PASSWORD rule: ≥ 8 characters, 3 of 4 classes)', () => {
  it.each(['Demo@2026', 'abcDEF12', 'abc123!@#', 'ABC123!@#'])('accepts %s', (p) => expect(isStrongPassword(p)).toBe(true));
  it.each(['Ab1!xyz', 'abcdefgh', 'abcdefg1', 'ABCDEFGH1', '12345678!'])('refuses %s', (p) => expect(isStrongPassword(p)).toBe(false));
});

describe('USERNAME_PATTERN', () => {
  it('matches the server pattern', () => {
    expect(USERNAME_PATTERN.test('scjg.fuze')).toBe(true);
    expect(USERNAME_PATTERN.test('Admin')).toBe(false);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(USERNAME_PATTERN.test('9abc')).toBe(false);
  });
});
