/** Query keys of the applicant's application pages (all start with 'applications'). */
export const applicationKeys = {
  all: ['applications'] as const,
  applyContext: (code: string) => ['applications', 'apply-context', code] as const,
  draft: (id: string) => ['applications', 'draft', id] as const,
  mine: ['applications', 'mine'] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
  progress: (number: string, code: string) => ['applications', 'progress', number, code] as const,
};
