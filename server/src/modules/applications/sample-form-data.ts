/**
 * Valid sample answers for a service form, generated from its JSON Schema (used by tests and the
 * benchmark to apply for demo items without hand-writing each form's data). Prefilled account facts are
 * kept; every other required field gets the simplest valid value of its type, format or enum.
 */
import { prefillForm, schemaAt, setPath, validateFormData, type ApplicantFacts, type FormDefinition } from '@onewindow/common/forms';
import { usccCheckChar } from '@onewindow/common/validators';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

const SAMPLE_USCC = (() => {
  const first17 = '91990100MA0000001';
  return first17 + usccCheckChar(first17);
})();

function sampleOf(s: Schema, name: string, facts: ApplicantFacts): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'object':
      return sampleObject(s, facts);
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () => sampleOf(s.items ?? {}, name, facts));
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    default:
      break;
  }
  switch (s.format) {
    case 'id-number':
      return facts.idNumber ?? '11010519491231002X';
    case 'uscc':
      return facts.enterprise?.uscc ?? SAMPLE_USCC;
    case 'mobile':
      return facts.mobile ?? '13900000000';
    case 'postcode':
      return '990100';
    case 'division-code':
      return '990100';
    case 'date':
      return '2026-01-05';
    case 'email':
      return 'sample@example.cn';
    default:
      return s.pattern ? fromPattern(s.pattern) : '示例填写内容'.padEnd(Math.max(s.minLength ?? 0, 6), '内');
  }
}

/** A string matching simple patterns: anchors, \\d, [A-Z], [0-9], [a-z] with {n} repeats, and literals. */
function fromPattern(pattern: string): string {
  let out = '';
  const re = /(\\d|\[A-Z\]|\[0-9\]|\[a-z\]|[^^$\\[\]{}])(\{(\d+)(?:,\d*)?\})?/g;
  for (const m of pattern.matchAll(re)) {
    const unit = m[1]!;
    const n = m[3] ? Number(m[3]) : 1;
    const ch = unit === '\\d' || unit === '[0-9]' ? '1' : unit === '[A-Z]' ? 'Q' : unit === '[a-z]' ? 'q' : unit;
    out += ch.repeat(n);
  }
  return out;
}

function sampleObject(s: Schema, facts: ApplicantFacts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of s.required ?? []) {
    const prop = s.properties?.[key];
    if (prop) out[key] = sampleOf(prop, key, facts);
  }
  return out;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

export function sampleFormData(form: FormDefinition, facts: ApplicantFacts): Record<string, unknown> {
  let data = merge(sampleObject(form.schema as Schema, facts), prefillForm(form, facts).data);
  // Conditional requirements (if/then) show up only on validation: fill what is reported missing.
  for (let round = 0; round < 5; round++) {
    const missing = validateFormData(form, data).filter((e) => e.message.startsWith('请填写'));
    if (missing.length === 0) break;
    for (const e of missing) {
      const node = schemaAt(form.schema, e.path);
      if (node) data = setPath(data, e.path, sampleOf(node as Schema, e.path, facts));
    }
  }
  return data;
}
