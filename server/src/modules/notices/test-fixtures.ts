import { NOTICE_KINDS, type NoticeData, type NoticeKind } from './notice-data.js';

/** A realistic notice of each kind, for tests and for looking at the output. */
export function sampleNotice(kind: NoticeKind, overrides: Partial<NoticeData> = {}): NoticeData {
  const base: NoticeData = {
    kind,
    number: `示范市监${NUMBER_TAGS[kind]}〔2026〕000123号`,
    issuedAt: new Date('2026-03-04T02:30:00Z'), // 2026-03-04 10:30 Beijing time
    departmentName: '示范市市场监督管理局',
    applicationNumber: 'SQ20260302000123',
    itemName: '食品经营许可（新办）',
    applicantName: '示范市张记餐饮有限公司',
    submittedAt: new Date('2026-03-02T01:15:00Z'),
    acceptedAt: new Date('2026-03-03T03:00:00Z'),
    queryCode: 'K7M2Q9',
    contactPhone: '0571-12345678',
  };
  return { ...base, ...KIND_FIELDS[kind], ...overrides };
}

const NUMBER_TAGS: Record<NoticeKind, string> = {
  receipt: '收',
  acceptance: '受',
  correction: '补',
  refusal: '不受',
  special_procedure: '特',
  extension: '延',
  grant: '准',
  denial: '不准',
  tolerance: '容',
};

const KIND_FIELDS: Record<NoticeKind, Partial<NoticeData>> = {
  receipt: { items: [{ name: '食品经营许可申请书', problem: '原件1份' }] },
  acceptance: { dueDate: '2026-03-31' },
  correction: {
    items: [
      { name: '营业执照副本复印件', problem: '未加盖申请人公章' },
      { name: '食品安全管理制度文本', problem: '缺少从业人员健康管理制度' },
      { name: '经营场所平面布局图', problem: '未标明食品处理区与非处理区的分隔' },
    ],
    deadline: '2026-03-11',
  },
  refusal: { reason: '申请事项依法不属于本机关职权范围，请向示范市卫生健康委员会提出申请。' },
  special_procedure: {
    specialProcedure: { kind: '现场核查', reason: '需核实经营场所是否符合食品安全要求', start: '2026-03-05', expectedEnd: '2026-03-12' },
  },
  extension: { reason: '申请涉及的经营项目较多，需进一步审查', extraDays: 10, dueDate: '2026-04-14' },
  grant: { dueDate: '2026-03-18' },
  denial: { reason: '申请人的经营场所与有毒、有害场所的距离不符合《食品经营许可审查通则》的要求' },
  tolerance: {
    items: [{ name: '法定代表人身份证明复印件', problem: '复印件不清晰，需重新提交' }],
    deadline: '2026-03-13',
  },
};

export const ALL_SAMPLE_NOTICES: NoticeData[] = NOTICE_KINDS.map((kind) => sampleNotice(kind));
