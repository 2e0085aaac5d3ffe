import Database from 'better-sqlite3';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/logger';
import { openSqliteStore } from '../../server/store/sqlite';
import { startWalCheckpointer } from '../../server/store/walCheckpointer';
import { waitFor } from '../helpers/clients';
import { tempDataDir } from '../helpers/server';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A WAL database like the store's, and a writer that commits 2,000 pages one by one. */
function walDatabase() {
  const dir = tempDataDir();
  const path = join(dir, 'test.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rows (data BLOB NOT NULL)');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => db.close());
  const insert = db.prepare('INSERT INTO rows (data) VALUES (?)');
  return {
    db,
    fileBytes: () => statSync(path).size,
    walBytes: () => statSync(`${path}-wal`).size,
    /** Past SQLite's automatic checkpoint threshold of 1,000 pages. */
    commitPages: () => {
      for (let i = 0; i < 2_000; i++) insert.run(Buffer.alloc(4_000, i));
    },
  };
}

describe('WAL checkpoints', () => {
  it('never run inside a commit: 2,000 commits leave the database file untouched until the worker runs', async () => {
    const { db, fileBytes, walBytes, commitPages } = walDatabase();
    const checkpointer = startWalCheckpointer(db, silentLogger, 60_000);
    cleanups.push(() => checkpointer.stop());
    const before = fileBytes();
    commitPages();
    expect(fileBytes()).toBe(before);
    expect(walBytes()).toBeGreaterThan(8_000_000);
  });

  it('are run by the worker on its own connection, which copies every committed page into the file', async () => {
    const { db, fileBytes, commitPages } = walDatabase();
    const checkpointer = startWalCheckpointer(db, silentLogger, 20);
    cleanups.push(() => checkpointer.stop());
    commitPages();
    await waitFor(() => fileBytes() > 8_000_000, 5_000, 'the worker checkpointed');
    expect(db.prepare('SELECT COUNT(*) AS n FROM rows').get()).toEqual({ n: 2_000 });
  });

  it('go back to SQLite, on commit, when the worker dies', async () => {
    const { db } = walDatabase();
    // The worker cannot open a file whose directory is gone; the main connection keeps its own.
    rmSync(dirname(db.name), { recursive: true, force: true });
    const warnings: string[] = [];
    startWalCheckpointer(db, { ...silentLogger, warn: (message) => warnings.push(message) }, 20);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await waitFor(() => warnings.length > 0, 5_000, 'the worker to die');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
  });

  it('stop when asked: the worker closes its connection and exits', async () => {
    const { db } = walDatabase();
    const checkpointer = startWalCheckpointer(db, silentLogger, 20);
    await expect(checkpointer.stop()).resolves.toBeUndefined();
  });

  it("are over once the store's close resolves: the last connection is gone and has folded the WAL in", async () => {
    const dir = tempDataDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = openSqliteStore(dir, silentLogger);
    store.createBoard(
      { id: 'b1', createdAt: 0, keys: { facilitator: 'f', participant: 'p', viewer: 'v' } },
      new Uint8Array([0, 0]),
    );
    // Time for the worker thread to start and open its connection.
    await new Promise((done) => setTimeout(done, 500));
    await store.close();
    // SQLite deletes -wal and -shm when its last connection closes; left behind, a
    // connection still open could write them while the directory is being removed.
    expect(readdirSync(dir)).toEqual(['alignboard.sqlite']);
  });
});
