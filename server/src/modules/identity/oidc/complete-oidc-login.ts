/**
 * Finishes an OIDC login once the provider's claims are verified: finds the account linked to
 * (issuer, sub); otherwise links the subject to the person with the same 身份证号, or registers a new
 * person (实名等级 3: the provider vouched for the identity; no password). Then starts a session. One
 * transaction: link or registration, session and audit records.
 */
import { maskIdNumber, maskMobile } from '@onewindow/common/masking';
import { isValidIdNumber, isValidMobile } from '@onewindow/common/validators';
import type { Config } from '../../../config.js';
import type { Db } from '../../../db/database.js';
import type { AccountKind } from '../../../db/schema.js';
import { DomainError } from '../../../errors.js';
import { isUniqueViolation } from '../../../lib/pg-errors.js';
import type { PersonalDataCipher } from '../../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../../lib/request-meta.js';
import { recordAudit } from '../../audit/record-audit.js';
import { initialMfaState } from '../log-in.js';
import { createSession, type NewSession } from '../sessions.js';
import type { ProviderClaims } from './oidc-client.js';
import { oidcFailure, reasonOf } from './oidc-failure.js';

/** Verification level of a person whose identity the provider vouched for (see persons.verification_level). */
export const OIDC_VERIFICATION_LEVEL = 3;

/** Provincial platforms name the 身份证号 claim differently; these are the names we accept. */
const ID_NUMBER_CLAIMS = ['id_number', 'idcard', 'id_card_number'] as const;

export interface OidcLoginInput {
  /** the provider's issuer identifier */
  provider: string;
  claims: ProviderClaims;
}

export type OidcLoginOutcome = 'existing' | 'linked' | 'registered';

interface Deps {
  db: Db;
  cipher: PersonalDataCipher;
  config: Config;
  now: Date;
}

export async function completeOidcLogin(
  deps: Deps,
  input: OidcLoginInput,
  meta: RequestMeta,
): Promise<NewSession & { accountId: string; outcome: OidcLoginOutcome }> {
  try {
    return await attempt(deps, input, meta);
  } catch (err) {
    // A concurrent first login of the same subject (or person) committed first: the link now exists.
    // Under READ COMMITTED that shows either as a unique-key clash or — when the other transaction
    // committed between our look-ups — as "mobile taken" by the person it just created. One retry sees
    // the committed link; a mobile that really belongs to someone else fails again.
    if (isUniqueViolation(err) || reasonOf(err) === 'mobile_taken') return attempt(deps, input, meta);
    throw err;
  }
}

async function attempt(deps: Deps, input: OidcLoginInput, meta: RequestMeta) {
  const { db, cipher, config, now } = deps;
  const { provider, claims } = input;
  return db.transaction().execute(async (trx) => {
    let outcome: OidcLoginOutcome = 'existing';
    let idNumberBidx: string | undefined;
    let account = await findLinkedAccount(trx, provider, claims.sub);
    if (!account) {
      const idNumber = idNumberOf(claims);
      idNumberBidx = cipher.blindIndex(idNumber);
      const person = await findPersonAccount(trx, idNumberBidx);
      if (person) {
        assertActive(person.status);
        await trx.insertInto('external_identities').values({ provider, subject: claims.sub, account_id: person.id }).execute();
        await trx
          .updateTable('persons')
          .set({ verification_level: OIDC_VERIFICATION_LEVEL })
          .where('account_id', '=', person.id)
          .where('verification_level', '<', OIDC_VERIFICATION_LEVEL)
          .execute();
        account = person;
        outcome = 'linked';
      } else {
        account = await registerPerson(trx, cipher, { provider, subject: claims.sub, idNumber, idNumberBidx, ...newPersonOf(claims) });
        outcome = 'registered';
      }
    }
    assertActive(account.status);

    const mfaState = initialMfaState(account.kind, account.totp_enrolled_at !== null, config);
    const session = await createSession(trx, { accountId: account.id, mfaState, now, config, ip: meta.ip, userAgent: meta.userAgent });
    const actor = { id: account.id, label: `${account.kind}:${account.id}` };
    const base = { actor, targetType: 'account', targetId: account.id, requestId: meta.requestId };
    if (outcome === 'registered') {
      await recordAudit(
        trx,
        {
          ...base,
          action: 'account.register',
          after: { kind: 'person', idNumberBidx, verificationLevel: OIDC_VERIFICATION_LEVEL },
          detail: { method: 'oidc', provider },
        },
        now,
      );
    }
    if (outcome !== 'existing') {
      await recordAudit(
        trx,
        { ...base, action: 'account.link_identity', after: { provider, subject: claims.sub }, detail: { provider } },
        now,
      );
    }
    await recordAudit(
      trx,
      { ...base, action: 'auth.login', detail: { method: 'oidc', provider, mfa: mfaState, ip: meta.ip ?? null } },
      now,
    );
    return { ...session, accountId: account.id, outcome };
  });
}

interface LoginAccount {
  id: string;
  kind: AccountKind;
  status: 'active' | 'disabled';
  totp_enrolled_at: Date | null;
}

function assertActive(status: LoginAccount['status']) {
  if (status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
}

async function findLinkedAccount(trx: Db, provider: string, subject: string): Promise<LoginAccount | undefined> {
  return trx
    .selectFrom('external_identities')
    .innerJoin('accounts', 'accounts.id', 'external_identities.account_id')
    .select(['accounts.id', 'accounts.kind', 'accounts.status', 'accounts.totp_enrolled_at'])
    .where('external_identities.provider', '=', provider)
    .where('external_identities.subject', '=', subject)
    .executeTakeFirst();
}

async function findPersonAccount(trx: Db, idNumberBidx: string): Promise<LoginAccount | undefined> {
  return trx
    .selectFrom('persons')
    .innerJoin('accounts', 'accounts.id', 'persons.account_id')
    .select(['accounts.id', 'accounts.kind', 'accounts.status', 'accounts.totp_enrolled_at'])
    .where('persons.id_number_bidx', '=', idNumberBidx)
    .executeTakeFirst();
}

async function registerPerson(
  trx: Db,
  cipher: PersonalDataCipher,
  p: { provider: string; subject: string; idNumber: string; idNumberBidx: string; name: string; mobile: string },
): Promise<LoginAccount> {
  const mobileBidx = cipher.blindIndex(p.mobile);
  const mobileTaken = await trx.selectFrom('persons').select('account_id').where('mobile_bidx', '=', mobileBidx).executeTakeFirst();
  if (mobileTaken) throw oidcFailure('mobile_taken');
  const account = await trx
    .insertInto('accounts')
    .values({ kind: 'person', display_name: p.name, password_hash: null })
    .returning(['id', 'kind', 'status', 'totp_enrolled_at'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('persons')
    .values({
      account_id: account.id,
      name: p.name,
      id_number_enc: cipher.encrypt(p.idNumber),
      id_number_bidx: p.idNumberBidx,
      id_number_hint: maskIdNumber(p.idNumber),
      mobile_enc: cipher.encrypt(p.mobile),
      mobile_bidx: mobileBidx,
      mobile_hint: maskMobile(p.mobile),
      verification_level: OIDC_VERIFICATION_LEVEL,
    })
    .execute();
  await trx.insertInto('account_roles').values({ account_id: account.id, role: 'citizen' }).execute();
  await trx.insertInto('external_identities').values({ provider: p.provider, subject: p.subject, account_id: account.id }).execute();
  return account;
}

/** The 身份证号 from the first claim that carries one, checked against GB 11643. */
export function idNumberOf(claims: Record<string, unknown>): string {
  const raw = ID_NUMBER_CLAIMS.map((k) => claims[k]).find((v) => typeof v === 'string' && v.trim() !== '');
  const idNumber = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (!isValidIdNumber(idNumber)) throw oidcFailure('id_number_invalid');
  return idNumber;
}

/** Name and mainland mobile number for a new person; `phone_number` may come in E.164 (+86…). */
export function newPersonOf(claims: Record<string, unknown>): { name: string; mobile: string } {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  const length = [...name].length;
  if (length < 1 || length > 50) throw oidcFailure('name_missing');
  const phone = typeof claims.phone_number === 'string' ? claims.phone_number.replace(/[\s()-]/g, '') : '';
  const mobile = phone.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  if (!isValidMobile(mobile)) throw oidcFailure('mobile_invalid');
  return { name, mobile };
}
