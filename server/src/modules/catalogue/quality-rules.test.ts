/**
 * The publishing quality rules Q01–Q17: each rule fails on the content it exists to stop (with that rule id
 * and the field path an editor must fix) and stays quiet on a correct variant; the two fixtures pass.
 */
import { describe, expect, it } from 'vitest';
import { validatorCompiler } from '../../http/validation.js';
import { ItemContent } from './item-content.js';
import { checkQuality, QUALITY_RULES, type QualityRuleId } from './quality-rules.js';
import { immediateItemContent, validItemContent } from './test-fixtures.js';

const pathsOf = (c: ItemContent, rule: QualityRuleId) =>
  checkQuality(c)
    .filter((p) => p.rule === rule)
    .map((p) => p.path);
const rulesOf = (c: ItemContent) => [...new Set(checkQuality(c).map((p) => p.rule))];

/** Fixture content with one material changed. */
function withMaterial(index: number, patch: Partial<ItemContent['materials'][number]>): ItemContent {
  const c = validItemContent();
  c.materials[index] = { ...c.materials[index]!, ...patch };
  return c;
}

describe('fixtures', () => {
  const validate = validatorCompiler({ schema: ItemContent, method: 'POST', url: '/', httpPart: 'body' });
  it('are structurally valid item contents', () => {
    expect(validate(validItemContent())).toBe(true);
    expect(validate(immediateItemContent())).toBe(true);
  });
  it('pass every rule with zero problems', () => {
    expect(checkQuality(validItemContent())).toEqual([]);
    expect(checkQuality(immediateItemContent())).toEqual([]);
  });
  it('return a fresh object on every call', () => {
    const a = validItemContent();
    a.materials[0]!.name = 'changed';
    expect(validItemContent().materials[0]!.name).toBe('食品经营许可申请书');
  });
});

describe('rule table', () => {
  it('has Q01–Q17 in order, each with a Chinese title', () => {
    expect(QUALITY_RULES.map((r) => r.id)).toEqual(Array.from({ length: 17 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`));
    for (const r of QUALITY_RULES) expect(r.title).toMatch(/[\u4e00-\u9fff]/);
  });
  it('writes every message as a Chinese sentence', () => {
    const broken = validItemContent({
      caseType: '1',
      visitsReason: '',
      consultPhone: '12345',
      fees: [{ name: '', standard: '', basis: '', reductions: '' }],
    });
    const problems = checkQuality(broken);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).toMatch(/^[^a-zA-Z].*[\u4e00-\u9fff].*。$/);
  });
});

describe('Q01 即办件与承诺时限一致', () => {
  it('fails a 0-day promise that is not 即办件', () => {
    expect(pathsOf(immediateItemContent({ caseType: '2' }), 'Q01')).toEqual(['caseType']);
  });
  it('fails a 即办件 with a promise of days', () => {
    expect(pathsOf(validItemContent({ caseType: '1' }), 'Q01')).toEqual(['caseType']);
  });
  it('fails 其他 with a promise of days', () => {
    expect(pathsOf(validItemContent({ caseType: '9' }), 'Q01')).toEqual(['caseType']);
  });
  it('passes 承诺件 with days and 即办件 with 0', () => {
    expect(pathsOf(validItemContent({ promisedLimitDays: 1 }), 'Q01')).toEqual([]);
    expect(pathsOf(immediateItemContent(), 'Q01')).toEqual([]);
  });
});

describe('Q02 结果类型与结果名称一致', () => {
  it('fails a certificate that is not typed 证照', () => {
    expect(pathsOf(validItemContent({ resultName: '食品经营许可证', resultType: '3' }), 'Q02')).toEqual(['resultType']);
    expect(pathsOf(validItemContent({ resultName: '营业执照', resultType: '2' }), 'Q02')).toEqual(['resultType']);
    expect(pathsOf(validItemContent({ resultName: '资格证书', resultType: '3' }), 'Q02')).toEqual(['resultType']);
  });
  it('fails an approval document that is not typed 批文', () => {
    expect(pathsOf(validItemContent({ resultName: '准予行政许可决定书', resultType: '1' }), 'Q02')).toEqual(['resultType']);
    expect(pathsOf(validItemContent({ resultName: '关于某项目的批复', resultType: '3' }), 'Q02')).toEqual(['resultType']);
  });
  it('passes matching types and names that say nothing about the type', () => {
    expect(pathsOf(validItemContent({ resultName: '关于某项目的批复', resultType: '2' }), 'Q02')).toEqual([]);
    expect(pathsOf(validItemContent({ resultName: '档案材料复印件', resultType: '3' }), 'Q02')).toEqual([]);
  });
});

describe('Q03 到现场办理原因说明', () => {
  it('fails visits without a reason', () => {
    expect(pathsOf(immediateItemContent({ visitsReason: '' }), 'Q03')).toEqual(['visitsReason']);
    expect(pathsOf(immediateItemContent({ visitsReason: ' 无 ' }), 'Q03')).toEqual(['visitsReason']);
  });
  it('fails a reason when there are no visits', () => {
    expect(pathsOf(validItemContent({ visitsReason: '需现场核验' }), 'Q03')).toEqual(['visitsReason']);
  });
  it('passes 0 visits with 无 or empty, and visits with a reason', () => {
    expect(pathsOf(validItemContent({ visitsReason: '' }), 'Q03')).toEqual([]);
    expect(pathsOf(validItemContent({ visitsReason: '无' }), 'Q03')).toEqual([]);
    expect(pathsOf(immediateItemContent(), 'Q03')).toEqual([]);
  });
});

describe('Q04 零跑动须有办理渠道', () => {
  const offline = { isOnline: false, onlineLevel: 1, supportsExpress: false } as const;
  it('fails 0 visits, not online, and no 快递申请', () => {
    expect(pathsOf(validItemContent({ ...offline, handlingForms: ['1'] }), 'Q04')).toEqual(['handlingForms']);
  });
  it('passes when 快递申请 is offered, or the item is online', () => {
    expect(pathsOf(validItemContent({ ...offline, handlingForms: ['1', '4'] }), 'Q04')).toEqual([]);
    expect(pathsOf(validItemContent({ handlingForms: ['1', '2'], supportsExpress: false }), 'Q04')).toEqual([]);
  });
});

describe('Q05 全程网办要素一致', () => {
  it('fails Ⅳ级 with visits, not online, and no online channel — all three', () => {
    const c = validItemContent({ visits: 1, visitsReason: '现场核查', isOnline: false, handlingForms: ['1', '4'] });
    expect(pathsOf(c, 'Q05')).toEqual(['visits', 'isOnline', 'handlingForms']);
  });
  it('passes Ⅳ级 with 0 visits online by 移动端 only', () => {
    expect(pathsOf(validItemContent({ handlingForms: ['1', '3', '4'] }), 'Q05')).toEqual([]);
  });
  it('does not apply below Ⅳ级', () => {
    expect(pathsOf(validItemContent({ onlineLevel: 3, visits: 1, visitsReason: '领取证照' }), 'Q05')).toEqual([]);
  });
});

describe('Q06 收费信息完整', () => {
  it('fails a charged item without fees', () => {
    expect(pathsOf(immediateItemContent({ fees: [] }), 'Q06')).toEqual(['fees']);
  });
  it('fails a fee without name, standard or basis, by index', () => {
    const c = immediateItemContent();
    c.fees.push({ name: ' ', standard: '', basis: '', reductions: '' });
    expect(pathsOf(c, 'Q06')).toEqual(['fees/1/name', 'fees/1/standard', 'fees/1/basis']);
  });
  it('fails a free item with fees or online payment', () => {
    const c = validItemContent({ fees: immediateItemContent().fees, supportsOnlinePayment: true });
    expect(pathsOf(c, 'Q06')).toEqual(['fees', 'supportsOnlinePayment']);
  });
  it('passes a complete charged item and a free one', () => {
    expect(pathsOf(immediateItemContent({ supportsOnlinePayment: false }), 'Q06')).toEqual([]);
    expect(pathsOf(validItemContent(), 'Q06')).toEqual([]);
  });
});

describe('Q07 咨询与投诉电话', () => {
  it('fails phones without an area code', () => {
    expect(pathsOf(validItemContent({ consultPhone: '12315', complaintPhone: '' }), 'Q07')).toEqual(['consultPhone', 'complaintPhone']);
    expect(pathsOf(validItemContent({ consultPhone: '0999 12315' }), 'Q07')).toEqual(['consultPhone']);
  });
  it('fails the same number for both', () => {
    expect(pathsOf(validItemContent({ complaintPhone: '0999-12315' }), 'Q07')).toEqual(['complaintPhone']);
  });
  it('passes two different numbers with 3- and 4-digit area codes', () => {
    expect(pathsOf(validItemContent({ consultPhone: '010-12345678', complaintPhone: '0571-12345' }), 'Q07')).toEqual([]);
  });
});

describe('Q08 服务对象与主题分类一致', () => {
  it('fails an enterprise item without 法人主题 or with 自然人主题', () => {
    expect(pathsOf(validItemContent({ enterpriseThemes: [], personThemes: ['P03'] }), 'Q08')).toEqual(['personThemes', 'enterpriseThemes']);
  });
  it('fails a person item without 自然人主题 or with 法人主题', () => {
    expect(pathsOf(immediateItemContent({ personThemes: [], enterpriseThemes: ['E02'] }), 'Q08')).toEqual([
      'personThemes',
      'enterpriseThemes',
    ]);
  });
  it('passes an item for both with both themes', () => {
    expect(pathsOf(validItemContent({ audiences: ['1', '6'], personThemes: ['P04'] }), 'Q08')).toEqual([]);
  });
});

describe('Q09 行政许可常见问题与办理流程', () => {
  it('fails a permit without FAQs', () => {
    expect(pathsOf(validItemContent({ faqs: [] }), 'Q09')).toEqual(['faqs']);
  });
  it('fails a permit with fewer than 5 steps, reporting each missing step', () => {
    const c = validItemContent();
    c.processSteps = c.processSteps.slice(0, 3);
    const problems = checkQuality(c).filter((p) => p.rule === 'Q09');
    expect(problems.map((p) => p.path)).toEqual(['processSteps', 'processSteps', 'processSteps']);
    expect(problems[1]!.message).toContain('办结');
    expect(problems[2]!.message).toContain('送达');
  });
  it('accepts 审核 for 审查 and 审批 for 决定, inside longer step names', () => {
    const c = validItemContent();
    c.processSteps = ['窗口受理', '材料审核', '领导审批', '办结', '证照送达'].map((name) => ({ name, description: '', timeLimit: '' }));
    expect(pathsOf(c, 'Q09')).toEqual([]);
  });
  it('does not apply to 公共服务', () => {
    expect(pathsOf(immediateItemContent(), 'Q09')).toEqual([]);
  });
});

describe('Q10 审批结果与结果样本', () => {
  it('fails a result without name or sample', () => {
    expect(pathsOf(validItemContent({ resultName: ' ', resultSampleFileId: null }), 'Q10')).toEqual(['resultName', 'resultSampleFileId']);
  });
  it('passes an item whose result type is 无', () => {
    expect(pathsOf(validItemContent({ resultType: '4', resultName: '', resultSampleFileId: null }), 'Q10')).toEqual([]);
  });
});

describe('Q11 承诺时限不超过法定时限', () => {
  it('fails a promise beyond the legal limit', () => {
    expect(pathsOf(validItemContent({ promisedLimitDays: 21 }), 'Q11')).toEqual(['promisedLimitDays']);
  });
  it('fails a scenario option promise beyond the legal limit', () => {
    const c = validItemContent();
    c.scenarios[0]!.options[1]!.promisedLimitDays = 25;
    expect(pathsOf(c, 'Q11')).toEqual(['scenarios/0/options/1/promisedLimitDays']);
  });
  it('passes a promise equal to the legal limit, and any promise without one', () => {
    expect(pathsOf(validItemContent({ promisedLimitDays: 20 }), 'Q11')).toEqual([]);
    expect(pathsOf(immediateItemContent({ promisedLimitDays: 30, caseType: '2' }), 'Q11')).toEqual([]);
  });
});

describe('Q12 行政许可须有法定时限 (行政许可法第四十二条)', () => {
  it('fails a permit without a legal limit', () => {
    expect(pathsOf(validItemContent({ legalLimitDays: null }), 'Q12')).toEqual(['legalLimitDays']);
  });
  it('passes a permit with one, and a public service without', () => {
    expect(pathsOf(validItemContent(), 'Q12')).toEqual([]);
    expect(pathsOf(immediateItemContent(), 'Q12')).toEqual([]);
  });
});

describe('Q13 必填要素', () => {
  it('fails every blank required text and empty required list', () => {
    const c = validItemContent({
      name: ' ',
      basicCode: '',
      legalBasis: '',
      acceptanceConditions: '\n',
      address: '',
      hours: '',
      audiences: [],
      handlingForms: [],
      consultMethods: [],
      processSteps: [],
      materials: [],
    });
    expect(pathsOf(c, 'Q13')).toEqual([
      'name',
      'basicCode',
      'legalBasis',
      'acceptanceConditions',
      'address',
      'hours',
      'audiences',
      'handlingForms',
      'consultMethods',
      'processSteps',
      'materials',
    ]);
  });
  it('passes the complete fixture', () => {
    expect(pathsOf(validItemContent(), 'Q13')).toEqual([]);
  });
});

describe('Q14 网上办理要素一致', () => {
  it('fails an online item without URL, level or depth', () => {
    expect(pathsOf(validItemContent({ onlineUrl: '', onlineLevel: 1, onlineDepth: [] }), 'Q14')).toEqual([
      'onlineUrl',
      'onlineLevel',
      'onlineDepth',
    ]);
  });
  it('fails an offline item with an online level above Ⅰ级', () => {
    expect(pathsOf(immediateItemContent({ onlineLevel: 2 }), 'Q14')).toEqual(['onlineLevel']);
  });
  it('passes Ⅱ级 online and Ⅰ级 offline', () => {
    expect(pathsOf(validItemContent({ onlineLevel: 2 }), 'Q14')).toEqual([]);
    expect(pathsOf(immediateItemContent({ onlineLevel: 0 }), 'Q14')).toEqual([]);
  });
});

describe('Q15 申请材料要素', () => {
  it('fails duplicate keys and names at the later material', () => {
    const c = validItemContent();
    c.materials[2] = { ...c.materials[2]!, key: 'application', name: ' 营业执照' };
    expect(pathsOf(c, 'Q15')).toEqual(['materials/2/key', 'materials/2/name']);
  });
  it('fails a government-issued material without 出具机构', () => {
    expect(pathsOf(withMaterial(1, { issuedBy: '' }), 'Q15')).toEqual(['materials/1/issuedBy']);
  });
  it('fails paper originals and copies with 0 copies', () => {
    expect(pathsOf(withMaterial(1, { originalCopies: 0, photocopyCopies: 0 }), 'Q15')).toEqual([
      'materials/1/originalCopies',
      'materials/1/photocopyCopies',
    ]);
    expect(pathsOf(withMaterial(0, { kind: '2', photocopyCopies: 0 }), 'Q15')).toEqual(['materials/0/photocopyCopies']);
  });
  it('does not count copies of electronic-only materials', () => {
    expect(pathsOf(withMaterial(1, { format: '2', originalCopies: 0, photocopyCopies: 0 }), 'Q15')).toEqual([]);
  });
  it('fails appliesWhen naming an unknown scenario or option', () => {
    const c = withMaterial(2, {
      appliesWhen: [
        { scenario: 'situation', options: ['change', 'renew'] },
        { scenario: 'region', options: ['local'] },
      ],
    });
    expect(pathsOf(c, 'Q15')).toEqual(['materials/2/appliesWhen/0/options/1', 'materials/2/appliesWhen/1/scenario']);
  });
  it('passes the fixture materials', () => {
    expect(pathsOf(validItemContent(), 'Q15')).toEqual([]);
  });
});

describe('Q16 办理情形有效', () => {
  const option = (key: string) => ({ key, label: key, promisedLimitDays: null, note: '' });
  it('fails duplicate scenario keys and option keys', () => {
    const c = validItemContent();
    c.scenarios[0]!.options.push({ ...c.scenarios[0]!.options[0]! });
    c.scenarios.push({ ...c.scenarios[0]!, options: c.scenarios[0]!.options.slice(0, 2) });
    expect(pathsOf(c, 'Q16')).toEqual(['scenarios/1/key', 'scenarios/0/options/2/key']);
  });
  it('fails a scenario that changes nothing', () => {
    const c = validItemContent();
    c.scenarios.push({ key: 'size', question: '经营面积是否超过 100 平方米？', options: [option('small'), option('large')] });
    expect(pathsOf(c, 'Q16')).toEqual(['scenarios/1']);
  });
  it('passes a scenario that only changes the time limit or a note', () => {
    const c = validItemContent();
    c.scenarios.push({ key: 'size', question: '经营面积？', options: [option('small'), { ...option('large'), promisedLimitDays: 15 }] });
    c.scenarios.push({ key: 'chain', question: '是否连锁？', options: [option('no'), { ...option('yes'), note: '请携带总部授权书。' }] });
    expect(pathsOf(c, 'Q16')).toEqual([]);
  });
});

describe('Q17 预约与快递与办理形式一致', () => {
  it('fails appointment without 窗口办理 and express without 快递申请', () => {
    expect(pathsOf(validItemContent({ handlingForms: ['2'] }), 'Q17')).toEqual(['supportsAppointment', 'supportsExpress']);
  });
  it('passes when neither is supported', () => {
    expect(pathsOf(validItemContent({ handlingForms: ['2'], supportsAppointment: false, supportsExpress: false }), 'Q17')).toEqual([]);
  });
});

describe('checkQuality', () => {
  it('reports every broken rule, not just the first, in rule order', () => {
    const c = validItemContent({ caseType: '1', complaintPhone: '0999-12315', supportsExpress: true, handlingForms: ['1', '2'] });
    expect(rulesOf(c)).toEqual(['Q01', 'Q07', 'Q17']);
    expect(checkQuality(c).map((p) => p.path)).toEqual(['caseType', 'complaintPhone', 'supportsExpress']);
  });
});
