/**
 * What the demo items of 示范市民政局 (`mzj`) share: `CIVIL_AFFAIRS_WINDOW`, `MARRIAGE_WINDOW`, `COMMON`, `MARRIAGE_REGULATION`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { ItemContent } from '../../../../catalogue/item-content.js';
import { HALL_ADDRESS, HOURS, CONSULT_METHODS, COMPLAINT_PHONE } from '../../demo-builders.js';

export const CIVIL_AFFAIRS_WINDOW = `${HALL_ADDRESS} 3 楼 12 号窗口（民政窗口）`;

export const MARRIAGE_WINDOW = `${HALL_ADDRESS} 3 楼 15 号窗口（婚姻登记处）`;

const CONSULT_PHONE = '0999-6101001';

/** The elements every item of this department shares (法定机关 示范市民政局, 法定本级行使). */
export const COMMON: Pick<
  ItemContent,
  'exerciseLevel' | 'powerSource' | 'subjectNature' | 'entrustedBody' | 'hours' | 'consultMethods' | 'consultPhone' | 'complaintPhone'
> = {
  exerciseLevel: '3',
  powerSource: '1',
  subjectNature: '1',
  entrustedBody: '',
  hours: HOURS,
  consultMethods: CONSULT_METHODS,
  consultPhone: CONSULT_PHONE,
  complaintPhone: COMPLAINT_PHONE,
};

export const MARRIAGE_REGULATION = '《婚姻登记条例》（2025年4月6日国务院令第804号修订，自2025年5月10日起施行）';
