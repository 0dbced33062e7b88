import { describe, expect, it } from 'vitest';
import { diffValue } from './diff-format';

describe('diffValue', () => {
  it('says nothing for empty values', () => {
    expect(diffValue(null)).toEqual({ kind: 'empty' });
    expect(diffValue(undefined)).toEqual({ kind: 'empty' });
    expect(diffValue('  ')).toEqual({ kind: 'empty' });
    expect(diffValue([])).toEqual({ kind: 'empty' });
  });
  it('keeps text and numbers and booleans', () => {
    expect(diffValue('窗口办理')).toEqual({ kind: 'text', text: '窗口办理' });
    expect(diffValue(0)).toEqual({ kind: 'text', text: '0' });
    expect(diffValue(false)).toEqual({ kind: 'bool', value: false });
  });
  it('joins lists of plain values', () => {
    expect(diffValue(['1', '2', 3])).toEqual({ kind: 'text', text: '1、2、3' });
  });
  it('pretty-prints objects and lists of objects', () => {
    expect(diffValue({ name: '受理' })).toEqual({ kind: 'json', text: '{\n  "name": "受理"\n}' });
    expect(diffValue([{ a: 1 }]).kind).toBe('json');
  });
});
