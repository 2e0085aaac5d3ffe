/** One ping/pong round trip (ms): client send t0, server receive t1, server send t2, client receive t3. */
export interface ClockSample {
  t0: number;
  t1: number;
  t2: number;
  t3: number;
}

/**
 * The server clock minus the local clock, NTP style: ((t1 - t0) + (t2 - t3)) / 2 from
 * the sample with the shortest network round trip, the one least delayed by queues.
 * Its error is at most half that round trip. Samples that cannot be real (not finite,
 * or a negative round trip) are ignored; with none left the offset is 0.
 * A client shows countdowns at `Date.now() + offset`, so clients with skewed clocks agree.
 *
 * @example estimateClockOffset([{ t0: 0, t1: 1005, t2: 1005, t3: 10 }]) // 1000
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined;
  for (const sample of samples) {
    if (!isPlausible(sample)) continue;
    if (!best || roundTripMs(sample) < roundTripMs(best)) best = sample;
  }
  return best ? (best.t1 - best.t0 + (best.t2 - best.t3)) / 2 : 0;
}

/** Time on the network, without the server's own processing time. */
export function roundTripMs({ t0, t1, t2, t3 }: ClockSample): number {
  return t3 - t0 - (t2 - t1);
}

function isPlausible(sample: ClockSample): boolean {
  const { t0, t1, t2, t3 } = sample;
  return [t0, t1, t2, t3].every(Number.isFinite) && t3 >= t0 && t2 >= t1 && roundTripMs(sample) >= 0;
}
