/**
 * What the demo items of 示范市公安局 (`gaj`) share: `HOUSEHOLD_WINDOW`, `COMMON`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { ItemContent } from '../../../../catalogue/item-content.js';
import { HALL_ADDRESS, HOURS, CONSULT_METHODS, COMPLAINT_PHONE } from '../../demo-builders.js';

export const HOUSEHOLD_WINDOW = `${HALL_ADDRESS} 1 楼 8 号窗口（户政窗口）`;

const CONSULT_PHONE = '0999-110';

/** The elements every item of this department shares (法定机关 示范市公安局, 法定本级行使). */
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
