/** One ping/pong round trip: client send, server receive, server send, client receive (ms). */
export interface ClockSample {
  t0: number;
  t1: number;
  t2: number;
  t3: number;
}

/**
 * The server clock minus the local clock, NTP style, from the sample with the shortest
 * round trip (the least queueing noise). Show countdowns at `Date.now() + offset`.
 *
 * @example estimateClockOffset([{ t0: 0, t1: 1005, t2: 1005, t3: 10 }]) // 1000
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined;
  for (const sample of samples) {
    if (!best || roundTrip(sample) < roundTrip(best)) best = sample;
  }
  if (!best) return 0;
  return (best.t1 - best.t0 + (best.t2 - best.t3)) / 2;
}

function roundTrip({ t0, t1, t2, t3 }: ClockSample): number {
  return t3 - t0 - (t2 - t1);
}
