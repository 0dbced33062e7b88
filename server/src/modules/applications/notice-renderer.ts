/**
 * Renders stored notices (application_notices.data) to PDF. The Chinese font is looked up once; a system
 * without one answers a clear 503 rather than a broken PDF.
 */
import { DomainError } from '../../errors.js';
import { cjkFontFace, findCjkFont } from '../notices/find-cjk-font.js';
import type { NoticeData } from '../notices/notice-data.js';
import { noticeFileName, renderNotice } from '../notices/render-notice.js';

let font: { path: string; face: string | undefined } | null | undefined;

export const NoticeRenderer = {
  configure(path: string | undefined) {
    font = path ? { path, face: cjkFontFace(path) } : undefined;
  },
  async render(stored: unknown): Promise<{ bytes: Buffer; fileName: string }> {
    if (font === undefined) {
      const found = findCjkFont();
      font = found ? { path: found, face: cjkFontFace(found) } : null;
    }
    if (!font)
      throw new DomainError('NOT_READY', '服务器未安装中文字体，暂不能生成文书 PDF（请安装 fonts-noto-cjk 或配置 NOTICE_FONT_PATH）');
    const data = stored as NoticeData;
    const bytes = await renderNotice(data, { fontPath: font.path, fontFace: font.face });
    return { bytes, fileName: noticeFileName(data) };
  },
};
