import { describe, expect, it } from 'vitest';
import { toDivisionTree } from './division-tree';

describe('toDivisionTree', () => {
  it('nests divisions under their parents in code order', () => {
    const tree = toDivisionTree([
      { code: '990103', name: '西城区', level: 3, parentCode: '990100' },
      { code: '990100', name: '示范市', level: 2, parentCode: '990000' },
      { code: '990102', name: '东城区', level: 3, parentCode: '990100' },
      { code: '990000', name: '示范省', level: 1, parentCode: null },
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.value).toBe('990000');
    expect(tree[0]?.children?.[0]?.children?.map((n) => n.value)).toEqual(['990102', '990103']);
    expect(tree[0]?.children?.[0]?.title).toBe('示范市（990100）');
  });
  it('makes a division with an unlisted parent a root', () => {
    const tree = toDivisionTree([{ code: '990121', name: '示范县', level: 3, parentCode: '990100' }]);
    expect(tree.map((n) => n.value)).toEqual(['990121']);
  });
});
