/**
 * Field readers for the import of an exchange record: `ColumnReader` reads the typed columns of one
 * record object (text, integers, GB/T 39046 表4 1/0 flags, arrays, file ids, codes mapped back to national
 * codes and checked against the code lists), collecting one Chinese `{ field, message }` error per bad
 * column instead of stopping at the first.
 */
import { codesOf, type CodeListKey } from '../code-lists.js';
import type { CodeMapper, FieldError } from './record-types.js';

const LIST_LABELS: Record<CodeListKey, string> = {
  item_type: '事项类型',
  exercise_level: '行使层级',
  subject_nature: '实施主体性质',
  audience: '服务对象',
  handling_form: '办理形式',
  case_type: '办件类型',
  power_source: '权力来源',
  service_scope: '通办范围',
  result_type: '审批结果类型',
  online_depth: '网上办理深度',
  online_level: '网办深度等级',
  contact_method: '咨询方式',
  material_kind: '材料类型',
  material_format: '材料形式',
  source_channel: '来源渠道',
  person_theme: '面向自然人主题分类',
  enterprise_theme: '面向法人主题分类',
};

/** Reads typed columns of one record object, collecting an error per bad column (and returning undefined). */
export class ColumnReader {
  constructor(
    readonly obj: Record<string, unknown>,
    private readonly prefix: string,
    private readonly errors: FieldError[],
    private readonly map: CodeMapper,
  ) {}

  field(col: string) {
    return `${this.prefix}${col}`;
  }
  fail(col: string, message: string): undefined {
    this.errors.push({ field: this.field(col), message });
    return undefined;
  }
  has(col: string) {
    return this.obj[col] !== undefined;
  }
  text(col: string): string | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    return typeof v === 'string' ? v : this.fail(col, '应为文本');
  }
  int(col: string, nullable = false): number | null | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    if (v === null && nullable) return null;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    return this.fail(col, nullable ? '应为整数或空值' : '应为整数');
  }
  flag(col: string): boolean | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    if (v === 1 || v === 0) return v === 1;
    return this.fail(col, '应为 1（是）或 0（否）');
  }
  list(col: string): unknown[] | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    return Array.isArray(v) ? v : this.fail(col, '应为数组');
  }
  /** '' → null (no file / no hall); otherwise the text (Ajv checks the uuid format). */
  fileId(col: string): string | null | undefined {
    const v = this.text(col);
    return v === '' ? null : v;
  }
  private national(col: string, list: CodeListKey, external: string): string | undefined {
    const code = this.map(list, external, 'in');
    if (codesOf(list).includes(code)) return code;
    if (code === '') return this.fail(col, `“${external}”在代码映射中没有对应的${LIST_LABELS[list]}代码`);
    const mapped = code === external ? '' : `（映射为“${code}”）`;
    return this.fail(col, `“${external}”${mapped}不是有效的${LIST_LABELS[list]}代码`);
  }
  code(col: string, list: CodeListKey): string | undefined {
    const v = this.text(col);
    if (v === undefined) return undefined;
    if (v === '') return this.fail(col, `缺少${LIST_LABELS[list]}代码`);
    return this.national(col, list, v);
  }
  optionalCode(col: string, list: CodeListKey): string | null | undefined {
    const v = this.text(col);
    if (v === undefined) return undefined;
    return v === '' ? null : this.national(col, list, v);
  }
  /** A `^`-joined multi-value column; '' = none. */
  codes(col: string, list: CodeListKey): string[] | undefined {
    const v = this.text(col);
    if (v === undefined) return undefined;
    const before = this.errors.length;
    const codes = v
      .split('^')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map((x) => this.national(col, list, x));
    return this.errors.length > before ? undefined : (codes as string[]);
  }
  unknownExtensions(known: ReadonlySet<string>) {
    for (const k of Object.keys(this.obj)) if (k.startsWith('ow_') && !known.has(k)) this.fail(k, '不认识的扩展字段');
  }
}
