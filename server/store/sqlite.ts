import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../shared/protocol/roles';
import type { Logger } from '../logger';
import type { BoardRecord, SnapshotRecord, Store, StoredUpdate } from './store';
import { startWalCheckpointer } from './walCheckpointer';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS boards (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    facilitator_key TEXT NOT NULL,
    participant_key TEXT NOT NULL,
    viewer_key TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    -- a board id, or a private brainstorm's '<board id>/private/<owner>'
    board_id TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS updates_by_board ON updates(board_id, seq);
  CREATE TABLE IF NOT EXISTS snapshots (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    auto INTEGER NOT NULL,
    state BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS snapshots_by_board ON snapshots(board_id, created_at);
  CREATE TABLE IF NOT EXISTS workshop (
    board_id TEXT PRIMARY KEY REFERENCES boards(id),
    state TEXT NOT NULL
  );
`;

interface SnapshotRow {
  id: string;
  board_id: string;
  name: string;
  created_at: number;
  auto: number;
  state?: Buffer;
}

function toSnapshotRecord(row: SnapshotRow): SnapshotRecord {
  return { id: row.id, boardId: row.board_id, name: row.name, createdAt: row.created_at, auto: row.auto === 1 };
}

interface BoardRow {
  id: string;
  created_at: number;
  facilitator_key: string;
  participant_key: string;
  viewer_key: string;
}

/**
 * The embedded default store: one SQLite file in the data directory, in WAL mode.
 * synchronous=NORMAL makes a committed transaction survive a killed process (the WAL is
 * in the OS cache before commit returns, no fsync); only a power cut can lose the last
 * commits. Checkpoints, which do fsync, run on a worker thread (walCheckpointer.ts).
 */
export function openSqliteStore(dataDir: string, logger: Logger): Store & { db: Database.Database } {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'alignboard.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const checkpointer = startWalCheckpointer(db, logger);

  const insertBoard = db.prepare(
    'INSERT INTO boards (id, created_at, facilitator_key, participant_key, viewer_key) VALUES (?, ?, ?, ?, ?)',
  );
  const selectBoard = db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?');
  const insertUpdate = db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)');
  const selectUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE board_id = ? ORDER BY seq');
  const countUpdates = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?');
  const deleteUpdates = db.prepare('DELETE FROM updates WHERE board_id = ?');

  const insertSnapshot = db.prepare(
    'INSERT INTO snapshots (id, board_id, name, created_at, auto, state) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectSnapshots = db.prepare<[string], SnapshotRow>(
    'SELECT id, board_id, name, created_at, auto FROM snapshots WHERE board_id = ? ORDER BY created_at DESC, rowid DESC',
  );
  const selectSnapshot = db.prepare<[string, string], SnapshotRow>('SELECT * FROM snapshots WHERE board_id = ? AND id = ?');

  const selectControl = db.prepare<[string], { state: string }>('SELECT state FROM workshop WHERE board_id = ?');
  const upsertControl = db.prepare(
    'INSERT INTO workshop (board_id, state) VALUES (?, ?) ON CONFLICT(board_id) DO UPDATE SET state = excluded.state',
  );
  const selectDocIds = db.prepare<{ prefix: string }, { board_id: string }>(
    'SELECT DISTINCT board_id FROM updates WHERE substr(board_id, 1, length(@prefix)) = @prefix ORDER BY board_id',
  );

  const appendAll = db.transaction((updates: readonly StoredUpdate[]) => {
    for (const { boardId, update } of updates) insertUpdate.run(boardId, update);
  });
  const replaceAll = db.transaction((boardId: string, state: Uint8Array) => {
    deleteUpdates.run(boardId);
    insertUpdate.run(boardId, state);
  });
  const create = db.transaction((record: BoardRecord, state: Uint8Array) => {
    const { facilitator, participant, viewer } = record.keys;
    insertBoard.run(record.id, record.createdAt, facilitator, participant, viewer);
    insertUpdate.run(record.id, state);
  });

  return {
    db,
    createBoard: (record, initialState) => create(record, initialState),
    getBoard(id) {
      const row = selectBoard.get(id);
      if (!row) return undefined;
      const keys: Record<Role, string> = {
        facilitator: row.facilitator_key,
        participant: row.participant_key,
        viewer: row.viewer_key,
      };
      return { id: row.id, createdAt: row.created_at, keys };
    },
    loadUpdates: (boardId) => selectUpdates.all(boardId).map((row) => new Uint8Array(row.data)),
    appendUpdates: (updates) => appendAll(updates),
    // The compacted state row counts as one, so a freshly compacted board reports 1.
    pendingUpdateCount: (boardId) => countUpdates.get(boardId)?.n ?? 0,
    compact: (boardId, state) => replaceAll(boardId, state),
    saveSnapshot(record, state) {
      insertSnapshot.run(record.id, record.boardId, record.name, record.createdAt, record.auto ? 1 : 0, state);
    },
    listSnapshots: (boardId) => selectSnapshots.all(boardId).map(toSnapshotRecord),
    getSnapshot(boardId, snapshotId) {
      const row = selectSnapshot.get(boardId, snapshotId);
      return row?.state ? { record: toSnapshotRecord(row), state: new Uint8Array(row.state) } : undefined;
    },
    loadControl: (boardId) => selectControl.get(boardId)?.state,
    saveControl(boardId, json) {
      upsertControl.run(boardId, json);
    },
    listDocIds: (prefix) => selectDocIds.all({ prefix }).map((row) => row.board_id),
    async close() {
      // Waits for the worker too: its connection may still touch the -wal and -shm files,
      // and whichever connection closes last folds the WAL in.
      const stopped = checkpointer.stop();
      db.close();
      await stopped;
    },
  };
}
