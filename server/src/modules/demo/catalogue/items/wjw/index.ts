/**
 * Demo catalogue items of 示范市卫生健康委员会 (block 201): 出生医学证明、医师和护士执业注册、医疗机构执业登记、生育登记.
 * Legal bases, time limits and materials follow the national laws and regulations cited in each item; the
 * window, hours and phones are those of the demo 政务服务中心 (demo-data.ts).
 */
import { BIRTH_MEDICAL_CERTIFICATE } from './birth-medical-certificate.js';
import { PHYSICIAN_REGISTRATION } from './physician-registration.js';
import { NURSE_REGISTRATION } from './nurse-registration.js';
import { MEDICAL_INSTITUTION_LICENCE } from './medical-institution-licence.js';
import { BIRTH_SERVICE_REGISTRATION } from './birth-service-registration.js';
import type { DemoItem } from '../../demo-item.js';

export const WJW_ITEMS: DemoItem[] = [
  BIRTH_MEDICAL_CERTIFICATE,
  PHYSICIAN_REGISTRATION,
  NURSE_REGISTRATION,
  MEDICAL_INSTITUTION_LICENCE,
  BIRTH_SERVICE_REGISTRATION,
];
