/** Self-registration of a legal person (法人): 统一社会信用代码 checked (GB 32100). */
import { maskMobile } from '@onewindow/common/masking';
import { isValidMobile, isValidUscc } from '@onewindow/common/validators';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertStrongPassword, hashPassword } from './password.js';
import { createSession } from './sessions.js';

export interface RegisterEnterpriseInput {
  name: string;
  uscc: string;
  legalRepName: string;
  mobile: string;
  password: string;
}

export async function registerEnterprise(
  deps: { db: Db; cipher: PersonalDataCipher; config: Config; now: Date },
  input: RegisterEnterpriseInput,
  meta: RequestMeta,
) {
  const uscc = input.uscc.trim().toUpperCase();
  const mobile = input.mobile.trim();
  if (!isValidUscc(uscc)) throw new DomainError('INVALID_USCC');
  if (!isValidMobile(mobile)) throw new DomainError('INVALID_MOBILE');
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const { db, cipher, now, config } = deps;
  try {
    return await db.transaction().execute(async (trx) => {
      const account = await trx
        .insertInto('accounts')
        .values({ kind: 'enterprise', display_name: input.name.trim(), password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('enterprises')
        .values({
          account_id: account.id,
          name: input.name.trim(),
          uscc,
          legal_rep_name: input.legalRepName.trim(),
          mobile_enc: cipher.encrypt(mobile),
          mobile_bidx: cipher.blindIndex(mobile),
          mobile_hint: maskMobile(mobile),
        })
        .execute();
      await trx.insertInto('account_roles').values({ account_id: account.id, role: 'enterprise' }).execute();
      const session = await createSession(trx, {
        accountId: account.id,
        mfaState: 'not_needed',
        now,
        config,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
      await recordAudit(
        trx,
        {
          actor: { id: account.id, label: `enterprise:${account.id}` },
          action: 'account.register',
          targetType: 'account',
          targetId: account.id,
          requestId: meta.requestId,
          after: { kind: 'enterprise', uscc },
        },
        now,
      );
      return { ...session, accountId: account.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '该统一社会信用代码已注册，请直接登录');
    throw err;
  }
}
