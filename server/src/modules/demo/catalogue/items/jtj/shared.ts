/**
 * What the demo items of 示范市交通运输局 (`jtj`) share: `SERVICE`, `material`.
 * Each item lives in its own file next to this one; `index.ts` lists them in catalogue order.
 */
import type { Material } from '../../../../catalogue/item-content.js';
import { place, material as sharedMaterial, type MaterialInput } from '../../demo-builders.js';

export const SERVICE = place('3 楼 38 号窗口', '0999-12328');

/** This department's materials are paper-and-electronic originals (材料形式 3) unless the input says otherwise. */
export const material = (m: MaterialInput): Material => sharedMaterial({ format: '3', ...m });
