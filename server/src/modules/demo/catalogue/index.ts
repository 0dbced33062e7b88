/** The whole demo catalogue: every department's items and the 一件事 bundles. */
import { DEMO_BUNDLES } from './bundles.js';
import type { DemoItem } from './demo-item.js';
import { GAJ_ITEMS } from './items/gaj/index.js';
import { GJJ_ITEMS } from './items/gjj/index.js';
import { JTJ_ITEMS } from './items/jtj/index.js';
import { JYJ_ITEMS } from './items/jyj/index.js';
import { MZJ_ITEMS } from './items/mzj/index.js';
import { RSJ_ITEMS } from './items/rsj/index.js';
import { SCJG_ITEMS } from './items/scjg/index.js';
import { SWJ_ITEMS } from './items/swj/index.js';
import { WJW_ITEMS } from './items/wjw/index.js';
import { ZJJ_ITEMS } from './items/zjj/index.js';

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
