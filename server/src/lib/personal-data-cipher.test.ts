import { describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from './personal-data-cipher.js';

const cipher = createPersonalDataCipher('11'.repeat(32), '22'.repeat(32));

describe('personal-data cipher (SM4-CTR + HMAC-SM3)', () => {
  it('round-trips, and encrypts the same value differently each time', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('11010519491231002X');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
    expect(cipher.decrypt(cipher.encrypt('中文姓名'))).toBe('中文姓名');
  });
  it('detects tampering with the ciphertext', () => {
    const sealed = cipher.encrypt('13800138000');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[2]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[2] = ct.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow(/integrity/);
  });
  it('refuses another key', () => {
    const other = createPersonalDataCipher('33'.repeat(32), '22'.repeat(32));
    expect(() => other.decrypt(cipher.encrypt('x'))).toThrow();
  });
  it('gives a stable, case-insensitive blind index that differs per key', () => {
    expect(cipher.blindIndex('11010519491231002x')).toBe(cipher.blindIndex('11010519491231002X'));
    expect(cipher.blindIndex('a')).not.toBe(createPersonalDataCipher('11'.repeat(32), '44'.repeat(32)).blindIndex('a'));
  });
});
