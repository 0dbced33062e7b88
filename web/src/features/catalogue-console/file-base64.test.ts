import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './file-base64';

/** A reference encoder over the standard alphabet, independent of btoa. */
function reference(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? alphabet[n & 63]! : '=';
  }
  return out;
}

describe('bytesToBase64', () => {
  it('encodes binary bytes', () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00]);
    expect(bytesToBase64(bytes)).toBe('JVBERi3/AA==');
    expect(bytesToBase64(bytes)).toBe(reference(bytes));
  });
  it('encodes large inputs across chunks', () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(reference(bytes));
  });
  it('encodes nothing as nothing', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
