/**
 * Demo items of 示范市住房公积金管理中心 (code block 304), an 授权组织 (实施主体性质 2) under 《住房公积金管理条例》:
 * 住房公积金提取 (第二十四条、第二十五条: decision within 3 日), 住房公积金单位缴存登记 (第十三条、第十四条) and
 * 住房公积金个人住房贷款 (第二十六条: decision within 15 日). The 条例 counts these limits in 日, so they are
 * natural days here.
 */
import { HOUSING_FUND_WITHDRAWAL } from './housing-fund-withdrawal.js';
import { HOUSING_FUND_DEPOSIT_REGISTRATION } from './housing-fund-deposit-registration.js';
import { HOUSING_FUND_LOAN } from './housing-fund-loan.js';
import type { DemoItem } from '../../demo-item.js';

export const GJJ_ITEMS: DemoItem[] = [HOUSING_FUND_WITHDRAWAL, HOUSING_FUND_DEPOSIT_REGISTRATION, HOUSING_FUND_LOAN];
