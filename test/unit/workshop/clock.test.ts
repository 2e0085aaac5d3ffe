import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateClockOffset, type ClockSample } from '../../../shared/workshop/clock';
import { timeLeftMs } from '../../../shared/workshop/controlState';
import { newTimer } from '../../../shared/workshop/stepTimer';

/**
 * One ping/pong as a client whose clock runs `skew` ms ahead of the server's sees it,
 * sent at true (server) time `at`: `up` ms to the server, `busy` ms there, `down` ms back.
 */
function roundTrip(at: number, skew: number, up: number, busy: number, down: number): ClockSample {
  return { t0: at + skew, t1: at + up, t2: at + up + busy, t3: at + up + busy + down + skew };
}

describe('estimateClockOffset', () => {
  it('measures the server clock minus the local one', () => {
    expect(estimateClockOffset([roundTrip(1_000_000, -4_000, 15, 2, 15)])).toBe(4_000);
  });

  it('trusts the round trip least delayed by queues', () => {
    const skew = 90_000;
    const samples = [roundTrip(0, skew, 400, 1, 20), roundTrip(1_000, skew, 12, 1, 12), roundTrip(2_000, skew, 30, 1, 250)];
    expect(estimateClockOffset(samples)).toBe(-skew);
  });

  it('ignores samples that cannot be real, and says 0 with none left', () => {
    const good = roundTrip(0, 500, 10, 0, 10);
    const backwards = { t0: 100, t1: 5_000, t2: 5_000, t3: 50 };
    const broken = { t0: Number.NaN, t1: 0, t2: 0, t3: 0 };
    expect(estimateClockOffset([backwards, broken, good])).toBe(-500);
    expect(estimateClockOffset([backwards, broken])).toBe(0);
    expect(estimateClockOffset([])).toBe(0);
  });

  it('is off by at most half the best round trip, however uneven the network', () => {
    const trip = fc.record({ up: fc.nat(2_000), busy: fc.nat(50), down: fc.nat(2_000) });
    fc.assert(
      fc.property(fc.integer({ min: -86_400_000, max: 86_400_000 }), fc.array(trip, { minLength: 1, maxLength: 8 }), (skew, trips) => {
        const samples = trips.map((t, i) => roundTrip(10_000_000 + i * 5_000, skew, t.up, t.busy, t.down));
        const best = Math.min(...trips.map((t) => t.up + t.down));
        expect(Math.abs(estimateClockOffset(samples) - -skew)).toBeLessThanOrEqual(best / 2);
      }),
    );
  });
});

describe('countdowns on skewed clocks', () => {
  it('show two clients the same time left when their clocks disagree by minutes', () => {
    const serverNow = 1_700_000_000_000;
    const state = { timer: newTimer(10 * 60_000, serverNow - 4 * 60_000, true) };
    const shown = [-7 * 60_000, 3 * 60_000 + 517].map((skew) => {
      const samples = [roundTrip(serverNow - 3_000, skew, 40, 1, 25), roundTrip(serverNow - 2_000, skew, 18, 1, 20)];
      const offset = estimateClockOffset(samples);
      const clientNow = serverNow + skew;
      return timeLeftMs(state, clientNow + offset);
    });
    const truth = timeLeftMs(state, serverNow);
    for (const left of shown) expect(Math.abs(left - truth)).toBeLessThanOrEqual(10);
    expect(Math.abs(shown[0]! - shown[1]!)).toBeLessThanOrEqual(20);
    // Without the offset, each would be minutes off.
    expect(timeLeftMs(state, serverNow + 3 * 60_000 + 517)).toBe(truth - 3 * 60_000 - 517);
  });
});
