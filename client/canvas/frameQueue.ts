/**
 * Collects the latest value per key and writes them all once per animation frame. A drag
 * fires pointer events faster than the screen refreshes; sending each would flood the
 * room, sending none until drop would hide the drag from everyone else.
 */
export interface FrameQueue<T> {
  put(key: string, value: T): void;
  /** Writes what is pending now (drag stop), instead of waiting for the frame. */
  flush(): void;
  /** Drops what is pending (unmount). */
  cancel(): void;
}

export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export function createFrameQueue<T>(
  write: (batch: ReadonlyMap<string, T>) => void,
  clock: FrameClock = browserClock,
): FrameQueue<T> {
  let pending = new Map<string, T>();
  let handle: number | null = null;

  const flush = () => {
    if (handle !== null) clock.cancel(handle);
    handle = null;
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    write(batch);
  };

  return {
    put(key, value) {
      pending.set(key, value);
      handle ??= clock.request(flush);
    },
    flush,
    cancel() {
      if (handle !== null) clock.cancel(handle);
      handle = null;
      pending = new Map();
    },
  };
}
