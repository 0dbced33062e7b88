import { describe, expect, it } from 'vitest';
import { createSmtpMailer } from './mailer.js';
import { checkNotification, smsText } from './notification.js';

const base = { accountId: '00000000-0000-4000-8000-000000000001', title: ' 受理通知 ', body: ' 已受理 ' };

describe('checkNotification', () => {
  it('trims the texts and orders the channels without repeats', () => {
    expect(checkNotification({ ...base, channels: ['email', 'inapp', 'email'] })).toEqual({
      accountId: base.accountId,
      title: '受理通知',
      body: '已受理',
      channels: ['inapp', 'email'],
    });
  });
  it('refuses empty texts, no channels and unknown channels with VALIDATION_FAILED', () => {
    for (const bad of [
      { ...base, title: '  ', channels: ['inapp' as const] },
      { ...base, body: '', channels: ['inapp' as const] },
      { ...base, channels: [] },
      { ...base, channels: ['inapp', 'fax'] as never },
    ]) {
      expect(() => checkNotification(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });
});

describe('smsText', () => {
  it('starts with the platform signature', () => {
    expect(smsText({ title: '办结通知', body: '证照已制发。' })).toBe('【一网通办】办结通知：证照已制发。');
  });
});

describe('createSmtpMailer', () => {
  it('names the server without the credentials of the URL', () => {
    const mailer = createSmtpMailer('smtps://notify:s3cret@smtp.example.gov.cn:465', 'OneWindow <noreply@example.gov.cn>');
    expect(mailer.name).toBe('SMTP smtps://smtp.example.gov.cn:465');
    expect(mailer.development).toBe(false);
  });
});
