/**
 * Builders the demo catalogue items (items/<dept>/*.ts) share: the material defaults, `appliesWhen` of one 办理情形,
 * the online application link, the demo 政务服务中心's address, hours and phones, and the 电子证照 that replace
 * the materials several departments ask for. A department whose defaults differ passes its overrides explicitly.
 */
import type { ItemContent, Material } from '../../catalogue/item-content.js';

/** The demo 政务服务中心; a department's window is appended, e.g. `${HALL_ADDRESS} 1 楼 8 号窗口（户政窗口）`. */
export const HALL_ADDRESS = '示范市东城区人民路 1 号 示范市政务服务中心';
export const HOURS = '周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）';
/** 咨询方式: 窗口, 网站, 电话. */
export const CONSULT_METHODS: ItemContent['consultMethods'] = ['1', '3', '2'];
/** 投诉 goes to the 12345 政务服务便民热线 for every department. */
export const COMPLAINT_PHONE = '0999-12345';

export const applyUrl = (slug: string) => `https://zwfw.shifan.gov.cn/apply/${slug}`;

/** Where and how to ask: a window of the demo hall (e.g. '3 楼 12 号窗口'), its hours and phones. */
export function place(
  window: string,
  consultPhone: string,
): Pick<ItemContent, 'address' | 'hours' | 'consultMethods' | 'consultPhone' | 'complaintPhone'> {
  return {
    address: `${HALL_ADDRESS} ${window}`,
    hours: HOURS,
    consultMethods: CONSULT_METHODS,
    consultPhone,
    complaintPhone: COMPLAINT_PHONE,
  };
}

export const NOT_CHARGED = { charged: false, fees: [], supportsOnlinePayment: false } satisfies Partial<ItemContent>;

export type MaterialInput = Pick<Material, 'key' | 'name'> & Partial<Omit<Material, 'key' | 'name'>>;

/**
 * A material with the usual defaults: one paper original (材料形式 1), A4, required, provided by the applicant,
 * always needed. Departments whose materials are paper-and-electronic pass `format: '3'`.
 */
export function material(m: MaterialInput): Material {
  return {
    kind: '1',
    format: '1',
    originalCopies: 1,
    photocopyCopies: 0,
    paperSpec: 'A4',
    required: true,
    sourceChannel: '1',
    issuedBy: '',
    legalBasis: '',
    fillingNotes: '',
    acceptanceStandard: '',
    blankFormFileId: null,
    sampleFileId: null,
    replacedBy: null,
    appliesWhen: [],
    ...m,
  };
}

/** `appliesWhen` of a material needed only for some answers of one 办理情形. */
export const when = (scenario: string, ...options: string[]): Material['appliesWhen'] => [{ scenario, options }];

/** 电子证照 that replace (免提交) a material. */
export const ID_CARD_ECERT = { kind: 'e_certificate', ref: 'id_card', label: '居民身份证电子证照' } as const;
export const HOUSEHOLD_REGISTER_ECERT = { kind: 'e_certificate', ref: 'household_register', label: '居民户口簿电子证照' } as const;
export const BUSINESS_LICENCE_ECERT = { kind: 'e_certificate', ref: 'business_licence', label: '营业执照电子证照' } as const;
export const PROPERTY_CERTIFICATE_ECERT = { kind: 'e_certificate', ref: 'property_certificate', label: '不动产权证书电子证照' } as const;
export const BIRTH_MEDICAL_CERTIFICATE_ECERT = {
  kind: 'e_certificate',
  ref: 'birth_medical_certificate',
  label: '出生医学证明电子证照',
} as const;
export const MARRIAGE_CERTIFICATE_ECERT = { kind: 'e_certificate', ref: 'marriage_certificate', label: '结婚证电子证照' } as const;
