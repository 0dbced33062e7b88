/**
 * What the demo items of 示范市住房和城乡建设局 (`zjj`) share: `SERVICE`, `material`, `BUSINESS_LICENCE`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { Material } from '../../../../catalogue/item-content.js';
import { place, material as sharedMaterial, BUSINESS_LICENCE_ECERT, type MaterialInput } from '../../demo-builders.js';

export const SERVICE = place('3 楼 31 号窗口', '0999-6102001');

/** This department's materials are paper-and-electronic originals (材料形式 3) unless the input says otherwise. */
export const material = (m: MaterialInput): Material => sharedMaterial({ format: '3', ...m });

export const BUSINESS_LICENCE = material({
  key: 'business-licence',
  name: '营业执照',
  kind: '2',
  format: '1',
  originalCopies: 0,
  photocopyCopies: 1,
  sourceChannel: '2',
  issuedBy: '市场监督管理部门',
  fillingNotes: '复印件加盖企业公章；可通过电子证照库调取的，免于提交。',
  acceptanceStandard: '在有效期内，登记信息与申请表一致。',
  replacedBy: BUSINESS_LICENCE_ECERT,
});
