/**
 * What the demo items of 示范市市场监督管理局 (`scjg`) share: `COMMON`, `REGISTRATION_LIMIT_EXPLANATION`, `material`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { ItemContent, Material } from '../../../../catalogue/item-content.js';
import { place, material as sharedMaterial, type MaterialInput } from '../../demo-builders.js';

/** The elements every item of this department shares (实施主体 is the 市场监督管理局 itself, 法定本级行使). */
export const COMMON: Pick<
  ItemContent,
  | 'exerciseLevel'
  | 'powerSource'
  | 'subjectNature'
  | 'entrustedBody'
  | 'address'
  | 'hours'
  | 'consultMethods'
  | 'consultPhone'
  | 'complaintPhone'
> = {
  exerciseLevel: '3',
  powerSource: '1',
  subjectNature: '1',
  entrustedBody: '',
  ...place('2 楼 5 号窗口（市场监管窗口）', '0999-12315'),
};

/** 市场主体登记管理条例第十九条: 当场登记，不能当场登记的 3 个工作日内，情形复杂的可再延长 3 个工作日. */
export const REGISTRATION_LIMIT_EXPLANATION =
  '《市场主体登记管理条例》第十九条：登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。';

/** This department's materials are paper-and-electronic originals (材料形式 3) unless the input says otherwise. */
export const material = (m: MaterialInput): Material => sharedMaterial({ format: '3', ...m });
