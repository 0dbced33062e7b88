/**
 * A staff member looks up a natural person by 身份证号 (e.g. a window clerk identifying a visitor). The
 * read is itself audited ('person.read' with the purpose), so the person can later see who looked.
 */
import { isValidIdNumber } from '@onewindow/common/validators';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';

export async function lookUpPerson(
  deps: { db: Db; cipher: PersonalDataCipher; now: Date },
  p: Principal,
  input: { idNumber: string; purpose: string },
  meta: RequestMeta,
) {
  const idNumber = input.idNumber.trim().toUpperCase();
  if (!isValidIdNumber(idNumber)) throw new DomainError('INVALID_ID_NUMBER');
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('persons')
      .select(['account_id', 'name', 'id_number_hint', 'mobile_hint', 'verification_level'])
      .where('id_number_bidx', '=', deps.cipher.blindIndex(idNumber))
      .executeTakeFirst();
    if (!row) throw new DomainError('NOT_FOUND', '未找到该身份证号对应的个人账号');
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'person.read',
        targetType: 'person',
        targetId: row.account_id,
        requestId: meta.requestId,
        detail: { purpose: input.purpose, departmentId: p.departmentId },
      },
      deps.now,
    );
    return row;
  });
}
