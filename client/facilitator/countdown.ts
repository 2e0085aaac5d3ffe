/** How the step countdown reads: whole seconds, rounded up, so "0:00" means time is up. */

export type CountdownTone = 'normal' | 'ending' | 'over';

/** The last minute turns the countdown red; zero stays red. */
export const ENDING_MS = 60_000;

/**
 * @example formatCountdown(61_200) // "1:02"
 * @example formatCountdown(3_725_000) // "1:02:05"
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function countdownTone(ms: number): CountdownTone {
  if (ms <= 0) return 'over';
  return ms <= ENDING_MS ? 'ending' : 'normal';
}

/**
 * Milliseconds until the shown second changes, or null once at zero. Re-rendering at
 * exactly that moment (rather than every 1000 ms from whenever the page loaded) makes
 * every screen in the room flip to the next second together.
 */
export function msUntilNextSecond(ms: number): number | null {
  if (ms <= 0) return null;
  return ms % 1000 || 1000;
}
