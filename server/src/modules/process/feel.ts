/**
 * FEEL (DMN Friendly Enough Expression Language) through feelin. Evaluation is synchronous and total:
 * a condition that errors, refers to a missing variable or is not exactly `true` counts as false, so a
 * definition can never get stuck on an expression at run time.
 */
import { evaluate, parseExpression } from 'feelin';

/** The FEEL language URI used in BPMN conditionExpression. */
export const FEEL_LANGUAGE = 'https://www.omg.org/spec/DMN/20191111/FEEL/';

/** A FEEL name usable as a variable: letters (incl. CJK), digits and underscores, not starting with a digit. */
export const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const RESERVED = new Set([
  'true',
  'false',
  'null',
  'and',
  'or',
  'not',
  'if',
  'then',
  'else',
  'for',
  'in',
  'return',
  'some',
  'every',
  'satisfies',
  'between',
  'instance',
  'of',
  'function',
]);

export function isVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name) && !RESERVED.has(name);
}

/** Null when the expression parses; otherwise a short description of the syntax error. */
export function feelSyntaxError(expression: string): string | null {
  if (expression.trim() === '') return '表达式为空';
  let bad: { from: number } | null = null;
  parseExpression(expression, {}, undefined).iterate({
    enter(node) {
      if (node.type.isError && bad === null) bad = { from: node.from };
    },
  });
  if (bad === null) return null;
  return `第 ${(bad as { from: number }).from + 1} 个字符附近有语法错误`;
}

/** Evaluates a FEEL expression; null on any error. */
export function evaluateFeel(expression: string, variables: Record<string, unknown>): unknown {
  try {
    const { value } = evaluate(expression, variables);
    return toJson(value);
  } catch {
    return null;
  }
}

/** True only when the expression evaluates to the boolean true. */
export function evaluateCondition(expression: string, variables: Record<string, unknown>): boolean {
  return evaluateFeel(expression, variables) === true;
}

/** Keeps engine state JSON-serialisable: FEEL temporal values become strings, functions/ranges null. */
function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
    }
    const text = String(value);
    return text.startsWith('[object') ? null : text;
  }
  return null;
}
