/**
 * What the demo items of 示范市人力资源和社会保障局 (`rsj`) share: `PLACE`, `idCard`, `ssCardForPayment`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { Material } from '../../../../catalogue/item-content.js';
import { place, material, ID_CARD_ECERT } from '../../demo-builders.js';

/** The 人社 window of the demo hall, its hours and phones (咨询 12333 人社服务热线, 投诉 12345). */
export const PLACE = place('2 楼 8 号窗口', '0999-12333');

const SS_CARD_E = { kind: 'e_certificate', ref: 'social_security_card', label: '电子社保卡' } as const;

/** 居民身份证 as most 人社 items ask for it: shown at the window, verified online. */
export const idCard = (extra: Partial<Material> = {}) =>
  material({
    key: 'id-card',
    name: '居民身份证',
    sourceChannel: '2',
    issuedBy: '公安机关',
    fillingNotes: '原件核验后退还；网上申请的通过实人认证免于提交。',
    acceptanceStandard: '在有效期内。',
    replacedBy: ID_CARD_ECERT,
    ...extra,
  });

/** 社会保障卡 with its 金融账户, where a benefit is paid. */
export const ssCardForPayment = () =>
  material({
    key: 'ss-card',
    name: '社会保障卡（已激活金融功能）',
    sourceChannel: '2',
    issuedBy: '人力资源社会保障部门',
    fillingNotes: '待遇发放至社会保障卡金融账户；未激活金融功能的请先到合作银行网点激活。',
    acceptanceStandard: '卡片状态正常，金融账户已激活。',
    replacedBy: SS_CARD_E,
  });
