/**
 * What the demo items of 示范市卫生健康委员会 (`wjw`) share: `PLACE`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import { place } from '../../demo-builders.js';

/** The 卫生健康 window of the demo hall, its hours and phones (咨询 12320 卫生健康热线, 投诉 12345). */
export const PLACE = place('3 楼 12 号窗口', '0999-12320');
