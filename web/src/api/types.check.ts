// Compile-time guard: a derived type that resolved to `never` would let any code type-check, so each
// one is asserted to be a real type (`npm run check` runs tsc over this file).
import type * as T from './types';

type NotNever<X> = [X] extends [never] ? false : true;
type All<R extends readonly boolean[]> = R[number] extends true ? true : false;
const derivedTypesAreReal: All<
  [
    NotNever<T.Session>,
    NotNever<T.Account>,
    NotNever<T.DepartmentRef>,
    NotNever<T.Ok>,
    NotNever<T.TotpEnrolment>,
    NotNever<T.LoginInput>,
    NotNever<T.RegisterPersonInput>,
    NotNever<T.RegisterEnterpriseInput>,
    NotNever<T.Division>,
    NotNever<T.Department>,
    NotNever<T.DepartmentInput>,
    NotNever<T.DepartmentPatch>,
    NotNever<T.Hall>,
    NotNever<T.HallInput>,
    NotNever<T.HallWindow>,
    NotNever<T.WindowInput>,
    NotNever<T.WindowPatch>,
    NotNever<T.StaffMember>,
    NotNever<T.StaffQuery>,
    NotNever<T.CreateStaffInput>,
    NotNever<T.UpdateStaffInput>,
    NotNever<T.DataAccessEntry>,
    NotNever<T.MessageList>,
    NotNever<T.Message>,
    NotNever<T.AuditEntry>,
    NotNever<T.AuditQuery>,
    NotNever<T.ChainReport>,
    NotNever<T.JobQuery>,
    NotNever<T.Job>,
    NotNever<T.Outbox>,
    NotNever<T.OutboxItem>,
    NotNever<T.MfaState>,
    NotNever<T.ActiveStatus>,
    NotNever<T.WindowKind>,
    NotNever<T.StaffStatus>,
  ]
> = true;
export default derivedTypesAreReal;
