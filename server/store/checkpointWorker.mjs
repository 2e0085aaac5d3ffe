// @ts-check
// Runs in a worker thread, beside the server's event loop: copies the WAL of the SQLite
// file at workerData.path into the database, on its own connection, every
// workerData.intervalMs. Plain JavaScript so that the thread needs no TypeScript loader.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.path);
// PASSIVE never waits for the writer and never makes it wait: frames committed while it
// runs are left for the next round. Its fsyncs block only this thread.
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.get(), workerData.intervalMs);

parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
