/** Query keys of the applications console, in one place. */
export const consoleApplicationKeys = {
  all: ['console-applications'] as const,
  inbox: (mine: boolean, page: number) => ['console-applications', 'inbox', { mine, page }] as const,
  detail: (id: string) => ['console-applications', 'detail', id] as const,
  applyContext: (code: string) => ['console-applications', 'apply-context', code] as const,
  definition: (id: string) => ['console-applications', 'definition', id] as const,
};
