/**
 * What the demo items of 国家税务总局示范市税务局 (`swj`) share: `SERVICE`, `material`, `idCard`, `BUSINESS_LICENCE`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { Material } from '../../../../catalogue/item-content.js';
import { place, material as sharedMaterial, ID_CARD_ECERT, BUSINESS_LICENCE_ECERT, type MaterialInput } from '../../demo-builders.js';

export const SERVICE = place('2 楼 21 号窗口', '0999-12366');

/** This department's materials are paper-and-electronic originals (材料形式 3) unless the input says otherwise. */
export const material = (m: MaterialInput): Material => sharedMaterial({ format: '3', ...m });

/** 居民身份证 of a named person, shown at the window or replaced by the e-certificate online. */
export function idCard(key: string, name: string, fillingNotes: string, appliesWhen: Material['appliesWhen'] = []): Material {
  return material({
    key,
    name,
    format: '1',
    paperSpec: '',
    sourceChannel: '2',
    issuedBy: '公安机关',
    legalBasis: '《中华人民共和国居民身份证法》第十四条',
    fillingNotes,
    acceptanceStandard: '在有效期内，与实名办税信息一致。',
    replacedBy: ID_CARD_ECERT,
    appliesWhen,
  });
}

export const BUSINESS_LICENCE = material({
  key: 'business-licence',
  name: '营业执照',
  format: '1',
  paperSpec: '',
  sourceChannel: '2',
  issuedBy: '市场监督管理部门',
  fillingNotes: '窗口办理的出示原件；登记信息由市场监管部门共享，网上办理免于提交。',
  acceptanceStandard: '在有效期内。',
  replacedBy: BUSINESS_LICENCE_ECERT,
});
