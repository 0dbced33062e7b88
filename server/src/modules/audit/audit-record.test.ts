import { describe, expect, it } from 'vitest';
import { chainHash, digestOf, type AuditFields } from './audit-record.js';

const record: AuditFields = {
  seq: 1,
  at: new Date('2026-03-02T01:00:00Z'),
  actor_id: null,
  actor_label: 'system',
  action: 'demo.seed',
  target_type: 'system',
  target_id: null,
  request_id: 'r1',
  before_digest: null,
  after_digest: digestOf({ b: 2, a: 1 }),
  detail: { z: 1, a: [1, 2] },
};

describe('audit hash chain', () => {
  it('is deterministic and independent of key order', () => {
    expect(chainHash('0'.repeat(64), record)).toBe(chainHash('0'.repeat(64), { ...record, detail: { a: [1, 2], z: 1 } }));
    expect(digestOf({ a: 1, b: 2 })).toBe(record.after_digest);
    expect(chainHash('0'.repeat(64), record)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when any field or the previous hash changes', () => {
    const h = chainHash('0'.repeat(64), record);
    expect(chainHash('1'.repeat(64), record)).not.toBe(h);
    expect(chainHash('0'.repeat(64), { ...record, action: 'demo.other' })).not.toBe(h);
    expect(chainHash('0'.repeat(64), { ...record, detail: { z: 2, a: [1, 2] } })).not.toBe(h);
    expect(chainHash('0'.repeat(64), { ...record, at: new Date('2026-03-02T01:00:00.001Z') })).not.toBe(h);
  });
});
