import { expect, it } from 'vitest';
import { correctionNote, namedFirst, toleranceOf } from './follow-up';
import type { ApplicationDetail, Material } from './types';

const entry = (step: string, note: string | null) => ({ at: '2026-01-05T01:00:00Z', step, department: '市场监管局', note });

it('reads the latest 补正告知 note from the timeline', () => {
  const timeline = [
    entry('申报 / 收件', '网上申报'),
    entry('补正告知', '需补正 1 项：旧'),
    entry('提交补正材料', null),
    entry('补正告知', '需补正 1 项：租赁合同'),
  ];
  expect(correctionNote({ timeline })).toBe('需补正 1 项：租赁合同');
  expect(correctionNote({ timeline: [entry('申报 / 收件', null)] })).toBeNull();
});

it('reads the tolerated items and deadline, ignoring malformed entries', () => {
  const tolerance = { pending: true, deadline: '2026-02-01', items: [{ name: '租赁合同', problem: '未盖章' }, { oops: 1 }] };
  expect(toleranceOf({ tolerance } as Pick<ApplicationDetail, 'tolerance'>)).toEqual({
    pending: true,
    deadline: '2026-02-01',
    items: [{ name: '租赁合同', problem: '未盖章' }],
  });
  expect(toleranceOf({ tolerance: null })).toBeNull();
});

it('puts the materials named in the request first', () => {
  const ms = [
    { key: 'a', name: '申请书' },
    { key: 'b', name: '租赁合同' },
  ] as Material[];
  expect(namedFirst(ms, '需补正 1 项：租赁合同').map((r) => [r.material.key, r.named])).toEqual([
    ['b', true],
    ['a', false],
  ]);
});
