/**
 * Demo catalogue items of 示范市市场监督管理局 (department key `scjg`, code block 101): 个体工商户设立与注销登记,
 * 有限责任公司设立登记, 食品经营许可 and 特种设备使用登记, written as the city's 办事指南 would show them. The
 * legal bases and time limits are the national ones (市场主体登记管理条例, 食品安全法, 特种设备安全法 …).
 */
import { INDIVIDUAL_BUSINESS_REGISTRATION } from './individual-business-registration.js';
import { COMPANY_ESTABLISHMENT } from './company-establishment.js';
import { FOOD_BUSINESS_LICENCE } from './food-business-licence.js';
import { INDIVIDUAL_BUSINESS_DEREGISTRATION } from './individual-business-deregistration.js';
import { SPECIAL_EQUIPMENT_REGISTRATION } from './special-equipment-registration.js';
import type { DemoItem } from '../../demo-item.js';

export const SCJG_ITEMS: DemoItem[] = [
  INDIVIDUAL_BUSINESS_REGISTRATION,
  COMPANY_ESTABLISHMENT,
  FOOD_BUSINESS_LICENCE,
  INDIVIDUAL_BUSINESS_DEREGISTRATION,
  SPECIAL_EQUIPMENT_REGISTRATION,
];
