/**
 * 一窗受理: a window clerk identifies a visitor. A person is found by 身份证号 (blind index) and the name
 * must match the account; an enterprise by 统一社会信用代码. Someone without an account gets one on the
 * spot (no password: they can set one later by mobile), written in the caller's transaction with its audit.
 */
import { maskIdNumber, maskMobile } from '@onewindow/common/masking';
import { isValidIdNumber, isValidMobile, isValidUscc } from '@onewindow/common/validators';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import { recordAudit } from '../audit/record-audit.js';

export interface WalkInInput {
  kind: 'person' | 'enterprise';
  idNumber?: string;
  uscc?: string;
  name: string;
  mobile: string;
}

export interface WalkInApplicant {
  accountId: string;
  name: string;
  created: boolean;
}

export async function identifyWalkIn(
  trx: Db,
  deps: { cipher: PersonalDataCipher; now: Date },
  clerk: { accountId: string; label: string },
  input: WalkInInput,
  requestId?: string,
): Promise<WalkInApplicant> {
  const name = input.name.trim();
  const mobile = input.mobile.trim();
  if (!isValidMobile(mobile)) throw new DomainError('INVALID_MOBILE');
  if (input.kind === 'person') {
    const idNumber = (input.idNumber ?? '').trim().toUpperCase();
    if (!isValidIdNumber(idNumber)) throw new DomainError('INVALID_ID_NUMBER');
    const found = await trx
      .selectFrom('persons')
      .select(['account_id', 'name'])
      .where('id_number_bidx', '=', deps.cipher.blindIndex(idNumber))
      .executeTakeFirst();
    if (found) {
      if (found.name !== name) throw new DomainError('VALIDATION_FAILED', '姓名与身份证号登记的信息不一致，请核对证件');
      return { accountId: found.account_id, name: found.name, created: false };
    }
    const taken = await trx
      .selectFrom('persons')
      .select('account_id')
      .where('mobile_bidx', '=', deps.cipher.blindIndex(mobile))
      .executeTakeFirst();
    if (taken) throw new DomainError('ALREADY_EXISTS', '该手机号已被其他账号使用，请核对');
    const account = await trx
      .insertInto('accounts')
      .values({ kind: 'person', display_name: name, password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('persons')
      .values({
        account_id: account.id,
        name,
        id_number_enc: deps.cipher.encrypt(idNumber),
        id_number_bidx: deps.cipher.blindIndex(idNumber),
        id_number_hint: maskIdNumber(idNumber),
        mobile_enc: deps.cipher.encrypt(mobile),
        mobile_bidx: deps.cipher.blindIndex(mobile),
        mobile_hint: maskMobile(mobile),
      })
      .execute();
    await trx.insertInto('account_roles').values({ account_id: account.id, role: 'citizen' }).execute();
    await recordAudit(
      trx,
      {
        actor: { id: clerk.accountId, label: clerk.label },
        action: 'account.register_walk_in',
        targetType: 'account',
        targetId: account.id,
        requestId,
        after: { kind: 'person', idNumberBidx: deps.cipher.blindIndex(idNumber) },
      },
      deps.now,
    );
    return { accountId: account.id, name, created: true };
  }
  const uscc = (input.uscc ?? '').trim().toUpperCase();
  if (!isValidUscc(uscc)) throw new DomainError('INVALID_USCC');
  const found = await trx.selectFrom('enterprises').select(['account_id', 'name']).where('uscc', '=', uscc).executeTakeFirst();
  if (found) {
    if (found.name !== name) throw new DomainError('VALIDATION_FAILED', '单位名称与统一社会信用代码登记的信息不一致，请核对');
    return { accountId: found.account_id, name: found.name, created: false };
  }
  const account = await trx
    .insertInto('accounts')
    .values({ kind: 'enterprise', display_name: name, password_hash: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('enterprises')
    .values({
      account_id: account.id,
      name,
      uscc,
      legal_rep_name: '（窗口登记，待补充）',
      mobile_enc: deps.cipher.encrypt(mobile),
      mobile_bidx: deps.cipher.blindIndex(mobile),
      mobile_hint: maskMobile(mobile),
    })
    .execute();
  await trx.insertInto('account_roles').values({ account_id: account.id, role: 'enterprise' }).execute();
  await recordAudit(
    trx,
    {
      actor: { id: clerk.accountId, label: clerk.label },
      action: 'account.register_walk_in',
      targetType: 'account',
      targetId: account.id,
      requestId,
      after: { kind: 'enterprise', uscc },
    },
    deps.now,
  );
  return { accountId: account.id, name, created: true };
}
