import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, usccCheckChar } from '@onewindow/common/validators';
import { applicantOf, materialInputs, missingMaterials, visitorFacts, visitorProblems, type MaterialState } from './intake-helpers';

const id17 = '11010519900307123';
const ID = id17 + idNumberCheckChar(id17);
const uscc17 = '91990100MA0000001';
const USCC = uscc17 + usccCheckChar(uscc17);
const file = (id: string) => ({
  id,
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'a'.repeat(64),
  scanStatus: 'clean' as const,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('visitor', () => {
  it('a person needs a valid ID number and mobile; a unit a valid USCC', () => {
    expect(visitorProblems({ kind: 'person', name: '王五', idNumber: ID, mobile: '13900000000' })).toEqual({});
    expect(
      visitorProblems({ kind: 'person', name: ' ', idNumber: id17 + (idNumberCheckChar(id17) === '0' ? '1' : '0'), mobile: '139' }),
    ).toEqual({
      name: 'required',
      idNumber: 'invalid',
      mobile: 'invalid',
    });
    expect(visitorProblems({ kind: 'enterprise', name: '某公司', uscc: '', mobile: '13900000000' })).toEqual({ uscc: 'required' });
    expect(visitorProblems({ kind: 'enterprise', name: '某公司', uscc: USCC.toLowerCase(), mobile: '13900000000' })).toEqual({});
  });

  it('sends only the identifier of its kind, trimmed and upper-cased, and prefills by kind', () => {
    const person = { kind: 'person' as const, name: ' 王五 ', idNumber: ` ${ID.toLowerCase()} `, uscc: 'x', mobile: '13900000000 ' };
    expect(applicantOf(person)).toEqual({ kind: 'person', name: '王五', idNumber: ID.toUpperCase(), mobile: '13900000000' });
    const unit = { kind: 'enterprise' as const, name: '某公司', idNumber: 'x', uscc: USCC, mobile: '13900000000' };
    expect(applicantOf(unit)).toEqual({ kind: 'enterprise', name: '某公司', uscc: USCC, mobile: '13900000000' });
    expect(visitorFacts(unit)).toEqual({ mobile: '13900000000', enterprise: { name: '某公司', uscc: USCC } });
  });
});

describe('materials', () => {
  const needs = [
    { key: 'a', name: '身份证', required: true },
    { key: 'b', name: '照片', required: true },
    { key: 'c', name: '委托书', required: false },
  ];
  it('paper or a file counts; required ones without either are missing; empty ones are not sent', () => {
    const state: Record<string, MaterialState> = { a: { paper: true, files: [] }, c: { paper: false, files: [file('u1'), file('u2')] } };
    expect(missingMaterials(needs, state).map((m) => m.key)).toEqual(['b']);
    expect(materialInputs(needs, { ...state, b: { paper: false, files: [] } })).toEqual([
      { materialKey: 'a', uploadIds: [], paper: true },
      { materialKey: 'c', uploadIds: ['u1', 'u2'] },
    ]);
  });
});
