import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../identity/principal.js';
import { StaffRoleSchema } from './schemas.js';

describe('StaffRoleSchema', () => {
  it('lists exactly the staff roles of principal.ts', () => {
    expect(StaffRoleSchema.anyOf.map((s) => s.const)).toEqual([...STAFF_ROLES]);
  });
});
