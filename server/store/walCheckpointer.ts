import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';

/** How often the worker copies committed pages into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1_000;
/** SQLite's own default, restored if the worker dies. */
const AUTOCHECKPOINT_PAGES = 1_000;

export interface WalCheckpointer {
  /** Asks the worker to close its connection; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the event loop. SQLite checkpoints inside the commit that
 * crosses 1,000 WAL pages, and a checkpoint fsyncs the WAL and the database: a stall of
 * several ms for every update in flight. Here the main connection never checkpoints and
 * a worker thread with its own connection does it every `intervalMs`. If the worker
 * dies, the main connection checkpoints by itself again, so the WAL never grows unbounded.
 */
export function startWalCheckpointer(
  db: Database.Database,
  logger: Logger,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): WalCheckpointer {
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(new URL('./checkpointWorker.mjs', import.meta.url), {
    workerData: { path: db.name, intervalMs },
    // Plain JavaScript: the worker needs none of the parent's loaders (tsx).
    execArgv: [],
  });
  // A checkpointer alone must not keep the process alive.
  worker.unref();
  let stopping = false;
  worker.on('error', (error) => logger.error('checkpoint worker failed', { error: String(error) }));
  const exited = new Promise<void>((done) =>
    worker.once('exit', () => {
      if (!stopping && db.open) {
        logger.warn('checkpoint worker exited; SQLite checkpoints on commit again');
        db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      }
      done();
    }),
  );
  return {
    stop() {
      if (!stopping) {
        stopping = true;
        // Whoever awaits the exit keeps the process alive until the worker is gone.
        worker.ref();
        worker.postMessage('stop');
      }
      return exited;
    },
  };
}
