import { describe, expect, it } from 'vitest';
import { fileHref, formatFileSize, telHref } from './format';

describe('formatFileSize', () => {
  it('uses bytes, then KB and MB', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(1023)).toBe('1023 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(20 * 1024)).toBe('20 KB');
    expect(formatFileSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
  });
  it('says nothing for nonsense', () => {
    expect(formatFileSize(-1)).toBe('');
    expect(formatFileSize(Number.NaN)).toBe('');
  });
});

describe('telHref', () => {
  it('keeps digits, + and -', () => {
    expect(telHref('0571-12345678')).toBe('tel:0571-12345678');
    expect(telHref('(0571) 8765 4321')).toBe('tel:057187654321');
    expect(telHref('+86 10 12345')).toBe('tel:+861012345');
  });
  it('calls the first number only and drops an extension', () => {
    expect(telHref('12345，0571-88888888')).toBe('tel:12345');
    expect(telHref('0571-88888888转8')).toBe('tel:0571-88888888');
  });
  it('gives nothing for text without a number', () => {
    expect(telHref('见窗口公示')).toBeUndefined();
    expect(telHref('')).toBeUndefined();
  });
});

describe('fileHref', () => {
  it('points at the public file route', () => {
    expect(fileHref('abc')).toBe('/api/catalogue/files/abc');
  });
});
