import { describe, expect, it } from 'vitest';
import { exportFileName, formatOfFileName, importRowErrors, integrationsOf, INTEGRATION_PATTERN, mappingRows } from './exchange-helpers';

describe('exportFileName', () => {
  it('names the file by the local date and format', () => {
    expect(exportFileName('json', new Date(2026, 11, 2, 23, 30))).toBe('事项目录-2026-12-02.json');
    expect(exportFileName('csv', new Date(2026, 0, 9), 'zj')).toBe('事项目录-zj-2026-01-09.csv');
  });
});

describe('formatOfFileName', () => {
  it('reads json and csv extensions in any case', () => {
    expect(formatOfFileName('目录.JSON')).toBe('json');
    expect(formatOfFileName('a.b.csv')).toBe('csv');
    expect(formatOfFileName('a.xlsx')).toBeNull();
    expect(formatOfFileName('csv')).toBeNull();
  });
});

describe('INTEGRATION_PATTERN', () => {
  it('matches the server pattern', () => {
    expect(INTEGRATION_PATTERN.test('zj-province')).toBe(true);
    expect(INTEGRATION_PATTERN.test('Zj')).toBe(false);
    expect(INTEGRATION_PATTERN.test('z')).toBe(false);
  });
});

describe('importRowErrors', () => {
  it('reads every invalid row with its errors', () => {
    const rows = importRowErrors({
      rows: [
        { row: 2, implementationCode: 'X-1', errors: [{ field: 'itemType', message: '事项类型代码不存在' }] },
        { row: 5, errors: [{ message: '缺少实施编码' }, 'junk'] },
        { nope: true },
      ],
    });
    expect(rows).toEqual([
      { row: 2, implementationCode: 'X-1', errors: [{ field: 'itemType', message: '事项类型代码不存在' }] },
      { row: 5, errors: [{ field: '', message: '缺少实施编码' }] },
    ]);
  });
  it('gives nothing for other details', () => {
    expect(importRowErrors(undefined)).toEqual([]);
    expect(importRowErrors([{ field: 'data' }])).toEqual([]);
  });
});

describe('mappingRows', () => {
  const mappings = [
    { integration: 'zj', listKey: 'item_type', nationalCode: '01', externalCode: 'XK' },
    { integration: 'zj', listKey: 'case_type', nationalCode: '01', externalCode: 'JB' },
    { integration: 'gd', listKey: 'item_type', nationalCode: '02', externalCode: 'CF' },
  ];
  it('lists every national code of the list with its mapping', () => {
    const rows = mappingRows(
      'item_type',
      [
        { code: '01', label: '行政许可' },
        { code: '20', label: '公共服务' },
      ],
      mappings.filter((m) => m.integration === 'zj'),
    );
    expect(rows).toEqual([
      { nationalCode: '01', label: '行政许可', externalCode: 'XK' },
      { nationalCode: '20', label: '公共服务', externalCode: null },
    ]);
  });
  it('lists the integrations', () => {
    expect(integrationsOf(mappings)).toEqual(['gd', 'zj']);
  });
});
