/** antd Form rules built on the shared national validators, so the browser says what the server would. */
import { isValidIdNumber, isValidMobile, isValidUscc } from '@onewindow/common/validators';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

type Check = (value: string) => boolean;

function ruleOf(check: Check, message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return; // "required" speaks for empty fields
      if (typeof value !== 'string' || !check(value)) throw new Error(message);
    },
  };
}

/** ≥ 8 characters and three of: upper case, lower case, digit, symbol (the server's WEAK_PASSWORD rule). */
export function isStrongPassword(value: string): boolean {
  if (value.length < 8) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 3;
}

export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,39}$/;
export const PHONE_PATTERN = /^[0-9()+ -]{5,20}$/;

export function makeRules(t: TFunction) {
  return {
    required: (label: string): FormRule => ({ required: true, whitespace: true, message: t('validation.required', { label }) }),
    idNumber: ruleOf(isValidIdNumber, t('validation.idNumber')),
    uscc: ruleOf(isValidUscc, t('validation.uscc')),
    mobile: ruleOf(isValidMobile, t('validation.mobile')),
    personIdentifier: ruleOf((v) => isValidIdNumber(v) || isValidMobile(v), t('validation.personIdentifier')),
    password: ruleOf(isStrongPassword, t('validation.password')),
    username: ruleOf((v) => USERNAME_PATTERN.test(v), t('validation.username')),
    phone: ruleOf((v) => PHONE_PATTERN.test(v), t('validation.phone')),
    totp: ruleOf((v) => /^\d{6}$/.test(v), t('validation.totp')),
    email: { type: 'email', message: t('validation.email') } satisfies FormRule,
  };
}
