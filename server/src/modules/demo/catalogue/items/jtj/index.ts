/**
 * Demo items of 示范市交通运输局 (code block 303): 道路货物运输经营许可 and 出租汽车驾驶员从业资格证核发 — as the
 * 办事指南 show them, with the basis in 《中华人民共和国道路运输条例》 (第二十一条 conditions, 第二十二条 drivers,
 * 第二十四条 application and the 20-day limit) and 《出租汽车驾驶员从业资格管理规定》.
 */
import { ROAD_FREIGHT_LICENCE } from './road-freight-licence.js';
import { TAXI_DRIVER_QUALIFICATION } from './taxi-driver-qualification.js';
import type { DemoItem } from '../../demo-item.js';

export const JTJ_ITEMS: DemoItem[] = [ROAD_FREIGHT_LICENCE, TAXI_DRIVER_QUALIFICATION];
