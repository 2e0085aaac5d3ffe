import { useEffect, useState } from 'react';
import { timeLeftMs, type ControlState } from '../../shared/workshop/controlState';
import { msUntilNextSecond } from './countdown';

/**
 * Milliseconds left on the step countdown, by the server's clock (`Date.now() + serverOffset`),
 * re-rendering when the shown second changes. Every client computes the same instant from
 * the same state and its measured offset, so the room's screens agree to a few ms.
 */
export function useCountdown(state: ControlState | null, serverOffset: number): number {
  const [, setTick] = useState(0);
  const left = state ? timeLeftMs(state, Date.now() + serverOffset) : 0;
  const running = state?.timer.runningSince != null;

  useEffect(() => {
    if (!running) return;
    const wait = msUntilNextSecond(left);
    if (wait === null) return;
    // A few ms late rather than early, so the render lands past the second boundary.
    const timer = setTimeout(() => setTick((n) => n + 1), wait + 5);
    return () => clearTimeout(timer);
  }, [running, left]);

  return left;
}
