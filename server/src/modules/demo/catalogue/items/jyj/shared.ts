/**
 * What the demo items of 示范市教育局 (`jyj`) share: `PLACE`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import { place } from '../../demo-builders.js';

/** The 教育 window of the demo hall, its hours and phones. */
export const PLACE = place('3 楼 15 号窗口', '0999-6103001');
