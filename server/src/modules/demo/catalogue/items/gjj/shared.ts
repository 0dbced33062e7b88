/**
 * What the demo items of 示范市住房公积金管理中心 (`gjj`) share: `SERVICE`, `material`, `ID_CARD`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { Material } from '../../../../catalogue/item-content.js';
import { place, material as sharedMaterial, ID_CARD_ECERT, type MaterialInput } from '../../demo-builders.js';

export const SERVICE = place('1 楼 12 号窗口', '0999-12329');

/** This department's materials are paper-and-electronic originals (材料形式 3) unless the input says otherwise. */
export const material = (m: MaterialInput): Material => sharedMaterial({ format: '3', ...m });

export const ID_CARD = material({
  key: 'id-card',
  name: '居民身份证',
  format: '1',
  paperSpec: '',
  sourceChannel: '2',
  issuedBy: '公安机关',
  legalBasis: '《中华人民共和国居民身份证法》第十四条',
  fillingNotes: '窗口办理的出示原件；网上办理的通过实名认证登录，免于提交。',
  acceptanceStandard: '在有效期内，与公积金账户信息一致。',
  replacedBy: ID_CARD_ECERT,
});
