/**
 * Demo items of 示范市住房和城乡建设局 (code block 301): 建筑工程施工许可证核发, 商品房预售许可, 建筑业企业资质核准
 * and 特殊建设工程消防设计审查 — the 办事指南 a city 政务服务网 publishes for them, with the statutory basis and
 * limits of 《中华人民共和国建筑法》, 《中华人民共和国城市房地产管理法》, 《中华人民共和国消防法》 and the
 * Ministry rules that implement them.
 */
import { CONSTRUCTION_PERMIT } from './construction-permit.js';
import { PRESALE_PERMIT } from './presale-permit.js';
import { CONSTRUCTION_ENTERPRISE_QUALIFICATION } from './construction-enterprise-qualification.js';
import { FIRE_DESIGN_REVIEW } from './fire-design-review.js';
import type { DemoItem } from '../../demo-item.js';

export const ZJJ_ITEMS: DemoItem[] = [CONSTRUCTION_PERMIT, PRESALE_PERMIT, CONSTRUCTION_ENTERPRISE_QUALIFICATION, FIRE_DESIGN_REVIEW];
