import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@onewindow/common/validators';
import { isDomainError } from '../../../errors.js';
import { createPersonalDataCipher } from '../../../lib/personal-data-cipher.js';
import { idNumberOf, newPersonOf } from './complete-oidc-login.js';
import { reasonOf } from './oidc-failure.js';
import { openTransaction, safeNextPath, sealTransaction } from './oidc-transaction.js';

const cipher = createPersonalDataCipher('11'.repeat(32), '22'.repeat(32));
const now = new Date('2026-03-02T09:00:00+08:00');
const tx = { codeVerifier: 'verifier', state: 'state', nonce: 'nonce', next: '/a?b=1' };

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/my/applications?tab=open#x', '/my/applications?tab=open#x'],
    ['/a/../b', '/b'],
  ])('keeps the same-site path %s', (input, expected) => expect(safeNextPath(input)).toBe(expected));

  it.each([
    undefined,
    '',
    'evil',
    '//evil.example',
    '/\\evil.example',
    '/\tevil',
    'https://evil.example/',
    'javascript:alert(1)',
    `/${'a'.repeat(1001)}`,
  ])('turns %s into /', (input) => expect(safeNextPath(input)).toBe('/'));
});

describe('OIDC transaction cookie', () => {
  it('round-trips within ten minutes and not after', () => {
    const sealed = sealTransaction(cipher, tx, now);
    expect(openTransaction(cipher, sealed, new Date(now.getTime() + 9 * 60_000))).toEqual(tx);
    expect(openTransaction(cipher, sealed, new Date(now.getTime() + 10 * 60_000))).toBeNull();
  });

  it('refuses altered, foreign and missing values', () => {
    const sealed = sealTransaction(cipher, tx, now);
    const other = createPersonalDataCipher('33'.repeat(32), '22'.repeat(32));
    expect(openTransaction(other, sealed, now)).toBeNull();
    expect(openTransaction(cipher, `${sealed.slice(0, -2)}AA`, now)).toBeNull();
    expect(openTransaction(cipher, cipher.encrypt('110101199003071234'), now)).toBeNull();
    expect(openTransaction(cipher, undefined, now)).toBeNull();
    expect(openTransaction(cipher, 'garbage', now)).toBeNull();
  });
});

describe('claims of a new person', () => {
  const first17 = '11010519491231002';
  const idNumber = first17 + idNumberCheckChar(first17);

  it('reads the 身份证号 from any accepted claim name and normalises it', () => {
    expect(idNumberOf({ id_number: idNumber })).toBe(idNumber);
    expect(idNumberOf({ idcard: ` ${idNumber.toLowerCase()} ` })).toBe(idNumber);
    expect(idNumberOf({ id_card_number: idNumber })).toBe(idNumber);
  });

  it('refuses a missing or invalid 身份证号 with reason id_number_invalid', () => {
    for (const claims of [{}, { id_number: '123' }, { id_number: first17 + (idNumber.endsWith('0') ? '1' : '0') }]) {
      let err: unknown;
      try {
        idNumberOf(claims);
      } catch (e) {
        err = e;
      }
      expect(isDomainError(err, 'OIDC_FAILED')).toBe(true);
      expect(reasonOf(err)).toBe('id_number_invalid');
    }
  });

  it('accepts E.164 and spaced mobile numbers and needs a name', () => {
    expect(newPersonOf({ name: ' 张三 ', phone_number: '+86 139-1234-5678' })).toEqual({ name: '张三', mobile: '13912345678' });
    expect(newPersonOf({ name: '张三', phone_number: '13912345678' }).mobile).toBe('13912345678');
    expect(() => newPersonOf({ phone_number: '13912345678' })).toThrow(/姓名/);
    expect(() => newPersonOf({ name: '张三', phone_number: '+1 415 555 0100' })).toThrow(/手机号码/);
  });
});
