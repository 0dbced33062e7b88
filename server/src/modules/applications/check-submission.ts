/**
 * Checks a submission before anything is written: the item is published and has a published process,
 * the channel is allowed, the form is valid (every field error at once, in Chinese), scenario answers are
 * known options, and every required material for those answers is provided by a file the submitter owns
 * (or, at a window, received on paper).
 */
import { validateFormData } from '@onewindow/common/forms';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { materialsFor } from '../catalogue/item-content.js';
import { getPublishedItem, type PublishedItem } from '../catalogue/published-item.js';
import { publishedDefinitionOf } from '../process/definition-store.js';
import type { Channel } from './applications.tables.js';

export interface MaterialInput {
  materialKey: string;
  uploadIds: string[];
  /** counter intake only: the original was received on paper */
  paper?: boolean;
  /** 告知承诺制 (国办发〔2020〕42号): the applicant commits in writing instead of providing it (items that allow it) */
  commitment?: boolean;
}

export interface SubmissionInput {
  itemCode: string;
  formData: Record<string, unknown>;
  scenarioAnswers: Record<string, string>;
  materials: MaterialInput[];
  channel: Channel;
}

export interface CheckedSubmission {
  item: PublishedItem;
  definitionId: string;
  materials: { key: string; name: string; uploadIds: string[]; paper: boolean; commitment: boolean }[];
}

export async function checkSubmission(db: Db, input: SubmissionInput, uploaderId: string): Promise<CheckedSubmission> {
  const item = await getPublishedItem(db, { code: input.itemCode });
  const def = await publishedDefinitionOf(db, item.itemId);
  if (!def) throw new DomainError('NO_PUBLISHED_PROCESS');
  const online = input.channel === '2' || input.channel === '3';
  if (online && !item.content.isOnline) throw new DomainError('CONFLICT', '该事项暂不支持网上申请，请到政务服务大厅窗口办理');

  for (const [scenario, answer] of Object.entries(input.scenarioAnswers)) {
    const s = item.content.scenarios.find((x) => x.key === scenario);
    if (!s || !s.options.some((o) => o.key === answer)) {
      throw new DomainError('VALIDATION_FAILED', `办理情形「${scenario}」的选项「${answer}」不存在`);
    }
  }
  const form = item.content.applicationForm;
  if (form) {
    const errors = validateFormData(form, input.formData);
    if (errors.length > 0) throw new DomainError('FORM_INVALID', `申请表有 ${errors.length} 处需要修改`, { errors });
  }

  const needed = materialsFor(item.content, input.scenarioAnswers);
  const byKey = new Map(input.materials.map((m) => [m.materialKey, m]));
  for (const m of input.materials) {
    if (!needed.some((n) => n.key === m.materialKey))
      throw new DomainError('VALIDATION_FAILED', `材料「${m.materialKey}」不属于本事项或本情形`);
    if (m.paper && input.channel !== '1') throw new DomainError('VALIDATION_FAILED', '只有窗口收件可以登记纸质材料');
    if (m.commitment && item.content.commitmentAllowed !== true) {
      throw new DomainError('VALIDATION_FAILED', '该事项未实行告知承诺制，不能以承诺代替材料');
    }
  }
  const uploadIds = [...new Set(input.materials.flatMap((m) => m.uploadIds))];
  if (uploadIds.length > 0) {
    const owned = await db
      .selectFrom('uploads')
      .select('id')
      .where('id', 'in', uploadIds)
      .where('owner_account_id', '=', uploaderId)
      .execute();
    if (owned.length !== uploadIds.length) throw new DomainError('VALIDATION_FAILED', '所选文件不存在或不属于当前账号');
  }
  const missing = needed.filter(
    (n) => n.required && !(byKey.get(n.key)?.uploadIds.length || byKey.get(n.key)?.paper || byKey.get(n.key)?.commitment),
  );
  if (missing.length > 0) {
    throw new DomainError('MATERIALS_INCOMPLETE', `还缺少 ${missing.length} 项必要材料：${missing.map((m) => m.name).join('、')}`, {
      missing: missing.map((m) => ({ key: m.key, name: m.name })),
    });
  }
  return {
    item,
    definitionId: def.id,
    materials: needed
      .filter((n) => byKey.has(n.key))
      .map((n) => ({
        key: n.key,
        name: n.name,
        uploadIds: byKey.get(n.key)!.uploadIds,
        paper: byKey.get(n.key)!.paper === true,
        commitment: byKey.get(n.key)!.commitment === true,
      })),
  };
}
