/** What a use case may know of the request that called it (never the HTTP objects themselves). */
export interface RequestMeta {
  requestId: string;
  ip?: string;
  userAgent?: string;
}
