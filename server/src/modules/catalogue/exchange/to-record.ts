/**
 * Export of one item as an exchange record. National columns carry what the national schema has a column
 * for: booleans as 1/0 (GB/T 39046 表4 "1-是, 0-否"), multi-valued codes `^`-joined, time-limit units as
 * 工作日 / 自然日, codes through the integration's `CodeMapper`. Everything else travels in `ow_` fields, so
 * export → import gives back exactly the same item (lossless).
 */
import type { CodeListKey } from '../code-lists.js';
import type { Material, ProcessStep } from '../item-content.js';
import { CONDITION_TREE, SCENARIO_TREE, STEP_TREE, toRecordShape } from './field-names.js';
import type {
  Binary,
  CodeMapper,
  ExchangeItem,
  ExchangeMaterial,
  ExchangeProcessStep,
  ExchangeRecord,
  ExchangeScenario,
} from './record-types.js';

const UNIT_LABELS = { working_day: '工作日', natural_day: '自然日' } as const;
const bit = (b: boolean): Binary => (b ? 1 : 0);

/** 办理流程 as text: one line per step, `1. 受理（1个工作日）：…`. */
export function renderHandleFlow(steps: readonly ProcessStep[]): string {
  return steps.map((s, i) => `${i + 1}. ${s.name}${s.timeLimit ? `（${s.timeLimit}）` : ''}：${s.description}`).join('\n');
}

export function toExchangeRecord(item: ExchangeItem, map: CodeMapper): ExchangeRecord {
  const c = item.content;
  const out = (list: CodeListKey, code: string) => map(list, code, 'out');
  const join = (list: CodeListKey, codes: readonly string[]) => codes.map((x) => out(list, x)).join('^');
  const unit = UNIT_LABELS[c.limitUnit];
  return {
    task_name: c.name,
    catalog_code: c.basicCode,
    task_code: item.implementationCode,
    task_type: out('item_type', c.itemType),
    by_law: c.legalBasis,
    power_source: out('power_source', c.powerSource),
    use_level: out('exercise_level', c.exerciseLevel),
    dept_name: item.departmentName,
    dept_code: item.departmentUscc,
    dept_type: out('subject_nature', c.subjectNature),
    entrust_name: c.entrustedBody,
    anticipate_day: c.legalLimitDays,
    anticipate_type: c.legalLimitDays === null ? '' : unit,
    anticipate_explain: c.legalLimitExplanation,
    promise_day: c.promisedLimitDays,
    promise_type: unit,
    promise_explain: c.promisedLimitExplanation,
    accept_condition: c.acceptanceConditions,
    handle_flow: renderHandleFlow(c.processSteps),
    project_type: out('case_type', c.caseType),
    server_type: join('audience', c.audiences),
    handle_type: join('handling_form', c.handlingForms),
    special_procedure: c.specialProcedure,
    is_fee: bit(c.charged),
    fee_basis: [...new Set(c.fees.map((f) => f.basis).filter((b) => b !== ''))].join('\n'),
    limit_scene_num: c.visits,
    limit_scene_explain: c.visitsReason,
    link_way: join('contact_method', c.consultMethods),
    supervise_way: c.complaintPhone === '' ? '' : out('contact_method', '3'),
    transact_addr: c.address,
    transact_time: c.hours,
    handle_area: c.serviceScope === null ? '' : out('service_scope', c.serviceScope),
    is_express: bit(c.supportsExpress),
    is_online: bit(c.isOnline),
    online_handle_depth: join('online_depth', c.onlineDepth),
    online_handle_url: c.onlineUrl,
    is_pay_online: bit(c.supportsOnlinePayment),
    is_schedule: bit(c.supportsAppointment),
    limit_explain: c.quantityLimit,
    other_dept: c.jointDepartments,
    result_type: out('result_type', c.resultType),
    result_name: c.resultName,
    result_guid: c.resultSampleFileId ?? '',
    service_type: c.intermediaryServices,
    user_topic_type: join('person_theme', c.personThemes),
    corp_topic_type: join('enterprise_theme', c.enterpriseThemes),
    materials: c.materials.map((m, i) => materialRecord(m, i, out)),
    fee_projects: c.fees.map((f) => ({
      fee_name: f.name,
      fee_stand: f.standard,
      by_law: f.basis,
      is_desc: bit(f.reductions !== ''),
      desc_explain: f.reductions,
    })),
    questions: c.faqs.map((q, i) => ({ question: q.question, answer: q.answer, order_num: i + 1 })),
    ow_aliases: [...c.aliases],
    ow_process_steps: toRecordShape(c.processSteps, STEP_TREE) as ExchangeProcessStep[],
    ow_scenarios: toRecordShape(c.scenarios, SCENARIO_TREE) as ExchangeScenario[],
    ow_online_level: c.onlineLevel,
    ow_consult_phone: c.consultPhone,
    ow_complaint_phone: c.complaintPhone,
    ow_hall_id: c.hallId ?? '',
    ow_version_no: item.versionNo,
    ow_status: item.status,
  };
}

function materialRecord(m: Material, index: number, out: (list: CodeListKey, code: string) => string): ExchangeMaterial {
  return {
    material_name: m.name,
    material_type: out('material_kind', m.kind),
    material_format: out('material_format', m.format),
    is_need: bit(m.required),
    page_num: m.originalCopies + m.photocopyCopies,
    page_format: m.paperSpec,
    source_type: out('source_channel', m.sourceChannel),
    source_explain: m.issuedBy,
    form_guid: m.blankFormFileId ?? '',
    example_guid: m.sampleFileId ?? '',
    fill_explain: m.fillingNotes,
    accept_stand: m.acceptanceStandard,
    by_law: m.legalBasis,
    order_num: index + 1,
    ow_material_key: m.key,
    ow_original_copies: m.originalCopies,
    ow_photocopy_copies: m.photocopyCopies,
    ow_replaced_by: m.replacedBy === null ? null : { ...m.replacedBy },
    ow_material_applies_when: toRecordShape(m.appliesWhen, CONDITION_TREE) as ExchangeMaterial['ow_material_applies_when'],
  };
}
