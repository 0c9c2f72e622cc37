// Time is injected so tests can move it; the server's clock decides every deadline.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export function fixedClock(start: Date): Clock & { set(d: Date): void; advance(ms: number): void } {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = d.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/**
 * The system clock moved forward by an offset a platform admin sets (CLOCK_CONTROL, demo mode
 * only): browser tests and demonstrations pass a tender deadline without waiting ten days.
 */
export interface AdjustableClock extends Clock {
  advance(ms: number): void;
  offsetMs(): number;
}

export function adjustableClock(base: Clock): AdjustableClock {
  let offset = 0;
  return {
    now: () => new Date(base.now().getTime() + offset),
    advance: (ms) => {
      offset += ms;
    },
    offsetMs: () => offset,
  };
}

export function isAdjustable(clock: Clock): clock is AdjustableClock {
  return 'offsetMs' in clock && typeof clock.offsetMs === 'function';
}
