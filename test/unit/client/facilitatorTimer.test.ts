import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countdownTone, formatCountdown, msUntilNextSecond } from '../../../client/facilitator/countdown';
import { createThrottle } from '../../../client/facilitator/throttle';

describe('formatCountdown', () => {
  it('rounds up to whole seconds, so the last second still reads 0:01', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(61_200)).toBe('1:02');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('shows hours past an hour and never goes negative', () => {
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });
});

describe('countdownTone', () => {
  it('turns red in the last minute and stays red at zero', () => {
    expect(countdownTone(60_001)).toBe('normal');
    expect(countdownTone(60_000)).toBe('ending');
    expect(countdownTone(1)).toBe('ending');
    expect(countdownTone(0)).toBe('over');
  });
});

describe('msUntilNextSecond', () => {
  it('waits exactly until the shown second changes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (left) => {
        const wait = msUntilNextSecond(left)!;
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(1000);
        expect(formatCountdown(left - wait + 1)).toBe(formatCountdown(left));
        expect(formatCountdown(left - wait)).not.toBe(formatCountdown(left));
      }),
    );
  });

  it('stops ticking at zero', () => {
    expect(msUntilNextSecond(0)).toBeNull();
  });
});

describe('createThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first value at once and at most one per interval after it', () => {
    const sent: number[] = [];
    const throttle = createThrottle((value: number) => sent.push(value), 100);
    throttle.push(1);
    expect(sent).toEqual([1]);
    for (let value = 2; value <= 10; value++) {
      vi.advanceTimersByTime(20);
      throttle.push(value);
    }
    // 180 ms after the first send: one trailing send at 100 ms carried the latest value then.
    expect(sent).toEqual([1, 5]);
  });

  it('always ends with the last value offered', () => {
    const sent: number[] = [];
    const throttle = createThrottle((value: number) => sent.push(value), 100);
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 3]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1, 3]);
  });

  it('sends nothing more once cancelled', () => {
    const sent: number[] = [];
    const throttle = createThrottle((value: number) => sent.push(value), 100);
    throttle.push(1);
    throttle.push(2);
    throttle.cancel();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([1]);
  });
});
