import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { cjkFontFace } from './find-cjk-font.js';
import type { NoticeData } from './notice-data.js';
import { chineseDate, toInstant } from './notice-format.js';
import { type NoticeBlock, type NoticeText, noticeText, noticeTitle } from './notice-texts.js';

export interface RenderNoticeOptions {
  /** a font covering Chinese, see findCjkFont */
  fontPath: string;
  /** PostScript name of the face inside a .ttc collection; detected (Simplified Chinese face) when omitted */
  fontFace?: string;
  /** draw a dashed circle where the 专用章 goes (default true); turn off once an e-seal is stamped on the file */
  sealPlaceholder?: boolean;
}

// Page set-up after GB/T 9704-2012 §5.2: A4, margins top 37 mm, left 28 mm, text block 156 mm × 225 mm.
const MM = 72 / 25.4;
const MARGINS = { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
// Title 二号 (22 pt) as in GB/T 9704 §7.2; body 四号 (14 pt, as most 行政许可文书 forms use) at ≈ 26 pt line
// pitch; notes 五号 (10.5 pt).
const TITLE_SIZE = 22;
const BODY_SIZE = 14;
const NOTE_SIZE = 10.5;
const LINE_GAP = 6;
const INDENT = 2 * BODY_SIZE; // 首行缩进两字
const SEAL_RADIUS = 21 * MM; // 直径 42 mm 的公章

const fontCache = new Map<string, Buffer>();

function fontBytes(path: string): Buffer {
  let bytes = fontCache.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontCache.set(path, bytes);
  }
  return bytes;
}

function writeBlock(doc: PDFKit.PDFDocument, block: NoticeBlock): void {
  const para = { indent: INDENT, align: 'justify' as const, lineGap: LINE_GAP };
  switch (block.type) {
    case 'paragraph':
      doc.text(block.text, para);
      break;
    case 'list':
      for (const item of block.items) doc.text(item, para);
      break;
    case 'fields':
      for (const [label, value] of block.rows) doc.text(`${label}：${value}`, para);
      break;
  }
}

/** Height of `lines` body lines (font size set to BODY_SIZE). */
function bodyLines(doc: PDFKit.PDFDocument, lines: number): number {
  return lines * (doc.currentLineHeight(true) + LINE_GAP);
}

/**
 * Department name, seal place and date at the lower right (GB/T 9704 §7.3.5: 成文日期右空四字); the
 * reference notes sit at the foot of the same page. When both do not fit below the text, a new page starts.
 */
function writeSignature(doc: PDFKit.PDFDocument, data: NoticeData, notes: string[], seal: boolean): void {
  const left = doc.page.margins.left;
  const fullWidth = doc.page.width - left - doc.page.margins.right;
  const noteOpts = { width: fullWidth, lineGap: 2 };
  const notesHeight = doc.fontSize(NOTE_SIZE).heightOfString(notes.join('\n'), noteOpts);
  doc.fontSize(BODY_SIZE);
  const notesTop = () => doc.page.height - doc.page.margins.bottom - notesHeight;
  if (doc.y + bodyLines(doc, 1.5 + 2 + 0.5) > notesTop()) doc.addPage();
  doc.y += bodyLines(doc, 1.5);
  const width = fullWidth - 4 * BODY_SIZE;
  const top = doc.y;
  doc.text(data.departmentName, left, top, { width, align: 'right', lineGap: LINE_GAP });
  doc.text(chineseDate(data.issuedAt), left, doc.y, { width, align: 'right', lineGap: LINE_GAP });
  if (seal) {
    const cx = left + width - doc.widthOfString(data.departmentName) / 2;
    const cy = (top + doc.y - LINE_GAP) / 2;
    doc.save().circle(cx, cy, SEAL_RADIUS).dash(4, { space: 3 }).lineWidth(0.8).strokeColor('#c8102e', 0.5);
    doc.stroke().restore();
  }
  const rule = notesTop() - 4;
  doc
    .moveTo(left, rule)
    .lineTo(left + fullWidth, rule)
    .lineWidth(0.5)
    .strokeColor('#000000')
    .undash()
    .stroke();
  doc.fontSize(NOTE_SIZE).fillColor('#333333');
  doc.y = notesTop();
  for (const line of notes) doc.text(line, left, doc.y, noteOpts);
  doc.fillColor('#000000').fontSize(BODY_SIZE);
}

function noteLines(data: NoticeData): string[] {
  const refs = [`申请编号：${data.applicationNumber}`];
  if (data.queryCode) refs.push(`查询码：${data.queryCode}`);
  if (data.contactPhone) refs.push(`联系电话：${data.contactPhone}`);
  const keep =
    data.kind === 'receipt' ? '请妥善保管本凭证，可凭申请编号和查询码查询办理进度。' : '本文书一式两份，一份送达申请人，一份由本机关存档。';
  return [refs.join('　　'), keep];
}

/** “— 1 —” centred below the text block (GB/T 9704 §7.5). */
function writePageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.fontSize(14).text(`— ${i + 1} —`, 0, doc.page.height - bottom + 7 * MM, {
      width: doc.page.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

function layout(doc: PDFKit.PDFDocument, data: NoticeData, text: NoticeText, seal: boolean): void {
  doc.fontSize(BODY_SIZE).text(data.departmentName, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.3).fontSize(TITLE_SIZE).text(text.title, { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.5).fontSize(BODY_SIZE).text(data.number, { align: 'right' });
  doc.moveDown(1).text(text.salutation, { lineGap: LINE_GAP });
  for (const block of text.blocks) writeBlock(doc, block);
  if (text.closing) doc.text(text.closing, { indent: INDENT, lineGap: LINE_GAP });
  writeSignature(doc, data, noteLines(data), seal);
  writePageNumbers(doc);
}

/**
 * Renders a notice as an A4 PDF with the Chinese font embedded (subset). The output depends only on
 * the data and the font: creation date and file ID come from issuedAt, so equal input gives equal bytes.
 * Throws DomainError VALIDATION_FAILED when a field the kind needs is missing (see noticeText).
 */
export async function renderNotice(data: NoticeData, opts: RenderNoticeOptions): Promise<Buffer> {
  const text = noticeText(data);
  const face = opts.fontFace ?? cjkFontFace(opts.fontPath);
  const issuedAt = toInstant(data.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    info: {
      Title: `${text.title}（${data.number}）`,
      Author: data.departmentName,
      Subject: data.itemName,
      Creator: 'OneWindow',
      Producer: 'OneWindow (PDFKit)',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', fontBytes(opts.fontPath), face);
  doc.font('cjk');
  layout(doc, data, text, opts.sealPlaceholder ?? true);
  doc.end();
  return finished;
}

/** e.g. `SQ20260302000123-受理通知书-示范市监受〔2026〕000123号.pdf`, safe on every file system. */
export function noticeFileName(data: Pick<NoticeData, 'kind' | 'number' | 'applicationNumber'>): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '_');
  return `${safe(data.applicationNumber)}-${noticeTitle(data.kind)}-${safe(data.number)}.pdf`;
}
