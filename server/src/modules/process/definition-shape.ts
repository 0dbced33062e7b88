/**
 * JSON-shape check of a process definition with readable errors. The node union is discriminated by
 * `type`, but a union failure is reported against its first variant; so when an error points at a node
 * we check that node again against the variant its `type` names, down to the real mistake.
 */
import { Compile } from 'typebox/compile';
import { Type } from 'typebox';
import { ProcessDefinition } from './definition.js';

export interface ShapeError {
  /** JSON pointer into the definition, e.g. `/root/children/0/limitDays`. */
  instancePath: string;
  message: string;
}
interface ShapeValidator {
  Check(value: unknown): boolean;
  Errors(value: unknown): ShapeError[];
}

const VARIANTS: Record<string, string> = {
  sequence: 'ProcessSequenceNode',
  task: 'ProcessTaskNode',
  exclusive: 'ProcessExclusiveNode',
  parallel: 'ProcessParallelNode',
  automatic: 'ProcessAutomaticNode',
  copy_to: 'ProcessCopyToNode',
};
const validators = new Map<string, ShapeValidator>();

function validatorFor(name: string): ShapeValidator {
  let v = validators.get(name);
  if (!v) {
    v = Compile(name === 'ProcessDefinition' ? ProcessDefinition : Type.Cyclic(ProcessDefinition.$defs, name));
    validators.set(name, v);
  }
  return v;
}

function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

function errorsOf(name: string, value: unknown, base: string): ShapeError[] {
  const errors = validatorFor(name).Errors(value);
  const first = errors[0];
  if (!first) return [];
  const inner = valueAt(value, first.instancePath) as { type?: unknown } | undefined;
  const variant = typeof inner?.type === 'string' ? VARIANTS[inner.type] : undefined;
  if (first.instancePath !== '' && variant) return errorsOf(variant, inner, base + first.instancePath);
  const meaningful = errors.filter((e) => e.message !== 'schema is false');
  return (meaningful.length > 0 ? meaningful : errors).map((e) => ({ instancePath: base + e.instancePath, message: e.message }));
}

/** Shape errors of a would-be definition; [] when it matches the schema. */
export function definitionShapeErrors(value: unknown): ShapeError[] {
  if (validatorFor('ProcessDefinition').Check(value)) return [];
  return errorsOf('ProcessDefinition', value, '');
}
