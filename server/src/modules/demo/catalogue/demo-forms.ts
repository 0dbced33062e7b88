/**
 * Printable HTML documents for the demo catalogue: blank forms (空白表格), filled samples (示例样表) and
 * result samples (结果样本). A browser prints them on A4 as they are; an administrator may replace any of
 * them with a PDF or Word file in the console.
 */
import type { DemoBlankForm } from './demo-item.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 20mm; }
body { font-family: "Noto Serif CJK SC", "SimSun", serif; color: #000; max-width: 170mm; margin: 0 auto; }
h1 { text-align: center; font-size: 22px; letter-spacing: 2px; }
table { width: 100%; border-collapse: collapse; margin-top: 12px; }
th, td { border: 1px solid #000; padding: 10px 8px; font-size: 14px; vertical-align: top; }
th { width: 32%; text-align: left; font-weight: normal; background: #f5f5f5; }
td { height: 22px; }
.notes { margin-top: 16px; font-size: 13px; line-height: 1.7; }
.sign { margin-top: 28px; display: flex; justify-content: space-between; font-size: 14px; }
.stamp { color: #c00; border: 2px solid #c00; padding: 4px 10px; display: inline-block; transform: rotate(-8deg); }
</style></head><body>
${body}
</body></html>
`;
}

export function blankFormHtml(form: DemoBlankForm, departmentName: string): string {
  const rows = form.fields.map((f) => `<tr><th>${escapeHtml(f)}</th><td></td></tr>`).join('\n');
  return page(
    form.title,
    `<h1>${escapeHtml(form.title)}</h1>
<p>受理机关：${escapeHtml(departmentName)}</p>
<table>${rows}</table>
${form.notes ? `<div class="notes"><strong>填写说明：</strong>${escapeHtml(form.notes)}</div>` : ''}
<div class="sign"><span>申请人（签字或盖章）：</span><span>年&#12288;&#12288;月&#12288;&#12288;日</span></div>`,
  );
}

export function sampleFormHtml(form: DemoBlankForm, departmentName: string): string {
  const rows = form.fields.map((f) => `<tr><th>${escapeHtml(f)}</th><td>${escapeHtml(form.sample?.[f] ?? '')}</td></tr>`).join('\n');
  return page(
    `${form.title}（示例）`,
    `<h1>${escapeHtml(form.title)}</h1>
<p><span class="stamp">示例样表</span>&#12288;受理机关：${escapeHtml(departmentName)}</p>
<table>${rows}</table>
${form.notes ? `<div class="notes"><strong>填写说明：</strong>${escapeHtml(form.notes)}</div>` : ''}
<div class="sign"><span>申请人（签字或盖章）：张某某</span><span>2026 年 1 月 5 日</span></div>`,
  );
}

export function resultSampleHtml(resultName: string, itemName: string, departmentName: string): string {
  return page(
    `${resultName}（样本）`,
    `<h1>${escapeHtml(resultName)}</h1>
<p style="text-align:center"><span class="stamp">样&#12288;本</span></p>
<table>
<tr><th>事项名称</th><td>${escapeHtml(itemName)}</td></tr>
<tr><th>持证（申请）人</th><td>××××</td></tr>
<tr><th>编号</th><td>××××××××××××</td></tr>
<tr><th>内容</th><td>（依法载明的事项）</td></tr>
<tr><th>有效期限</th><td>（依法确定）</td></tr>
<tr><th>发证（决定）机关</th><td>${escapeHtml(departmentName)}（印章）</td></tr>
<tr><th>日期</th><td>××××年××月××日</td></tr>
</table>
<div class="notes">本样本仅供申请人了解办理结果的样式，不具有法律效力。</div>`,
  );
}
