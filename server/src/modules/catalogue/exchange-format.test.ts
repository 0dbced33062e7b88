/** The catalogue exchange format: lossless JSON and CSV round trips, code mapping, and complete error reports. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '@onewindow/common/validators';
import {
  codeMapperFrom,
  decodeCsvBytes,
  EXCHANGE_COLUMNS,
  fromCsv,
  fromExchangeRecord,
  fromJsonDocument,
  identityMapper,
  parseExchangeDateTime,
  toCsv,
  toExchangeRecord,
  toJsonDocument,
  type CodeMapper,
  type ExchangeItem,
  type ExchangeMaterial,
  type ExchangeRecord,
} from './exchange-format.js';
import type { ItemContent } from './item-content.js';
import { immediateItemContent, validItemContent } from './test-fixtures.js';

const USCC = `12330100MB1234567${usccCheckChar('12330100MB1234567')}`;

function exchangeItem(content: ItemContent, overrides: Partial<ExchangeItem> = {}): ExchangeItem {
  return {
    implementationCode: `${USCC}4440709003000`,
    departmentUscc: USCC,
    departmentName: '某市市场监督管理局',
    versionNo: 3,
    status: 'published',
    content,
    ...overrides,
  };
}

function importOne(record: unknown, map: CodeMapper = identityMapper): ExchangeItem {
  const result = fromExchangeRecord(record, map);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.item;
}

function viaJson(items: ExchangeItem[], map: CodeMapper = identityMapper): ExchangeItem[] {
  const text = toJsonDocument(
    items.map((i) => toExchangeRecord(i, map)),
    { exportedAt: '2025-03-01T08:00:00.000Z', integration: null },
  );
  const doc = fromJsonDocument(text);
  if (!doc.ok) throw new Error(JSON.stringify(doc.errors));
  return doc.records.map((r) => importOne(r, map));
}

function viaCsv(items: ExchangeItem[], map: CodeMapper = identityMapper): ExchangeItem[] {
  const parsed = fromCsv(toCsv(items.map((i) => toExchangeRecord(i, map))));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.records.map((r) => importOne(r, map));
}

/** A fresh deep copy of an exported record, to break one thing in. */
const recordOf = (content: ItemContent, map: CodeMapper = identityMapper) =>
  structuredClone(toExchangeRecord(exchangeItem(content), map)) as unknown as Record<string, unknown>;

describe('export to national columns', () => {
  it('writes booleans as 1/0, multi-values ^-joined, units in words and the flow as readable text', () => {
    const rec = toExchangeRecord(exchangeItem(validItemContent()), identityMapper);
    expect(rec).toMatchObject({
      task_name: '食品经营许可',
      catalog_code: '000127005000',
      task_type: '01',
      dept_code: USCC,
      is_online: 1,
      is_fee: 0,
      is_schedule: 1,
      server_type: '2',
      handle_type: '1^2^4',
      online_handle_depth: '1^2^3^4^5^6^7',
      anticipate_day: 20,
      anticipate_type: '工作日',
      promise_type: '工作日',
      handle_area: '3',
      supervise_way: '3',
      ow_online_level: 4,
      ow_version_no: 3,
      ow_status: 'published',
      ow_hall_id: '',
    });
    expect(rec.handle_flow.split('\n')[0]).toBe('1. 受理（1个工作日）：窗口或网上受理人员核对申请材料，材料齐全、符合法定形式的予以受理。');
    expect(rec.materials[1]).toMatchObject({
      material_name: '营业执照',
      material_type: '3',
      page_num: 2,
      is_need: 1,
      source_explain: '市场监督管理部门',
      form_guid: '',
      order_num: 2,
      ow_replaced_by: { kind: 'e_certificate', ref: 'business_licence', label: '营业执照电子证照' },
    });
    expect(rec.materials[2]!.ow_material_applies_when).toEqual([{ scenario: 'situation', options: ['change'] }]);
    expect(rec.ow_scenarios[0]!.options[1]).toEqual({
      key: 'change',
      label: '变更许可事项',
      promised_limit_days: 5,
      note: '变更经营项目、经营场所等许可事项的，须提交原许可证。',
    });
  });

  it('writes no legal-limit unit when there is no legal limit, and fee projects with 是否允许减免', () => {
    const rec = toExchangeRecord(exchangeItem(immediateItemContent()), identityMapper);
    expect(rec.anticipate_day).toBeNull();
    expect(rec.anticipate_type).toBe('');
    expect(rec.handle_area).toBe('');
    expect(rec.fee_projects).toEqual([
      {
        fee_name: '档案材料复印费',
        fee_stand: '每页0.5元',
        by_law: '某省发展改革委关于人才服务收费标准的通知',
        is_desc: 1,
        desc_explain: '最低生活保障对象免收。',
      },
    ]);
    expect(rec.fee_basis).toBe('某省发展改革委关于人才服务收费标准的通知');
  });
});

describe('lossless round trips', () => {
  const items = () => [exchangeItem(validItemContent()), exchangeItem(immediateItemContent(), { versionNo: null, status: 'draft' })];

  it('JSON document gives back the same items', () => {
    expect(viaJson(items())).toEqual(items());
  });

  it('CSV gives back the same items', () => {
    expect(viaCsv(items())).toEqual(items());
  });

  it('keeps a hall, file ids and a registry replacement', () => {
    const content = immediateItemContent({ hallId: '00000000-0000-4000-8000-00000000000a' });
    content.materials[0]!.replacedBy = { kind: 'registry', ref: 'person.name', label: '户籍信息' };
    content.materials[0]!.blankFormFileId = '00000000-0000-4000-8000-00000000000b';
    const item = exchangeItem(content);
    expect(viaJson([item])).toEqual([item]);
    expect(viaCsv([item])).toEqual([item]);
  });

  it('Chinese text with commas, quotes and line breaks survives CSV, also inside the JSON cells', () => {
    const content = validItemContent({
      name: '食品经营许可（新办，"变更"与延续）',
      acceptanceConditions: '第一行，含逗号；\r\n第二行 "引号" 与 \'单引号\'\n第三行',
      aliases: ['办证, 许可', '"食品"证'],
    });
    content.materials[0]!.fillingNotes = '签字，盖章\n"法定代表人"须到场';
    content.faqs[0]!.answer = '不需要，"全程网办"。\r\n可下载电子证照。';
    const item = exchangeItem(content);
    const text = toCsv([toExchangeRecord(item, identityMapper)]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(viaCsv([item])).toEqual([item]);
  });

  it('writes a header row of the column names and one row per item', () => {
    const text = toCsv([toExchangeRecord(exchangeItem(validItemContent()), identityMapper)]);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(EXCHANGE_COLUMNS);
    const cell = (name: string) => rows[1]![EXCHANGE_COLUMNS.indexOf(name as keyof ExchangeRecord)];
    expect(cell('is_online')).toBe('1');
    expect(cell('server_type')).toBe('2');
    expect(JSON.parse(cell('materials')!)).toHaveLength(3);
  });
});

describe('code mapping', () => {
  // A province that swaps 行政机关 and 其他组织 and writes 事项类型 without the leading zero.
  const province = codeMapperFrom([
    { listKey: 'audience', nationalCode: '5', externalCode: '6' },
    { listKey: 'audience', nationalCode: '6', externalCode: '5' },
    { listKey: 'item_type', nationalCode: '01', externalCode: '1' },
    { listKey: 'item_type', nationalCode: '20', externalCode: '14' },
  ]);

  it('maps national codes out on export and back on import', () => {
    const content = validItemContent({ audiences: ['2', '5'] });
    const rec = toExchangeRecord(exchangeItem(content), province);
    expect(rec.task_type).toBe('1');
    expect(rec.server_type).toBe('2^6');
    expect(viaJson([exchangeItem(content)], province)[0]!.content).toEqual(content);
    expect(viaCsv([exchangeItem(immediateItemContent())], province)[0]!.content.itemType).toBe('20');
  });

  it('reads a provincial record with the wrong mapper as the codes it says', () => {
    const rec = toExchangeRecord(exchangeItem(validItemContent({ audiences: ['2', '5'] })), province);
    const result = fromExchangeRecord(rec, identityMapper);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ field: 'task_type', message: '“1”不是有效的事项类型代码' }]);
  });

  it('refuses a code that the integration replaced by another one', () => {
    const rec = recordOf(validItemContent(), province);
    rec.task_type = '01';
    const result = fromExchangeRecord(rec, province);
    expect(result).toEqual({ ok: false, errors: [{ field: 'task_type', message: '“01”在代码映射中没有对应的事项类型代码' }] });
  });
});

describe('import reports every problem', () => {
  it('reports three independent problems of one record, each once', () => {
    const rec = recordOf(validItemContent());
    delete rec.task_name;
    rec.server_type = '2^7';
    rec.promise_day = 1000;
    const result = fromExchangeRecord(rec, identityMapper);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'task_name', message: '缺少此字段' },
        { field: 'server_type', message: '“7”不是有效的服务对象代码' },
        { field: 'promise_day', message: '不能大于 999' },
      ]),
    );
  });

  it('names nested fields by their exchange names and folds union errors into one message', () => {
    const rec = recordOf(validItemContent());
    const materials = rec.materials as ExchangeMaterial[];
    materials[0]!.material_name = '材'.repeat(201);
    materials[1]!.material_format = '7';
    (materials[1]!.ow_replaced_by as { kind: string }).kind = 'paper';
    rec.result_guid = 'not-a-uuid';
    rec.anticipate_day = '20';
    rec.is_fee = true;
    rec.ow_status = 'archived';
    (rec.ow_scenarios as Array<{ options: Array<Record<string, unknown>> }>)[0]!.options[1]!.promised_limit_days = '5';
    (rec.ow_process_steps as Array<Record<string, unknown>>)[0]!.timeLimit = '1天';
    rec.ow_extra = 1;
    const result = fromExchangeRecord(rec, identityMapper);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(10);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'materials[0].material_name', message: '不能超过 200 个字符' },
        { field: 'materials[1].material_format', message: '“7”不是有效的材料形式代码' },
        { field: 'materials[1].ow_replaced_by.kind', message: '不是允许的值' },
        { field: 'result_guid', message: '不是有效的 UUID' },
        { field: 'anticipate_day', message: '应为整数或空值' },
        { field: 'is_fee', message: '应为 1（是）或 0（否）' },
        { field: 'ow_status', message: '不是有效的版本状态' },
        { field: 'ow_scenarios[0].options[1].promised_limit_days', message: '应为整数或空值' },
        { field: 'ow_process_steps[0].timeLimit', message: '不认识的字段' },
        { field: 'ow_extra', message: '不认识的扩展字段' },
      ]),
    );
  });

  it('checks the department code and the agreement of the two time-limit units', () => {
    const rec = recordOf(validItemContent());
    rec.dept_code = '12330100MB12345670';
    rec.anticipate_type = '自然日';
    const result = fromExchangeRecord(rec, identityMapper);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'dept_code', message: '不是有效的统一社会信用代码（GB 32100）' },
        { field: 'anticipate_type', message: '法定办结时限单位须与承诺办结时限单位一致' },
      ],
    });
  });

  it('rejects a record that is not an object', () => {
    expect(fromExchangeRecord(['task_name'], identityMapper)).toEqual({
      ok: false,
      errors: [{ field: '', message: '每条记录应为一个对象' }],
    });
  });
});

describe('records with only the national columns', () => {
  it('imports with the documented fallbacks for every ow_ field', () => {
    const rec = recordOf(validItemContent());
    for (const k of Object.keys(rec)) if (k.startsWith('ow_')) delete rec[k];
    for (const m of rec.materials as Array<Record<string, unknown>>) for (const k of Object.keys(m)) if (k.startsWith('ow_')) delete m[k];
    rec.task_state = '1';
    rec.cd_batch = 'B20250301';
    const item = importOne(rec);
    const original = validItemContent();
    expect(item.status).toBe('draft');
    expect(item.versionNo).toBeNull();
    expect(item.content.processSteps).toEqual(original.processSteps);
    expect(item.content.onlineLevel).toBe(4);
    expect(item.content.materials.map((m) => m.key)).toEqual(['m1', 'm2', 'm3']);
    expect(item.content.materials.map((m) => [m.originalCopies, m.photocopyCopies])).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
    ]);
    expect(item.content.materials.map((m) => m.replacedBy)).toEqual([null, null, null]);
    expect(item.content).toMatchObject({ aliases: [], scenarios: [], consultPhone: '', complaintPhone: '', hallId: null });
  });

  it('puts an error in a derived value on the column it came from', () => {
    const rec = recordOf(validItemContent());
    const m = (rec.materials as Array<Record<string, unknown>>)[0]!;
    delete m.ow_original_copies;
    delete m.ow_photocopy_copies;
    m.page_num = 150;
    const result = fromExchangeRecord(rec, identityMapper);
    expect(result).toEqual({ ok: false, errors: [{ field: 'materials[0].page_num', message: '不能大于 99' }] });
  });
});

describe('CSV import', () => {
  const record = () => toExchangeRecord(exchangeItem(validItemContent()), identityMapper);

  it('reports a cell with broken JSON on its spreadsheet row', () => {
    const broken = { ...record(), materials: '[{"material_name": "申请书",' as unknown as ExchangeMaterial[] };
    const result = fromCsv(toCsv([record(), broken, record()]));
    expect(result).toEqual({ ok: false, errors: [{ row: 3, field: 'materials', message: '单元格内容不是有效的 JSON' }] });
  });

  it('counts blank rows, reports bad numbers and flags, and a short row', () => {
    const [header, good] = parse(toCsv([record()]), { bom: true }) as string[][];
    const bad = [...good!];
    bad[header!.indexOf('promise_day')] = '十';
    bad[header!.indexOf('is_online')] = '是';
    const text = [csvLine(header!), csvLine(good!), '', csvLine(bad), 'a,b'].join('\r\n');
    const result = fromCsv(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 4, field: 'promise_day', message: '应为整数' },
        { row: 4, field: 'is_online', message: '应为 1（是）或 0（否）' },
        { row: 5, field: '', message: `本行有 2 列，表头有 ${header!.length} 列` },
      ],
    });
  });

  it('reports missing and unknown columns on the header row', () => {
    const text = 'task_name,ow_colour\r\n食品经营许可,红\r\n';
    const result = fromCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ row: 1, field: 'ow_colour', message: '不认识的扩展列' });
    expect(result.errors).toContainEqual({ row: 1, field: 'catalog_code', message: '缺少此列' });
    expect(result.errors.every((e) => e.row === 1)).toBe(true);
  });

  it('reports an unclosed quote with the row it starts on', () => {
    const result = fromCsv('task_name,catalog_code\r\n甲,1\r\n"乙,2\r\n');
    expect(result).toEqual({ ok: false, errors: [{ row: 3, field: '', message: 'CSV 格式错误：引号没有闭合' }] });
  });

  it('reads numbers and flags back as the types the export wrote, empty nullable numbers as null', () => {
    const result = fromCsv(toCsv([toExchangeRecord(exchangeItem(immediateItemContent(), { versionNo: null }), identityMapper)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records[0]).toMatchObject({ promise_day: 0, anticipate_day: null, is_fee: 1, ow_version_no: null, ow_online_level: 1 });
  });

  it('decodes UTF-8 (dropping the BOM) and, failing that, GB 18030 as Excel on Chinese Windows writes it', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFFtask_name\r\n中文'))).toBe('task_name\r\n中文');
    const gbk = Uint8Array.from([...new TextEncoder().encode('task_name\r\n'), 0xd6, 0xd0, 0xce, 0xc4]);
    expect(decodeCsvBytes(gbk)).toBe('task_name\r\n中文');
  });
});

/** One CSV line from cells (quotes every cell, as a spreadsheet may). */
function csvLine(cells: string[]): string {
  return cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
}

describe('JSON document', () => {
  it('has the envelope and reads it back', () => {
    const text = toJsonDocument([], { exportedAt: '2025-03-01T08:00:00.000Z', integration: 'zj-province' });
    expect(JSON.parse(text)).toEqual({
      format: 'onewindow-catalogue',
      standard: 'GB/T 39046-2020',
      exportedAt: '2025-03-01T08:00:00.000Z',
      integration: 'zj-province',
      items: [],
    });
    expect(fromJsonDocument(`\uFEFF${text}`)).toEqual({
      ok: true,
      records: [],
      integration: 'zj-province',
      exportedAt: '2025-03-01T08:00:00.000Z',
    });
  });

  it('rejects broken JSON and a document of another format', () => {
    expect(fromJsonDocument('{"format":')).toEqual({ ok: false, errors: [{ field: '', message: '文件不是有效的 JSON' }] });
    expect(fromJsonDocument('{"format":"other","items":{}}')).toEqual({
      ok: false,
      errors: [
        { field: 'format', message: '不是事项交换文件（format 应为“onewindow-catalogue”）' },
        { field: 'items', message: '缺少事项数组' },
      ],
    });
  });

  it('accepts the GB/T 39046 date-time forms as Beijing time', () => {
    const expected = '2025-03-01T06:30:15.000Z';
    for (const s of ['20250301143015', '20250301T143015', '2025030114:30:15', '2025-03-01T14:30:15+08:00']) {
      expect(parseExchangeDateTime(s)?.toISOString()).toBe(expected);
    }
    expect(parseExchangeDateTime('20250301')?.toISOString()).toBe('2025-02-28T16:00:00.000Z');
    expect(parseExchangeDateTime('20250230143015')).toBeNull();
    expect(parseExchangeDateTime('2025-03-01 14:30')).toBeNull();
    const doc = fromJsonDocument(JSON.stringify({ format: 'onewindow-catalogue', exportedAt: '20250301T143015', items: [] }));
    expect(doc).toMatchObject({ ok: true, exportedAt: expected, integration: null });
  });
});
