/**
 * Blocks most demo forms share: the applicant (a person, prefilled from 实名认证, or a unit, prefilled from
 * its registration), an agent (委托代理人), how the result is delivered, and the truthfulness commitment
 * every 申请表 ends with (《中华人民共和国行政许可法》第三十一条: 申请人应当如实提交有关材料和反映真实情况).
 */
import type { FormDefinition } from '@onewindow/common/forms';
import {
  agree,
  choice,
  defineForm,
  group,
  idNumber,
  mobile,
  requireWhen,
  text,
  uscc,
  yesNo,
  type FieldSpec,
  type Section,
} from './form-builder.js';

export const ID_TYPES = ['居民身份证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证'] as const;

/** 申请人 (a natural person): name, ID number and mobile come from 实名认证. */
export function personApplicant(title = '申请人信息', extra: Record<string, FieldSpec> = {}): Section {
  return {
    title,
    fields: {
      applicantName: text('姓名', { prefill: 'applicant.name', max: 50 }),
      applicantIdNumber: idNumber('公民身份号码', { prefill: 'applicant.idNumber' }),
      applicantMobile: mobile('联系电话', { prefill: 'applicant.mobile' }),
      ...extra,
    },
  };
}

/** 申请单位: name, USCC and legal representative from the enterprise's registration; a 经办人 to contact. */
export function unitApplicant(
  title = '申请单位信息',
  extra: Record<string, FieldSpec> = {},
  legalRepLabel = '法定代表人（负责人）',
): Section {
  return {
    title,
    fields: {
      unitName: text('单位名称', { prefill: 'enterprise.name', max: 100 }),
      unitUscc: uscc('统一社会信用代码', { prefill: 'enterprise.uscc' }),
      legalRepresentative: text(legalRepLabel, { prefill: 'enterprise.legalRepresentative', max: 50 }),
      ...extra,
      handlerName: text('经办人姓名', { prefill: 'applicant.name', max: 50 }),
      handlerMobile: mobile('经办人联系电话', { prefill: 'applicant.mobile' }),
    },
  };
}

/** 委托代理: a switch and the agent's details, required when the switch is on. */
export function agentSection(): { section: Section; rule: Record<string, unknown> } {
  return {
    section: {
      title: '委托代理',
      fields: {
        byAgent: yesNo('委托他人代为办理', { optional: true }),
        agent: group(
          '受托人',
          { name: text('受托人姓名', { max: 50 }), idNumber: idNumber('受托人公民身份号码'), mobile: mobile('受托人联系电话') },
          { optional: true, help: '委托他人办理的，另须上传授权委托书。' },
        ),
      },
    },
    rule: requireWhen('byAgent', [true], ['agent']),
  };
}

export const DELIVERY_METHODS = ['窗口领取', '免费邮寄', '电子证照（网上下载）'] as const;

/** 结果送达: how the applicant receives the result; a mailing address when it is posted. */
export function deliverySection(methods: readonly string[] = DELIVERY_METHODS): { section: Section; rules: Record<string, unknown>[] } {
  const posted = methods.filter((m) => m.includes('邮寄'));
  return {
    section: {
      title: '结果送达',
      fields: {
        deliveryMethod: choice('领取方式', methods),
        mailingAddress: text('邮寄地址', { optional: true, max: 200, span: 2, help: '选择邮寄的请填写，含省市区、街道门牌号和收件人。' }),
      },
    },
    rules: posted.length > 0 ? [requireWhen('deliveryMethod', posted, ['mailingAddress'])] : [],
  };
}

/** 承诺: ticked by the applicant before submitting. */
export function commitmentSection(extra?: string): Section {
  return {
    title: '申请人承诺',
    fields: {
      commitment: agree(extra ?? '本人（单位）承诺所填信息及所提交材料真实、合法、有效，如有虚假，愿承担相应的法律责任。'),
    },
  };
}

type Rule = Record<string, unknown>;
interface FormOpts {
  /** Extra fields in the applicant section (性别, 出生日期 …). */
  applicant?: Record<string, FieldSpec>;
  applicantTitle?: string;
  /** Offer 委托代理 (default: no). */
  agent?: boolean;
  /** Offer a 结果送达 section with these methods (default: none). */
  delivery?: readonly string[];
  rules?: Rule[];
  commitment?: string;
}

function assemble(applicant: Section, sections: Section[], opts: FormOpts): FormDefinition {
  const all = [applicant, ...sections];
  const rules = [...(opts.rules ?? [])];
  if (opts.agent) {
    const { section, rule } = agentSection();
    all.push(section);
    rules.push(rule);
  }
  if (opts.delivery) {
    const { section, rules: deliveryRules } = deliverySection(opts.delivery);
    all.push(section);
    rules.push(...deliveryRules);
  }
  all.push(commitmentSection(opts.commitment));
  return defineForm(all, rules);
}

/** A form a natural person submits: 申请人 (prefilled), the item's sections, optional agent and delivery, the commitment. */
export const personForm = (sections: Section[], opts: FormOpts = {}): FormDefinition =>
  assemble(personApplicant(opts.applicantTitle, opts.applicant), sections, opts);

/** A form a unit submits: 申请单位 (prefilled), the item's sections, optional agent and delivery, the commitment. */
export const unitForm = (sections: Section[], opts: FormOpts & { legalRepLabel?: string } = {}): FormDefinition =>
  assemble(unitApplicant(opts.applicantTitle, opts.applicant, opts.legalRepLabel), sections, opts);

export const GENDERS = ['男', '女'] as const;
export const BANKS = [
  '中国工商银行',
  '中国农业银行',
  '中国银行',
  '中国建设银行',
  '交通银行',
  '中国邮政储蓄银行',
  '示范市农村商业银行',
] as const;
/** A bank account number: 12–30 digits. */
export const BANK_ACCOUNT = '^\\d{12,30}$';
/** A year and month, e.g. 2026-01. */
export const YEAR_MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';
