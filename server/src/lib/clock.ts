/** Time is a dependency: use cases ask the clock, tests pass a fixed or advancing one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export function manualClock(start: Date | string = '2026-03-02T09:00:00+08:00') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(to: Date | string) {
      t = new Date(to).getTime();
    },
  };
}
