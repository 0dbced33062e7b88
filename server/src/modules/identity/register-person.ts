/** Self-registration of a natural person (自然人): 身份证号 checked (GB 11643), identifiers encrypted with a blind index. */
import { maskIdNumber, maskMobile } from '@onewindow/common/masking';
import { isValidIdNumber, isValidMobile } from '@onewindow/common/validators';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertStrongPassword, hashPassword } from './password.js';
import { createSession } from './sessions.js';

export interface RegisterPersonInput {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
}

export async function registerPerson(
  deps: { db: Db; cipher: PersonalDataCipher; config: Config; now: Date },
  input: RegisterPersonInput,
  meta: RequestMeta,
) {
  const idNumber = input.idNumber.trim().toUpperCase();
  const mobile = input.mobile.trim();
  if (!isValidIdNumber(idNumber)) throw new DomainError('INVALID_ID_NUMBER');
  if (!isValidMobile(mobile)) throw new DomainError('INVALID_MOBILE');
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const { db, cipher, now, config } = deps;
  try {
    return await db.transaction().execute(async (trx) => {
      const account = await trx
        .insertInto('accounts')
        .values({ kind: 'person', display_name: input.name.trim(), password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('persons')
        .values({
          account_id: account.id,
          name: input.name.trim(),
          id_number_enc: cipher.encrypt(idNumber),
          id_number_bidx: cipher.blindIndex(idNumber),
          id_number_hint: maskIdNumber(idNumber),
          mobile_enc: cipher.encrypt(mobile),
          mobile_bidx: cipher.blindIndex(mobile),
          mobile_hint: maskMobile(mobile),
        })
        .execute();
      await trx.insertInto('account_roles').values({ account_id: account.id, role: 'citizen' }).execute();
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
          actor: { id: account.id, label: `person:${account.id}` },
          action: 'account.register',
          targetType: 'account',
          targetId: account.id,
          requestId: meta.requestId,
          after: { kind: 'person', idNumberBidx: cipher.blindIndex(idNumber) },
        },
        now,
      );
      return { ...session, accountId: account.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '该身份证号或手机号已注册，请直接登录');
    throw err;
  }
}
