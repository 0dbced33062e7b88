/**
 * National code lists of the service catalogue (GB/T 39046-2020 附录 A and the codes seen in the national
 * exchange, ../shared/reference/cn-standards.md §1.4). These are the *national* codes we store; what a
 * province or another system uses instead lives in the `code_mappings` table (per integration), never here.
 * The migration seeds `code_list_entries` from this module (see seed-code-lists.ts), so the labels shown to
 * people and the codes exported are one source.
 */

export interface CodeEntry {
  code: string;
  label: string;
}

export const CODE_LISTS = {
  /** A.1 事项类型代码 (GB/T 39046). */
  item_type: [
    { code: '01', label: '行政许可' },
    { code: '02', label: '行政处罚' },
    { code: '03', label: '行政强制' },
    { code: '04', label: '行政征收' },
    { code: '05', label: '行政给付' },
    { code: '06', label: '行政检查' },
    { code: '07', label: '行政确认' },
    { code: '08', label: '行政奖励' },
    { code: '09', label: '行政裁决' },
    { code: '10', label: '其他行政权力' },
    { code: '20', label: '公共服务' },
  ],
  /** A.2 行使层级代码. */
  exercise_level: [
    { code: '1', label: '国家级' },
    { code: '2', label: '省级' },
    { code: '3', label: '市级' },
    { code: '4', label: '县级' },
    { code: '5', label: '镇（乡、街道）级' },
    { code: '6', label: '村（社区）级' },
    { code: '7', label: '分级管理' },
  ],
  /** A.3 实施主体性质代码. */
  subject_nature: [
    { code: '1', label: '法定机关' },
    { code: '2', label: '授权组织' },
    { code: '3', label: '受委托组织' },
    { code: '9', label: '其他' },
  ],
  /** A.4 服务对象代码. */
  audience: [
    { code: '1', label: '自然人' },
    { code: '2', label: '企业法人' },
    { code: '3', label: '事业法人' },
    { code: '4', label: '社会组织法人' },
    { code: '5', label: '行政机关' },
    { code: '6', label: '其他组织' },
  ],
  /** A.5 办理形式代码. */
  handling_form: [
    { code: '1', label: '窗口办理' },
    { code: '2', label: '电脑端网上办理' },
    { code: '3', label: '移动端网上申请' },
    { code: '4', label: '快递申请' },
    { code: '9', label: '其他' },
  ],
  /** A.6 办件类型代码. */
  case_type: [
    { code: '1', label: '即办件' },
    { code: '2', label: '承诺件' },
    { code: '9', label: '其他' },
  ],
  /** 权力来源 (national exchange practice). */
  power_source: [
    { code: '1', label: '法定本级行使' },
    { code: '2', label: '上级下放' },
    { code: '3', label: '上级授权' },
    { code: '4', label: '同级授权' },
    { code: '5', label: '上级委托' },
    { code: '6', label: '同级委托' },
  ],
  /** 通办范围 (handle_area). */
  service_scope: [
    { code: '1', label: '全国通办' },
    { code: '2', label: '全省通办' },
    { code: '3', label: '全市通办' },
    { code: '4', label: '全县通办' },
    { code: '5', label: '全镇（乡、街道）通办' },
    { code: '6', label: '跨村（社区）通办' },
  ],
  /** 办理结果类型. */
  result_type: [
    { code: '1', label: '证照' },
    { code: '2', label: '批文' },
    { code: '3', label: '其他' },
    { code: '4', label: '无' },
  ],
  /** 网上办理深度 (multi-value, `^`-joined in the exchange). */
  online_depth: [
    { code: '1', label: '互联网咨询' },
    { code: '2', label: '互联网收件' },
    { code: '3', label: '互联网预审' },
    { code: '4', label: '互联网受理' },
    { code: '5', label: '互联网办理' },
    { code: '6', label: '互联网办理结果信息反馈' },
    { code: '7', label: '互联网电子证照反馈' },
    { code: '8', label: '其他' },
  ],
  /** 网办深度等级 (Zhejiang practice: Ⅳ级 = 全程网办); 0 = 不可网办. */
  online_level: [
    { code: '0', label: '不可网办' },
    { code: '1', label: 'Ⅰ级 网上咨询' },
    { code: '2', label: 'Ⅱ级 网上收件预审' },
    { code: '3', label: 'Ⅲ级 网上受理（现场核验或领取）' },
    { code: '4', label: 'Ⅳ级 全程网办' },
  ],
  /** 咨询方式 / 监督投诉方式. */
  contact_method: [
    { code: '1', label: '窗口' },
    { code: '2', label: '网络' },
    { code: '3', label: '电话' },
    { code: '4', label: '信件' },
    { code: '5', label: '邮件' },
  ],
  /** 材料类型 (no national code table found, §1.4 [U]; codes are ours, labels are the usual values). */
  material_kind: [
    { code: '1', label: '原件' },
    { code: '2', label: '复印件' },
    { code: '3', label: '原件和复印件' },
  ],
  /** 材料形式. */
  material_format: [
    { code: '1', label: '纸质' },
    { code: '2', label: '电子' },
    { code: '3', label: '纸质和电子' },
  ],
  /** 来源渠道. */
  source_channel: [
    { code: '1', label: '申请人自备' },
    { code: '2', label: '政府部门核发' },
    { code: '3', label: '其他' },
  ],
  /** 自然人主题 (national person life-cycle list). */
  person_theme: [
    { code: 'P01', label: '出生' },
    { code: 'P02', label: '教育' },
    { code: 'P03', label: '就业' },
    { code: 'P04', label: '生活' },
    { code: 'P05', label: '置业' },
    { code: 'P06', label: '出行' },
    { code: 'P07', label: '就医' },
    { code: 'P08', label: '救助' },
    { code: 'P09', label: '养老' },
    { code: 'P10', label: '身后' },
  ],
  /** 法人主题 (national enterprise life-cycle list). */
  enterprise_theme: [
    { code: 'E01', label: '准入准营' },
    { code: 'E02', label: '招聘用工' },
    { code: 'E03', label: '纳税缴费' },
    { code: 'E04', label: '经营发展' },
    { code: 'E05', label: '工程建设' },
    { code: 'E06', label: '注销退出' },
  ],
} as const satisfies Record<string, readonly CodeEntry[]>;

export type CodeListKey = keyof typeof CODE_LISTS;
export type CodeOf<K extends CodeListKey> = (typeof CODE_LISTS)[K][number]['code'];

export const CODE_LIST_KEYS = Object.keys(CODE_LISTS) as CodeListKey[];

export function codesOf<K extends CodeListKey>(key: K): string[] {
  return CODE_LISTS[key].map((e) => e.code);
}

export function labelOf(key: CodeListKey, code: string): string | undefined {
  return (CODE_LISTS[key] as readonly CodeEntry[]).find((e) => e.code === code)?.label;
}

/** Audience codes that are legal persons or organisations (everything but 自然人). */
export const LEGAL_PERSON_AUDIENCES = ['2', '3', '4', '5', '6'] as const;
