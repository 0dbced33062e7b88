/**
 * The demo catalogue's online application forms (申请表), one per demo item, keyed by the item's slug like
 * DEMO_ITEMS. Each asks for the applicant (prefilled from 实名认证 or the unit's registration), the item's
 * own fields taken from its paper 申请表, and the truthfulness commitment.
 */
import type { FormDefinition } from '@onewindow/common/forms';
import { GAJ_FORMS } from './gaj-forms.js';
import { GJJ_FORMS } from './gjj-forms.js';
import { JTJ_FORMS } from './jtj-forms.js';
import { JYJ_FORMS } from './jyj-forms.js';
import { MZJ_FORMS } from './mzj-forms.js';
import { RSJ_FORMS } from './rsj-forms.js';
import { SCJG_FORMS } from './scjg-forms.js';
import { SWJ_FORMS } from './swj-forms.js';
import { WJW_FORMS } from './wjw-forms.js';
import { ZJJ_FORMS } from './zjj-forms.js';

export const DEMO_FORMS: Record<string, FormDefinition> = {
  ...SCJG_FORMS,
  ...GAJ_FORMS,
  ...MZJ_FORMS,
  ...RSJ_FORMS,
  ...WJW_FORMS,
  ...ZJJ_FORMS,
  ...JYJ_FORMS,
  ...SWJ_FORMS,
  ...JTJ_FORMS,
  ...GJJ_FORMS,
};
