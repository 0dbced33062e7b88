import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber, isValidMobile, isValidUscc, isWellFormedDivisionCode, usccCheckChar } from './validators.js';

describe('公民身份号码 GB 11643', () => {
  it('accepts the standard example and real-shaped numbers', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true); // the example in GB 11643-1999
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
  it('rejects a wrong check digit, impossible dates, wrong length and letters', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300021')).toBe(false); // 30 February
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('A1010519491231002X')).toBe(false);
    expect(isValidIdNumber('01010519491231002X')).toBe(false);
  });
});

describe('统一社会信用代码 GB 32100', () => {
  it('accepts real codes', () => {
    for (const code of ['91350100M000100Y43', '91110000802100433B', '12100000400000624D', '11100000000013338W']) {
      expect(isValidUscc(code)).toBe(true);
    }
  });
  it('rejects a wrong check character and forbidden letters (I O Z S V)', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100I000100Y43')).toBe(false);
    expect(isValidUscc('9135010')).toBe(false);
  });
  it('computes the check character with a 31 → 0 wrap', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });
});

describe('other formats', () => {
  it('mobile', () => {
    expect(isValidMobile('13800138000')).toBe(true);
    expect(isValidMobile('12800138000')).toBe(false);
    expect(isValidMobile('1380013800')).toBe(false);
  });
  it('division code', () => {
    expect(isWellFormedDivisionCode('110105')).toBe(true);
    expect(isWellFormedDivisionCode('110105001')).toBe(true);
    expect(isWellFormedDivisionCode('11010')).toBe(false);
    expect(isWellFormedDivisionCode('000000')).toBe(false);
  });
});
