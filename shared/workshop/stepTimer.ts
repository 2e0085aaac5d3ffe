/**
 * The step countdown. It stores the time left when it last started (or paused) rather
 * than the time elapsed, so pausing, resuming and adding time are exact, and adding a
 * minute to a countdown that ran out while running gives that minute, not nothing.
 */
export interface StepTimer {
  /** The step's time box with any time added: what a progress bar measures against. */
  durationMs: number;
  /** Time left at `runningSince`, or now while paused. */
  remainingMs: number;
  /** Server time the countdown last started, or null while paused. */
  runningSince: number | null;
}

/** The longest time box, so repeated "+5 min" cannot grow a countdown without end. */
export const MAX_TIMER_MS = 4 * 60 * 60_000;

export function newTimer(ms: number, now: number, running: boolean): StepTimer {
  const durationMs = clampMs(ms);
  return { durationMs, remainingMs: durationMs, runningSince: running ? now : null };
}

/** Milliseconds left at server time `now`; never negative, stays at zero once run out. */
export function timerLeftMs(timer: StepTimer, now: number): number {
  if (timer.runningSince === null) return timer.remainingMs;
  // A server clock stepping back must not add time.
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.runningSince));
}

export function startTimer(timer: StepTimer, now: number): StepTimer {
  return timer.runningSince !== null ? timer : { ...timer, runningSince: now };
}

export function pauseTimer(timer: StepTimer, now: number): StepTimer {
  return timer.runningSince === null ? timer : { ...timer, remainingMs: timerLeftMs(timer, now), runningSince: null };
}

/** Adds (or, negative, takes away) time from what is left now; running or paused stays so. */
export function addTime(timer: StepTimer, ms: number, now: number): StepTimer {
  const remainingMs = clampMs(timerLeftMs(timer, now) + ms);
  return {
    durationMs: clampMs(Math.max(remainingMs, timer.durationMs + ms)),
    remainingMs,
    runningSince: timer.runningSince === null ? null : now,
  };
}

/** Restarts the time box at `ms`; running or paused stays so. */
export function setTime(timer: StepTimer, ms: number, now: number): StepTimer {
  return newTimer(ms, now, timer.runningSince !== null);
}

function clampMs(ms: number): number {
  return Math.min(Math.max(Math.round(ms), 0), MAX_TIMER_MS);
}
