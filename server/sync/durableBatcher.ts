import type { Logger } from '../logger';
import type { Store, StoredUpdate } from '../store/store';

/** Marks a barrier: a callback queued behind the writes, with nothing to write itself. */
const EMPTY = new Uint8Array(0);

interface Pending extends StoredUpdate {
  onDurable: () => void;
}

/**
 * Makes updates durable before anyone sees them, in one store transaction per
 * event-loop turn: every update received while the loop polls sockets is written
 * together at setImmediate, and only then broadcast. A failed write keeps the updates
 * queued for the next turn rather than dropping them.
 */
export class DurableBatcher {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  enqueue(boardId: string, update: Uint8Array, onDurable: () => void): void {
    this.pending.push({ boardId, update, onDurable });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes everything queued now; returns false if the store refused (kept for retry). */
  flush(): boolean {
    this.scheduled = false;
    if (this.pending.length === 0) return true;
    const batch = this.pending;
    try {
      this.store.appendUpdates(batch.filter((item) => item.update !== EMPTY));
    } catch (error) {
      this.logger.error('store write failed; keeping updates queued', { error: String(error), updates: batch.length });
      if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(() => this.flush(), 250);
      }
      return false;
    }
    this.pending = [];
    // Hazard: broadcast only after the commit above; a callback that throws must not
    // stop the others from being delivered.
    for (const item of batch) {
      try {
        item.onDurable();
      } catch (error) {
        this.logger.error('broadcast failed', { error: String(error), boardId: item.boardId });
      }
    }
    return true;
  }

  /**
   * Runs `callback` once everything queued so far is durable: a sync reply must not show
   * a new client an update that a crash could still lose.
   */
  afterDurable(boardId: string, callback: () => void): void {
    if (this.pending.length === 0) callback();
    else this.enqueueBarrier(boardId, callback);
  }

  private enqueueBarrier(boardId: string, callback: () => void): void {
    this.enqueue(boardId, EMPTY, callback);
  }
}
