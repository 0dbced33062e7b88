/**
 * Autosave of the apply page: the first change creates a draft (POST /api/applications/drafts), later
 * changes are saved (PUT /api/applications/drafts/{id}) 1.5 s after the applicant stops typing. Saves run
 * one after another, so a slow answer never overwrites a newer one. `settle()` stops saving and waits for
 * what is under way, and gives the draft id to submit with (so a submission never leaves a stray draft).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { draftBody, type ApplyState } from './apply-state';

export const AUTOSAVE_DELAY_MS = 1500;

export type AutosaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

export function useDraftAutosave(itemCode: string, initialDraftId: string | null) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const draftId = useRef<string | null>(initialDraftId);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<ApplyState | null>(null);
  const stopped = useRef(false);
  /** a draft exists or its creation is under way */
  const started = useRef(initialDraftId !== null);

  const save = useCallback(() => {
    chain.current = chain.current.then(async () => {
      const state = latest.current;
      if (!state || stopped.current) return;
      setStatus({ kind: 'saving' });
      try {
        const body = draftBody(state);
        const saved = draftId.current
          ? await unwrap(api.PUT('/api/applications/drafts/{id}', { params: { path: { id: draftId.current } }, body }))
          : await unwrap(api.POST('/api/applications/drafts', { body: { ...body, itemCode } }));
        draftId.current = saved.id;
        setStatus({ kind: 'saved', at: new Date(saved.updatedAt) });
      } catch (error) {
        setStatus({ kind: 'failed', error });
      }
    });
    return chain.current;
  }, [itemCode]);

  /** Call on every change of the applicant's input. */
  const changed = useCallback(
    (state: ApplyState) => {
      if (stopped.current) return;
      latest.current = state;
      if (timer.current) clearTimeout(timer.current);
      // the first change creates the draft at once; later ones wait for a pause
      if (!started.current) {
        started.current = true;
        void save();
      } else timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  /** Stops autosaving, waits for saves under way, and returns the draft id (null when none was made). */
  const settle = useCallback(async () => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    await chain.current;
    return draftId.current;
  }, []);

  /** Autosave again (after a submission that did not go through). */
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  useEffect(
    () => () => {
      // leaving the page: save what is pending right away instead of dropping it
      if (timer.current && !stopped.current) {
        clearTimeout(timer.current);
        void save();
      }
    },
    [save],
  );

  return { status, changed, settle, resume };
}
