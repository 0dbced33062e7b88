/**
 * Demo catalogue items of 示范市人力资源和社会保障局 (block 203): 社会保障卡、退休核准、城乡居民养老保险待遇、
 * 失业保险金、单位参保登记、就业创业证、城乡居民医疗保险参保登记. Legal bases and time limits follow the
 * national laws and regulations cited in each item; the window, hours and phones are those of the demo
 * 政务服务中心 (demo-data.ts).
 */
import { SOCIAL_SECURITY_CARD } from './social-security-card.js';
import { RETIREMENT_APPROVAL } from './retirement-approval.js';
import { URBAN_RURAL_PENSION } from './urban-rural-pension.js';
import { UNEMPLOYMENT_BENEFIT } from './unemployment-benefit.js';
import { EMPLOYEE_INSURANCE_REGISTRATION } from './employee-insurance-registration.js';
import { EMPLOYMENT_CARD } from './employment-card.js';
import { RESIDENT_MEDICAL_INSURANCE } from './resident-medical-insurance.js';
import type { DemoItem } from '../../demo-item.js';

export const RSJ_ITEMS: DemoItem[] = [
  SOCIAL_SECURITY_CARD,
  RETIREMENT_APPROVAL,
  URBAN_RURAL_PENSION,
  UNEMPLOYMENT_BENEFIT,
  EMPLOYEE_INSURANCE_REGISTRATION,
  EMPLOYMENT_CARD,
  RESIDENT_MEDICAL_INSURANCE,
];
