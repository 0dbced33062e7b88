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
  const create = { trx, deps, clerk, requestId, name };
  if (input.kind === 'person') {
    const idNumber = (input.idNumber ?? '').trim().toUpperCase();
    if (!isValidIdNumber(idNumber)) throw new DomainError('INVALID_ID_NUMBER');
    const found = await trx
      .selectFrom('persons')
      .select(['account_id', 'name'])
      .where('id_number_bidx', '=', deps.cipher.blindIndex(idNumber))
      .executeTakeFirst();
    if (found) return existing(found, name, '姓名与身份证号登记的信息不一致，请核对证件');
    const taken = await trx
      .selectFrom('persons')
      .select('account_id')
      .where('mobile_bidx', '=', deps.cipher.blindIndex(mobile))
      .executeTakeFirst();
    if (taken) throw new DomainError('ALREADY_EXISTS', '该手机号已被其他账号使用，请核对');
    return createAccount(create, {
      kind: 'person',
      auditAfter: { kind: 'person', idNumberBidx: deps.cipher.blindIndex(idNumber) },
      writeProfile: (accountId) =>
        trx
          .insertInto('persons')
          .values({
            account_id: accountId,
            name,
            id_number_enc: deps.cipher.encrypt(idNumber),
            id_number_bidx: deps.cipher.blindIndex(idNumber),
            id_number_hint: maskIdNumber(idNumber),
            mobile_enc: deps.cipher.encrypt(mobile),
            mobile_bidx: deps.cipher.blindIndex(mobile),
            mobile_hint: maskMobile(mobile),
          })
          .execute(),
    });
  }
  const uscc = (input.uscc ?? '').trim().toUpperCase();
  if (!isValidUscc(uscc)) throw new DomainError('INVALID_USCC');
  const found = await trx.selectFrom('enterprises').select(['account_id', 'name']).where('uscc', '=', uscc).executeTakeFirst();
  if (found) return existing(found, name, '单位名称与统一社会信用代码登记的信息不一致，请核对');
  return createAccount(create, {
    kind: 'enterprise',
    auditAfter: { kind: 'enterprise', uscc },
    writeProfile: (accountId) =>
      trx
        .insertInto('enterprises')
        .values({
          account_id: accountId,
          name,
          uscc,
          legal_rep_name: '（窗口登记，待补充）',
          mobile_enc: deps.cipher.encrypt(mobile),
          mobile_bidx: deps.cipher.blindIndex(mobile),
          mobile_hint: maskMobile(mobile),
        })
        .execute(),
  });
}

/** An account found by its certificate number: the name given at the window must be the registered one. */
function existing(found: { account_id: string; name: string }, name: string, mismatch: string): WalkInApplicant {
  if (found.name !== name) throw new DomainError('VALIDATION_FAILED', mismatch);
  return { accountId: found.account_id, name: found.name, created: false };
}

const ROLE_OF = { person: 'citizen', enterprise: 'enterprise' } as const;

/** A new password-less account: the account row, its person or enterprise row, its role and the audit record. */
async function createAccount(
  ctx: { trx: Db; deps: { now: Date }; clerk: { accountId: string; label: string }; requestId?: string; name: string },
  account: {
    kind: 'person' | 'enterprise';
    auditAfter: Record<string, unknown>;
    writeProfile: (accountId: string) => Promise<unknown>;
  },
): Promise<WalkInApplicant> {
  const { trx, name } = ctx;
  const row = await trx
    .insertInto('accounts')
    .values({ kind: account.kind, display_name: name, password_hash: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await account.writeProfile(row.id);
  await trx.insertInto('account_roles').values({ account_id: row.id, role: ROLE_OF[account.kind] }).execute();
  await recordAudit(
    trx,
    {
      actor: { id: ctx.clerk.accountId, label: ctx.clerk.label },
      action: 'account.register_walk_in',
      targetType: 'account',
      targetId: row.id,
      requestId: ctx.requestId,
      after: account.auditAfter,
    },
    ctx.deps.now,
  );
  return { accountId: row.id, name, created: true };
}
