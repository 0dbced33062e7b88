/**
 * Helper types that read request and response shapes out of the generated OpenAPI `paths`
 * (schema.gen.ts, `npm run gen:api`), so every feature's types are derived the same way.
 */
import type { paths } from './schema.gen';

/** One operation (path + method) of the API. */
export type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
/** The `application/json` content of a request body or response. */
export type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The 200/201 JSON body of an operation. */
export type Res<P extends keyof paths, M extends keyof paths[P]> =
  Op<P, M> extends { responses: infer R }
    ? R extends { 200: infer X }
      ? JsonOf<X>
      : R extends { 201: infer Y }
        ? JsonOf<Y>
        : never
    : never;
/** The JSON request body of an operation. */
export type Body<P extends keyof paths, M extends keyof paths[P]> =
  Op<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The query parameters of an operation. */
export type Query<P extends keyof paths, M extends keyof paths[P]> =
  Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The element type of a paged `{ items: [...] }` body. */
export type Item<T> = T extends { items: Array<infer I> } ? I : never;
