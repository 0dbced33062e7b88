/** Schemas shared by many routes: the one error body, ids, pages. */
import { Type, type Static, type TSchema } from 'typebox';

export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'stable error code, e.g. VALIDATION_FAILED' }),
    message: Type.String({ description: 'Chinese message safe to show to a person' }),
    details: Type.Optional(Type.Unknown({ description: 'field errors or allowed actions' })),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'ErrorBody', description: '错误 / error' },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** Standard error responses to add to a route's `response`. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('ErrorBody')])) as Record<number, TSchema>;
}

export const Page = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) });

export const PageQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1000000, default: 0 }),
  },
  { additionalProperties: false },
);
