/**
 * The shape of a demo catalogue item. The seed turns each into a catalogue item of its department with one
 * published version: the 实施编码 is the department's 统一社会信用代码 + `codeSuffix`, blank forms and
 * filled samples are generated as printable HTML from `forms`, the result sample from `resultName`, and
 * the hall is the demo 政务服务中心. Every demo item must pass the publishing quality rules.
 */
import type { ItemContent } from '../../catalogue/item-content.js';
import type { DemoDepartmentKey } from '../demo-data.js';

export interface DemoBlankForm {
  /** Title printed on the form, e.g. 个体工商户登记（备案）申请书. */
  title: string;
  /** The blanks of the form, in order, e.g. ['经营者姓名', '身份证件号码', '经营场所', …]. */
  fields: string[];
  /** The same blanks filled in for the 示例样表 (keys from `fields`); omitted = no filled sample. */
  sample?: Record<string, string>;
  /** 填写说明 printed under the form. */
  notes?: string;
}

export interface DemoItem {
  /** Stable English slug, unique across the demo catalogue, e.g. 'food-business-licence'. */
  slug: string;
  department: DemoDepartmentKey;
  /** 13 digits appended to the department's USCC to make the 31-character 实施编码. */
  codeSuffix: string;
  /** Guide views, for 热门事项 on the catalogue home. */
  popularity: number;
  /** Everything but the ids the seed fills in (hall, files). */
  content: Omit<ItemContent, 'hallId' | 'resultSampleFileId'>;
  /** Blank forms (and filled samples) keyed by material key. */
  forms: Record<string, DemoBlankForm>;
}

export interface DemoBundle {
  code: string;
  name: string;
  audience: 'person' | 'enterprise';
  /** person_theme (P01…) or enterprise_theme (E01…) code. */
  theme: string;
  description: string;
  /** Slugs of the demo items, in the order shown. */
  items: string[];
}
