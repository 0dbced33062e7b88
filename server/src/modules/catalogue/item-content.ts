/**
 * The content of one item version (实施清单 of one 政务服务事项): every GB/T 39046 表4 element and the
 * national exchange columns (../shared/reference/cn-standards.md §1.2–1.3), as one JSON document. A version
 * stores it whole (`item_versions.content`), so a published version is one immutable value and two versions
 * diff field by field. Codes are the national codes of `code-lists.ts`; the implementing department
 * (实施主体) is on the item itself, not in the content.
 *
 * Structural validity is this schema (checked on every save); whether the item may be *published* is the
 * quality rules' business (`quality-rules.ts`), which report every problem at once.
 */
import type { FormDefinition } from '@onewindow/common/forms';
import { Type, type Static } from 'typebox';
import { codesOf, type CodeListKey } from './code-lists.js';

const code = (list: CodeListKey, description: string) => Type.String({ enum: codesOf(list), description });
const codes = (list: CodeListKey, description: string) =>
  Type.Array(Type.String({ enum: codesOf(list) }), { uniqueItems: true, maxItems: 20, description });
const text = (max: number, description: string) => Type.String({ maxLength: max, description });
const key = Type.String({ pattern: '^[a-z][a-z0-9_-]{0,39}$', description: 'stable key inside the item (a–z, 0–9, _ -)' });
const fileId = Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'catalogue file id (下载附件)' });

export const MaterialCondition = Type.Object(
  {
    scenario: key,
    options: Type.Array(key, { minItems: 1, maxItems: 20, description: 'the material applies when the answer is one of these' }),
  },
  { additionalProperties: false },
);

export const Material = Type.Object(
  {
    key,
    name: text(200, '材料名称 material_name'),
    kind: code('material_kind', '材料类型 material_type'),
    format: code('material_format', '材料形式 material_format'),
    originalCopies: Type.Integer({ minimum: 0, maximum: 99, description: '原件份数' }),
    photocopyCopies: Type.Integer({ minimum: 0, maximum: 99, description: '复印件份数' }),
    paperSpec: text(50, '纸质材料规格 page_format, e.g. A4'),
    required: Type.Boolean({ description: '是否必备材料 is_need' }),
    sourceChannel: code('source_channel', '来源渠道 source_type'),
    issuedBy: text(100, '出具机构 (when issued by another body)'),
    legalBasis: text(1000, '要求提供材料的依据 by_law'),
    fillingNotes: text(1000, '填报须知 fill_explain'),
    acceptanceStandard: text(500, '受理标准 accept_stand'),
    blankFormFileId: fileId,
    sampleFileId: fileId,
    /** An e-certificate type or registry field that will replace this material (免提交), used by later issues. */
    replacedBy: Type.Union([
      Type.Object(
        {
          kind: Type.Union([Type.Literal('e_certificate'), Type.Literal('registry')]),
          ref: text(100, 'e-certificate type code or registry field'),
          label: text(100, 'what a person sees, e.g. 居民身份证电子证照'),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    appliesWhen: Type.Array(MaterialCondition, { maxItems: 10, description: 'empty = always; all conditions must hold' }),
  },
  { additionalProperties: false },
);
export type Material = Static<typeof Material>;

export const ScenarioOption = Type.Object(
  {
    key,
    label: text(100, '选项'),
    promisedLimitDays: Type.Union([Type.Integer({ minimum: 0, maximum: 999 }), Type.Null()], {
      description: 'overrides the promised limit for this answer; null = the item limit',
    }),
    note: text(500, 'shown when chosen'),
  },
  { additionalProperties: false },
);

export const Scenario = Type.Object(
  {
    key,
    question: text(200, '办理情形问题, e.g. 您办理的是哪种情形？'),
    options: Type.Array(ScenarioOption, { minItems: 2, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type Scenario = Static<typeof Scenario>;

export const Fee = Type.Object(
  {
    name: text(200, '收费项目名称 fee_name'),
    standard: text(500, '收费标准 fee_stand'),
    basis: text(1000, '收费依据 by_law'),
    reductions: text(1000, '减免政策 desc_explain; empty = none'),
  },
  { additionalProperties: false },
);
export type Fee = Static<typeof Fee>;

export const ProcessStep = Type.Object(
  {
    name: text(50, '环节名称, e.g. 受理 / 审核 / 审批 / 办结 / 送达'),
    description: text(1000, '办理人与办理内容'),
    timeLimit: text(50, '环节时限, e.g. 1个工作日'),
  },
  { additionalProperties: false },
);

export const Faq = Type.Object({ question: text(500, '问题'), answer: text(2000, '解答') }, { additionalProperties: false });

export const ItemContent = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: '事项名称 task_name' }),
    aliases: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20, description: '俗称 / 别名 (for search)' }),
    basicCode: Type.String({ pattern: '^[0-9A-Za-z-]{1,20}$', description: '基本编码 catalog_code' }),
    itemType: code('item_type', '事项类型代码 task_type (A.1)'),
    legalBasis: text(4000, '设定依据 by_law'),
    exerciseLevel: code('exercise_level', '行使层级代码 use_level (A.2)'),
    powerSource: code('power_source', '权力来源 power_source'),
    subjectNature: code('subject_nature', '实施主体性质代码 dept_type (A.3)'),
    entrustedBody: text(100, '委托部门 entrust_name'),
    audiences: codes('audience', '服务对象代码 server_type (A.4)'),
    handlingForms: codes('handling_form', '办理形式代码 handle_type (A.5)'),
    caseType: code('case_type', '办件类型代码 project_type (A.6)'),
    limitUnit: Type.Union([Type.Literal('working_day'), Type.Literal('natural_day')], { description: '时限单位 (工作日 / 自然日)' }),
    legalLimitDays: Type.Union([Type.Integer({ minimum: 0, maximum: 999 }), Type.Null()], {
      description: '法定办结时限 anticipate_day; null = 无法定时限',
    }),
    legalLimitExplanation: text(1000, '法定办结时限说明'),
    promisedLimitDays: Type.Integer({ minimum: 0, maximum: 999, description: '承诺办结时限 promise_day; 0 = 即办' }),
    promisedLimitExplanation: text(1000, '承诺办结时限说明'),
    acceptanceConditions: text(4000, '受理条件 accept_condition'),
    processSteps: Type.Array(ProcessStep, { maxItems: 30, description: '办理流程 handle_flow' }),
    specialProcedure: text(1000, '特别程序 special_procedure; empty = 无'),
    quantityLimit: text(500, '数量限制 limit_explain; empty = 无'),
    intermediaryServices: text(2000, '中介服务 service_type; empty = 无'),
    resultName: text(100, '结果名称 result_name'),
    resultType: code('result_type', '审批结果类型 result_type'),
    resultSampleFileId: fileId,
    hallId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: '办理大厅 (windows shown from organisations)' }),
    address: text(500, '办理地点 transact_addr'),
    hours: text(500, '办理时间 transact_time'),
    consultMethods: codes('contact_method', '咨询方式 link_way'),
    consultPhone: text(30, '咨询电话, with area code'),
    complaintPhone: text(30, '监督投诉电话, with area code'),
    visits: Type.Integer({ minimum: 0, maximum: 9, description: '到办事现场次数 limit_scene_num' }),
    visitsReason: text(500, '到现场办理原因说明 limit_scene_explain'),
    onlineLevel: Type.Integer({ minimum: 0, maximum: 4, description: '网办深度等级 0–4 (4 = 全程网办)' }),
    onlineDepth: codes('online_depth', '网上办理深度 online_handle_depth'),
    isOnline: Type.Boolean({ description: '是否网办 is_online' }),
    onlineUrl: text(500, '网办地址 online_handle_url'),
    supportsAppointment: Type.Boolean({ description: '是否支持预约办理 is_schedule' }),
    supportsExpress: Type.Boolean({ description: '是否支持物流快递 is_express' }),
    supportsOnlinePayment: Type.Boolean({ description: '是否支持网上支付 is_pay_online' }),
    serviceScope: Type.Union([Type.String({ enum: codesOf('service_scope') }), Type.Null()], { description: '通办范围 handle_area' }),
    jointDepartments: text(500, '共同实施部门 other_dept; empty = 无'),
    personThemes: codes('person_theme', '面向自然人主题分类 user_topic_type'),
    enterpriseThemes: codes('enterprise_theme', '面向法人主题分类 corp_topic_type'),
    charged: Type.Boolean({ description: '是否收费 is_fee' }),
    fees: Type.Array(Fee, { maxItems: 20 }),
    materials: Type.Array(Material, { maxItems: 60 }),
    scenarios: Type.Array(Scenario, { maxItems: 10 }),
    faqs: Type.Array(Faq, { maxItems: 50, description: '常见问题' }),
    applicationForm: Type.Optional(
      Type.Union(
        [
          Type.Unsafe<FormDefinition>(
            Type.Object(
              { schema: Type.Record(Type.String(), Type.Unknown()), ui: Type.Record(Type.String(), Type.Unknown()) },
              { additionalProperties: false },
            ),
          ),
          Type.Null(),
        ],
        { description: '申请表: JSON Schema 2020-12 with UI hints (common/src/forms); null = no form beyond the applicant' },
      ),
    ),
    toleranceAllowed: Type.Optional(
      Type.Boolean({ description: '容缺受理: secondary materials may follow after acceptance under a signed commitment' }),
    ),
    commitmentAllowed: Type.Optional(
      Type.Boolean({ description: '证明事项告知承诺制 (国办发〔2020〕42号): materials replaceable by a written commitment' }),
    ),
  },
  { additionalProperties: false },
);
export type ItemContent = Static<typeof ItemContent>;
export type ProcessStep = Static<typeof ProcessStep>;
export type Faq = Static<typeof Faq>;

/** The materials a person must provide for the given scenario answers (一次告知 filtered by 办理情形). */
export function materialsFor(content: Pick<ItemContent, 'materials'>, answers: Record<string, string>): Material[] {
  return content.materials.filter((m) =>
    m.appliesWhen.every((c) => answers[c.scenario] === undefined || c.options.includes(answers[c.scenario]!)),
  );
}
