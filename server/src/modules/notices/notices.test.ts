import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCjkFont } from './find-cjk-font.js';
import { NOTICE_KINDS, type NoticeData, type NoticeKind } from './notice-data.js';
import { noticeTitle } from './notice-texts.js';
import { noticeFileName, renderNotice } from './render-notice.js';
import { sampleNotice } from './test-fixtures.js';

// Rendering parses a 20+ MB CJK font; give each test room on a busy 2-core machine.
const SLOW = 60_000;

interface Extracted {
  text: string; // all pages, whitespace removed (pdfjs splits lines into items)
  pages: number;
  size: [number, number];
  info: Record<string, unknown>;
}

async function extract(pdf: Buffer): Promise<Extracted> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  const first = await doc.getPage(1);
  const [, , width, height] = first.view as [number, number, number, number];
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { text: text.replace(/\s+/g, ''), pages: doc.numPages, size: [width, height], info: info as Record<string, unknown> };
}

/** What must appear in each kind besides the common header (law articles, dates, reasons, lists). */
const KIND_CONTENT: Record<NoticeKind, string[]> = {
  receipt: ['2026年3月2日提交', '食品经营许可申请书：原件1份', '不表示申请已被受理', '第三十二条', '查询码：K7M2Q9'],
  acceptance: [
    '第三十二条第一款第（五）项',
    '决定予以受理',
    '受理日期为2026年3月3日',
    '第四十二条',
    '承诺办结日期为2026年3月31日',
    '第四十五条',
    '特此通知。',
  ],
  correction: [
    '第三十二条第一款第（四）项',
    '一次告知',
    '（一）营业执照副本复印件：未加盖申请人公章',
    '（二）食品安全管理制度文本：缺少从业人员健康管理制度',
    '（三）经营场所平面布局图：未标明食品处理区与非处理区的分隔',
    '请于2026年3月11日前',
    '特此告知。',
  ],
  refusal: [
    '申请事项依法不属于本机关职权范围，请向示范市卫生健康委员会提出申请',
    '第三十二条第一款',
    '决定不予受理',
    '六十日内',
    '《中华人民共和国行政复议法》',
    '申请行政复议',
    '六个月内',
    '《中华人民共和国行政诉讼法》第四十六条',
    '提起行政诉讼',
  ],
  special_procedure: [
    '第四十五条',
    '特别程序种类：现场核查',
    '启动理由：需核实经营场所是否符合食品安全要求',
    '开始日期：2026年3月5日',
    '预计结束日期：2026年3月12日',
    '不计算在行政许可期限内',
  ],
  extension: [
    '第四十二条第一款',
    '经本机关负责人批准',
    '延长十日',
    '延长后的办结期限为2026年4月14日',
    '申请涉及的经营项目较多，需进一步审查',
  ],
  grant: ['第三十八条第一款', '决定准予行政许可', '第四十四条', '十日内', '颁发、送达行政许可证件', '2026年3月18日'],
  denial: [
    '第三十八条第二款',
    '决定不予行政许可',
    '《食品经营许可审查通则》的要求',
    '六十日内',
    '申请行政复议',
    '六个月内',
    '第四十六条',
    '提起行政诉讼',
  ],
  tolerance: [
    '容缺受理',
    '法定代表人身份证明复印件：复印件不清晰，需重新提交',
    '请于2026年3月13日前补齐',
    '终止办理',
    '受理日期为2026年3月3日',
  ],
};

let fontPath: string;
beforeAll(() => {
  const found = findCjkFont();
  // CI installs fonts-noto-cjk; without a CJK font notices cannot be rendered at all.
  expect(found, 'no CJK font found (apt-get install fonts-noto-cjk)').not.toBeNull();
  fontPath = found!;
});

describe('renderNotice', () => {
  it.each(NOTICE_KINDS)(
    '%s: A4 PDF with embedded font whose text carries the header and the kind-specific content',
    async (kind) => {
      const data = sampleNotice(kind);
      const pdf = await renderNotice(data, { fontPath });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/FontFile[23]?\b/); // the CJK font is embedded, not referenced
      const { text, pages, size, info } = await extract(pdf);
      expect(pages).toBe(1);
      expect(size[0]).toBeCloseTo(595.28, 1);
      expect(size[1]).toBeCloseTo(841.89, 1);
      for (const expected of [
        noticeTitle(kind),
        data.number,
        `${data.applicantName}：`,
        data.itemName,
        data.applicationNumber,
        data.departmentName,
        '2026年3月4日', // issuedAt 2026-03-04T02:30Z is 10:30 on 4 March in Beijing
        ...KIND_CONTENT[kind],
      ]) {
        expect(text, `${kind} lacks ${expected}`).toContain(expected);
      }
      expect(info.Title).toBe(`${noticeTitle(kind)}（${data.number}）`);
    },
    SLOW,
  );

  it(
    'is deterministic: equal data gives equal bytes, also after a JSON round trip of the data',
    async () => {
      const data = sampleNotice('correction');
      const first = await renderNotice(data, { fontPath });
      const again = await renderNotice(sampleNotice('correction'), { fontPath });
      const revived = JSON.parse(JSON.stringify(data)) as NoticeData; // dates come back as ISO strings
      expect(again.equals(first)).toBe(true);
      expect((await renderNotice(revived, { fontPath })).equals(first)).toBe(true);
      const later = await renderNotice(sampleNotice('correction', { issuedAt: new Date('2026-03-05T02:30:00Z') }), { fontPath });
      expect(later.equals(first)).toBe(false);
      expect((await extract(later)).text).toContain('2026年3月5日');
    },
    SLOW,
  );

  it(
    'lists every correction item even when the list runs over several pages, numbering the pages',
    async () => {
      const items = Array.from({ length: 30 }, (_, i) => ({ name: `第${i + 1}号附件材料`, problem: `缺少第${i + 1}页签字` }));
      const { text, pages } = await extract(await renderNotice(sampleNotice('correction', { items }), { fontPath }));
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain('（一）第1号附件材料：缺少第1页签字');
      expect(text).toContain('（三十）第30号附件材料：缺少第30页签字');
      for (const it of items) expect(text).toContain(`${it.name}：${it.problem}`);
      for (let p = 1; p <= pages; p++) expect(text).toContain(`—${p}—`);
      expect(text).toContain('示范市市场监督管理局2026年3月4日'); // signature block after the list
    },
    SLOW,
  );

  it('rejects data that lacks what the kind needs before producing any PDF', async () => {
    await expect(renderNotice(sampleNotice('denial', { reason: undefined }), { fontPath })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('noticeFileName', () => {
  it('names the file after application, kind and number, without characters file systems reject', () => {
    const data = sampleNotice('acceptance');
    expect(noticeFileName(data)).toBe('SQ20260302000123-受理通知书-示范市监受〔2026〕000123号.pdf');
    expect(noticeFileName({ ...data, applicationNumber: 'A/B:C*D', number: '示范 "1" <2>|3\\4?' })).toBe(
      'A_B_C_D-受理通知书-示范_1_2_3_4_.pdf',
    );
  });
});
