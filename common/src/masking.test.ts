import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile, maskName } from './masking.js';

describe('masking', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('1101**********1234');
  });
  it('keeps 3 + 4 digits of a mobile', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
  it('masks names', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('王')).toBe('*');
  });
  it('never returns short input unmasked', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskMobile('123')).toBe('***');
  });
});
