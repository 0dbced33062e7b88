/** The whole demo catalogue: every department's items and the 一件事 bundles. */
import { DEMO_BUNDLES } from './bundles.js';
import type { DemoItem } from './demo-item.js';
import { GAJ_ITEMS } from './items-gaj.js';
import { GJJ_ITEMS } from './items-gjj.js';
import { JTJ_ITEMS } from './items-jtj.js';
import { JYJ_ITEMS } from './items-jyj.js';
import { MZJ_ITEMS } from './items-mzj.js';
import { RSJ_ITEMS } from './items-rsj.js';
import { SCJG_ITEMS } from './items-scjg.js';
import { SWJ_ITEMS } from './items-swj.js';
import { WJW_ITEMS } from './items-wjw.js';
import { ZJJ_ITEMS } from './items-zjj.js';

export const DEMO_ITEMS: DemoItem[] = [
  ...SCJG_ITEMS,
  ...GAJ_ITEMS,
  ...MZJ_ITEMS,
  ...RSJ_ITEMS,
  ...WJW_ITEMS,
  ...ZJJ_ITEMS,
  ...JYJ_ITEMS,
  ...SWJ_ITEMS,
  ...JTJ_ITEMS,
  ...GJJ_ITEMS,
];

export { DEMO_BUNDLES };
