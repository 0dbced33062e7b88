import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toWrite } from './ApplicationActionModal';

describe('application action bodies', () => {
  it('补正 and 容缺 send every item trimmed, with the version seen; the deadline as a China date', () => {
    const items = [{ name: ' 营业执照 ', problem: ' 未加盖公章 ' }];
    expect(toWrite('request_correction', { items }, 3)).toEqual({
      kind: 'request_correction',
      body: { items: [{ name: '营业执照', problem: '未加盖公章' }], version: 3 },
    });
    expect(toWrite('tolerate', { items, deadline: dayjs('2026-12-20'), commitmentSigned: true }, 4)).toEqual({
      kind: 'tolerate',
      body: { items: [{ name: '营业执照', problem: '未加盖公章' }], deadline: '2026-12-20', commitmentSigned: true, version: 4 },
    });
  });

  it('特别程序 without an expected end sends null; an empty opinion is null; 延期 and 送达 carry their fields', () => {
    expect(toWrite('special_start', { kindName: '现场勘查', reason: ' 核实场所 ', expectedEnd: null }, 1)).toEqual({
      kind: 'special_start',
      body: { kindName: '现场勘查', reason: '核实场所', expectedEnd: null, version: 1 },
    });
    expect(toWrite('special_end', { result: '符合要求', opinion: '  ' }, 2)).toEqual({
      kind: 'special_end',
      body: { result: '符合要求', opinion: null, version: 2 },
    });
    expect(toWrite('extend', { reason: '需专家论证' }, 5)).toEqual({ kind: 'extend', body: { reason: '需专家论证', version: 5 } });
    expect(toWrite('deliver', { method: 'post' }, 6)).toEqual({ kind: 'deliver', body: { method: 'post', version: 6 } });
  });
});
