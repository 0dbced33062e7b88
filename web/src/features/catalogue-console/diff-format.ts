/**
 * How one side of a version-diff change reads: nothing, yes/no, plain text (lists of plain values joined
 * with 、), or pretty-printed JSON for objects and lists of objects. Pure, so it is unit-tested.
 */
export type DiffValue =
  { kind: 'empty' } | { kind: 'bool'; value: boolean } | { kind: 'text'; text: string } | { kind: 'json'; text: string };

const isPlain = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

export function diffValue(value: unknown): DiffValue {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'text', text: String(value) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    if (value.every(isPlain)) return { kind: 'text', text: value.map(String).join('、') };
  }
  return { kind: 'json', text: JSON.stringify(value, null, 2) };
}
