import { describe, expect, it, vi } from 'vitest';
import { createFrameQueue, type FrameClock } from '../../../client/canvas/frameQueue';

function manualClock() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const clock: FrameClock = {
    request(callback) {
      pending.set(next, callback);
      return next++;
    },
    cancel: (handle) => pending.delete(handle),
  };
  const frame = () => {
    const callbacks = [...pending.values()];
    pending.clear();
    for (const callback of callbacks) callback();
  };
  return { clock, frame, scheduled: () => pending.size };
}

describe('createFrameQueue', () => {
  it('writes once per frame, with the latest value of each key', () => {
    const { clock, frame } = manualClock();
    const write = vi.fn();
    const queue = createFrameQueue<number>(write, clock);
    queue.put('a', 1);
    queue.put('a', 2);
    queue.put('b', 7);
    expect(write).not.toHaveBeenCalled();
    frame();
    expect(write).toHaveBeenCalledTimes(1);
    expect([...write.mock.calls[0]![0]]).toEqual([
      ['a', 2],
      ['b', 7],
    ]);
    frame();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes at once on flush and leaves nothing for the frame', () => {
    const { clock, frame, scheduled } = manualClock();
    const write = vi.fn();
    const queue = createFrameQueue<number>(write, clock);
    queue.put('a', 1);
    queue.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(scheduled()).toBe(0);
    frame();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('drops what is pending on cancel', () => {
    const { clock, frame } = manualClock();
    const write = vi.fn();
    const queue = createFrameQueue<number>(write, clock);
    queue.put('a', 1);
    queue.cancel();
    frame();
    queue.flush();
    expect(write).not.toHaveBeenCalled();
  });
});
