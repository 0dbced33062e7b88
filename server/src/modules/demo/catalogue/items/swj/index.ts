/**
 * Demo items of 国家税务总局示范市税务局 (code block 302): 新办纳税人涉税事项（信息确认）, 发票领用, 增值税专用发票
 * 最高开票限额审批 and 清税申报 — the tax steps of opening and closing a business, as the 办事指南 show them,
 * with the basis in 《中华人民共和国税收征收管理法》 and its 实施细则, 《中华人民共和国发票管理办法》 and the
 * State Taxation Administration notices on 多证合一 and 税务注销.
 */
import { TAX_REGISTRATION } from './tax-registration.js';
import { INVOICE_ISSUANCE } from './invoice-issuance.js';
import { VAT_INVOICE_LIMIT } from './vat-invoice-limit.js';
import { TAX_DEREGISTRATION } from './tax-deregistration.js';
import type { DemoItem } from '../../demo-item.js';

export const SWJ_ITEMS: DemoItem[] = [TAX_REGISTRATION, INVOICE_ISSUANCE, VAT_INVOICE_LIMIT, TAX_DEREGISTRATION];
