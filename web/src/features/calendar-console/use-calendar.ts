/** Queries and mutations of the working calendar (/api/calendar, /api/console/calendar). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type CalendarYear = Json<paths['/api/calendar/{year}']['get']['responses'][200]>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarYearInput = Json<NonNullable<paths['/api/console/calendar/years/{year}']['put']['requestBody']>>;
export type CalendarStatus = Json<paths['/api/calendar/status']['get']['responses'][200]>;
export type HallClosure = Json<paths['/api/console/calendar/closures']['get']['responses'][200]>['items'][number];
export type ClosureInput = Json<NonNullable<paths['/api/console/calendar/closures']['post']['requestBody']>>;
export type DueDate = Json<paths['/api/calendar/due-date']['get']['responses'][200]>;

export const calendarKeys = {
  all: ['calendar'] as const,
  status: ['calendar', 'status'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  closures: (year: number) => ['calendar', 'closures', year] as const,
};

export function useCalendarStatus() {
  return useQuery({
    queryKey: calendarKeys.status,
    queryFn: async (): Promise<CalendarStatus> => unwrap(api.GET('/api/calendar/status')),
  });
}

/** The year's notice days; `null` when the year has not been entered (404). */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: async (): Promise<CalendarYear | null> => {
      try {
        return await unwrap(api.GET('/api/calendar/{year}', { params: { path: { year } } }));
      } catch (error) {
        if (isApiError(error, 'NOT_FOUND')) return null;
        throw error;
      }
    },
  });
}

export function useSaveCalendarYear(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CalendarYearInput): Promise<CalendarYear> =>
      unwrap(api.PUT('/api/console/calendar/years/{year}', { params: { path: { year } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useHallClosures(year: number) {
  return useQuery({
    queryKey: calendarKeys.closures(year),
    queryFn: async (): Promise<{ items: HallClosure[] }> =>
      unwrap(api.GET('/api/console/calendar/closures', { params: { query: { year } } })),
  });
}

export function useAddClosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ClosureInput): Promise<HallClosure> => unwrap(api.POST('/api/console/calendar/closures', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useRemoveClosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(api.DELETE('/api/console/calendar/closures/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDueDate() {
  return useMutation({
    mutationFn: async (query: { start: string; days: number; hallId?: string }): Promise<DueDate> =>
      unwrap(api.GET('/api/calendar/due-date', { params: { query } })),
  });
}
