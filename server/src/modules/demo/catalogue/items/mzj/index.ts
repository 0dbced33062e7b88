/**
 * Demo catalogue items of 示范市民政局 (department key `mzj`, code block 103): 结婚登记, 离婚登记, 最低生活保障,
 * 养老机构备案 and 社会团体成立登记, written as the city's 办事指南 would show them. Marriage and divorce follow
 * 《民法典》 and the 《婚姻登记条例》 as revised in 2025 (国务院令第804号: 凭居民身份证办理、不再交验户口簿、全国通办、
 * 不收费).
 */
import { MARRIAGE_REGISTRATION } from './marriage-registration.js';
import { DIVORCE_REGISTRATION } from './divorce-registration.js';
import { MINIMUM_LIVING_ALLOWANCE } from './minimum-living-allowance.js';
import { ELDERLY_CARE_FILING } from './elderly-care-filing.js';
import { SOCIAL_ORGANISATION_REGISTRATION } from './social-organisation-registration.js';
import type { DemoItem } from '../../demo-item.js';

export const MZJ_ITEMS: DemoItem[] = [
  MARRIAGE_REGISTRATION,
  DIVORCE_REGISTRATION,
  MINIMUM_LIVING_ALLOWANCE,
  ELDERLY_CARE_FILING,
  SOCIAL_ORGANISATION_REGISTRATION,
];
