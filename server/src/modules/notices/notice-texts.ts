import { DomainError } from '../../errors.js';
import type { NoticeData, NoticeKind } from './notice-data.js';
import { chineseDate, chineseNumeral, listMarker } from './notice-format.js';

/**
 * The wording of every notice kind, in the style of 行政许可文书. Each text cites the article of
 * 《中华人民共和国行政许可法》 it rests on; refusals and denials end with the applicant's remedies
 * (《行政许可法》第三十八条第二款 requires the organ to state them).
 */

export type NoticeBlock =
  { type: 'paragraph'; text: string } | { type: 'list'; items: string[] } | { type: 'fields'; rows: [label: string, value: string][] };

export interface NoticeText {
  title: string;
  salutation: string;
  blocks: NoticeBlock[];
  /** 特此通知。/ 特此告知。 — null for receipts and decisions */
  closing: string | null;
}

const TITLES: Record<NoticeKind, string> = {
  receipt: '收件凭证',
  acceptance: '受理通知书',
  correction: '补正告知书',
  refusal: '不予受理通知书',
  special_procedure: '特别程序告知书',
  extension: '延期告知书',
  grant: '准予行政许可决定书',
  denial: '不予行政许可决定书',
  tolerance: '容缺受理告知书',
};

export function noticeTitle(kind: NoticeKind): string {
  return TITLES[kind];
}

const LAW = '《中华人民共和国行政许可法》';
const YOU = '你（单位）';

const p = (text: string): NoticeBlock => ({ type: 'paragraph', text });

/** A reason is embedded mid-sentence: drop the full stop a clerk may have typed. */
const clause = (text: string): string => text.trim().replace(/[。．.；;，,\s]+$/u, '');

function missing(data: NoticeData, field: string, what: string): never {
  throw new DomainError('VALIDATION_FAILED', `生成${noticeTitle(data.kind)}须填写${what}`, {
    kind: data.kind,
    field,
  });
}

function required<K extends keyof NoticeData>(data: NoticeData, field: K, what: string): NonNullable<NoticeData[K]> {
  const value = data[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return missing(data, field, what);
  }
  return value as NonNullable<NoticeData[K]>;
}

/** 你（单位）于2026年3月2日提出的食品经营许可申请（申请编号：…） */
function applicationPhrase(d: NoticeData, verb = '提出'): string {
  const when = d.submittedAt ? `于${chineseDate(d.submittedAt)}` : '';
  return `${YOU}${when}${verb}的${d.itemName}申请（申请编号：${d.applicationNumber}）`;
}

function acceptedPhrase(d: NoticeData): string {
  return d.acceptedAt ? `本机关已于${chineseDate(d.acceptedAt)}依法受理` : '本机关已依法受理';
}

/** “根据《中华人民共和国行政许可法》第三十八条第一款和《…》的规定” */
function basis(article: string, d: NoticeData): string {
  return `根据${LAW}${article}${d.legalBasis ? `和${d.legalBasis}` : ''}的规定`;
}

function itemList(d: NoticeData, what: string): NoticeBlock {
  const items = d.items ?? [];
  if (items.length === 0) missing(d, 'items', what);
  return { type: 'list', items: items.map((it, i) => `${listMarker(i)}${it.name}：${it.problem}`) };
}

/** 行政复议 60 days (《行政复议法》第二十条, 2023 revision) / 行政诉讼 6 months (《行政诉讼法》第四十六条). */
function remedy(d: NoticeData, documentName: string): NoticeBlock {
  if (d.remedy) return p(d.remedy);
  return p(
    `${YOU}如对本${documentName}不服，可以自收到本${documentName}之日起六十日内依照《中华人民共和国行政复议法》第二十条的规定申请行政复议，` +
      `也可以自收到本${documentName}之日起六个月内依照《中华人民共和国行政诉讼法》第四十六条的规定向人民法院提起行政诉讼。`,
  );
}

type Body = Pick<NoticeText, 'blocks' | 'closing'>;

const BODIES: Record<NoticeKind, (d: NoticeData) => Body> = {
  receipt: (d) => {
    const when = chineseDate(d.submittedAt ?? d.issuedAt);
    const blocks: NoticeBlock[] = [p(`${YOU}于${when}提交的${d.itemName}申请材料（申请编号：${d.applicationNumber}）已收悉。`)];
    if (d.items?.length) {
      blocks.push(p('本机关接收的申请材料如下：'), itemList(d, '接收的申请材料'));
    }
    blocks.push(
      p(
        `本凭证仅证明本机关已收到上述申请材料，不表示申请已被受理。本机关将依照${LAW}第三十二条的规定进行审查：` +
          '申请材料齐全、符合法定形式的，予以受理；申请材料不齐全或者不符合法定形式的，将在五日内一次告知需要补正的全部内容，' +
          '逾期不告知的，自收到申请材料之日起即为受理。',
      ),
    );
    return { blocks, closing: null };
  },

  acceptance: (d) => {
    const acceptedOn = chineseDate(d.acceptedAt ?? d.issuedAt);
    const due = d.dueDate ? `，承诺办结日期为${chineseDate(d.dueDate)}` : '';
    return {
      blocks: [
        p(
          `${applicationPhrase(d)}，经审查，申请事项属于本机关职权范围，申请材料齐全、符合法定形式。` +
            `${basis('第三十二条第一款第（五）项', d)}，本机关决定予以受理，受理日期为${acceptedOn}。`,
        ),
        p(
          `依照${LAW}第四十二条的规定，本机关将在法定期限内作出行政许可决定${due}。` +
            `依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内，本机关将另行书面告知（${LAW}第四十五条）。`,
        ),
      ],
      closing: '特此通知。',
    };
  },

  correction: (d) => {
    const list = itemList(d, '需要补正的全部材料');
    const until = d.deadline ? `请于${chineseDate(d.deadline)}前一次性补正上述全部材料。` : '请按上述要求一次性补正全部材料。';
    return {
      blocks: [
        p(
          `${applicationPhrase(d, '提交')}，经审查，申请材料不齐全或者不符合法定形式。` +
            `${basis('第三十二条第一款第（四）项', d)}，现一次告知${YOU}需要补正的全部内容如下：`,
        ),
        list,
        p(`${until}本机关自收到${YOU}提交的全部补正材料之日起受理申请；无正当理由逾期不补正的，视为放弃本次申请。`),
      ],
      closing: '特此告知。',
    };
  },

  refusal: (d) => {
    const reason = clause(required(d, 'reason', '不予受理的理由'));
    return {
      blocks: [p(`${applicationPhrase(d)}，经审查，${reason}。${basis('第三十二条第一款', d)}，本机关决定不予受理。`), remedy(d, '通知书')],
      closing: '特此通知。',
    };
  },

  special_procedure: (d) => {
    const sp = required(d, 'specialProcedure', '特别程序的种类、理由和开始日期');
    const spReason = clause(sp.reason);
    const rows: [string, string][] = [
      ['特别程序种类', sp.kind],
      ['启动理由', spReason],
      ['开始日期', chineseDate(sp.start)],
    ];
    if (sp.expectedEnd) rows.push(['预计结束日期', chineseDate(sp.expectedEnd)]);
    return {
      blocks: [
        p(
          `${applicationPhrase(d)}，${acceptedPhrase(d)}。因${spReason}，本机关需对该申请进行${sp.kind}。` +
            `${basis('第四十五条', d)}，${sp.kind}所需时间不计算在行政许可期限内。现将有关事项书面告知如下：`,
        ),
        { type: 'fields', rows },
        p('特别程序结束后，本机关将恢复计算办理期限并继续办理，结果将及时告知。'),
      ],
      closing: '特此告知。',
    };
  },

  extension: (d) => {
    const reason = clause(required(d, 'reason', '延期的理由'));
    const extraDays = required(d, 'extraDays', '延长的天数');
    // 第四十二条第一款: +10 days, approved by the organ's head; 第二款: 统一/联合/集中办理 +15 days, approved by
    // the head of the government at that level. Longer extensions need another law, named in legalBasis.
    const maxDays = d.legalBasis ? 99 : 15;
    if (!Number.isInteger(extraDays) || extraDays < 1 || extraDays > maxDays) missing(d, 'extraDays', '有效的延长天数');
    const joint = extraDays > 10;
    const approval = joint ? '经本级人民政府负责人批准' : '经本机关负责人批准';
    const due = d.dueDate ? `，延长后的办结期限为${chineseDate(d.dueDate)}` : '';
    return {
      blocks: [
        p(
          `${applicationPhrase(d)}，${acceptedPhrase(d)}。因${reason}，本机关不能在规定期限内作出行政许可决定。` +
            `${basis(joint ? '第四十二条第二款' : '第四十二条第一款', d)}，${approval}，办理期限延长${chineseNumeral(extraDays)}日${due}。`,
        ),
      ],
      closing: '特此告知。',
    };
  },

  grant: (d) => {
    const delivery = d.dueDate ? `，最迟不晚于${chineseDate(d.dueDate)}` : '';
    return {
      blocks: [
        p(
          `${applicationPhrase(d)}，${acceptedPhrase(d)}。经审查，${YOU}的申请符合法定条件、标准。` +
            `${basis('第三十八条第一款', d)}，本机关决定准予行政许可。`,
        ),
        p(`依照${LAW}第四十四条的规定，本机关将自作出本决定之日起十日内向${YOU}颁发、送达行政许可证件${delivery}。`),
      ],
      closing: null,
    };
  },

  denial: (d) => {
    const reason = clause(required(d, 'reason', '不予许可的理由'));
    return {
      blocks: [
        p(
          `${applicationPhrase(d)}，${acceptedPhrase(d)}。经审查，${reason}。` +
            `${basis('第三十八条第二款', d)}，本机关决定不予行政许可。`,
        ),
        remedy(d, '决定书'),
      ],
      closing: null,
    };
  },

  tolerance: (d) => {
    const list = itemList(d, '容缺的全部材料');
    const deadline = chineseDate(required(d, 'deadline', '补齐材料的期限'));
    const acceptedOn = chineseDate(d.acceptedAt ?? d.issuedAt);
    const rule = d.legalBasis ? `根据${d.legalBasis}的规定` : '根据容缺受理的有关规定';
    return {
      blocks: [
        p(
          `${applicationPhrase(d)}，经审查，基本条件具备，主要申请材料齐全且符合法定形式，尚有次要材料欠缺或者存在瑕疵。` +
            `${rule}，经${YOU}书面承诺，本机关决定予以容缺受理，受理日期为${acceptedOn}。现一次告知需要补齐的全部材料如下：`,
        ),
        list,
        p(
          `请于${deadline}前补齐上述全部材料。材料补齐后，本机关将依法作出决定并送达；` +
            `逾期未补齐的，本机关将终止办理，由此产生的后果由${YOU}承担。`,
        ),
      ],
      closing: '特此告知。',
    };
  },
};

/** The full wording of a notice. Throws VALIDATION_FAILED when a field the kind needs is missing. */
export function noticeText(data: NoticeData): NoticeText {
  const body = BODIES[data.kind](data);
  return { title: noticeTitle(data.kind), salutation: `${data.applicantName}：`, ...body };
}
