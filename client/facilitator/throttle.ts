export interface Throttle<T> {
  /** Offers the latest value: sent now if the last send was long enough ago, else at the end of the interval. */
  push(value: T): void;
  cancel(): void;
}

/**
 * At most one send per `intervalMs`, and the last value offered is always sent: a
 * facilitator's pan ends exactly where they stopped, not at the last sample before it.
 */
export function createThrottle<T>(send: (value: T) => void, intervalMs: number, clock: () => number = Date.now): Throttle<T> {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastSentAt = clock();
    send(value);
  };

  return {
    push(value) {
      pending = { value };
      if (timer) return;
      const wait = lastSentAt + intervalMs - clock();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
