import type { Role } from '../../shared/protocol/roles';

export interface BoardRecord {
  id: string;
  createdAt: number;
  keys: Record<Role, string>;
}

export interface SnapshotRecord {
  id: string;
  boardId: string;
  name: string;
  createdAt: number;
  /** Automatic snapshots are taken at step changes; manual ones by the facilitator. */
  auto: boolean;
}

export interface StoredUpdate {
  boardId: string;
  update: Uint8Array;
}

/**
 * Where boards live between server runs. Synchronous on purpose: the embedded SQLite
 * store answers in microseconds, and a synchronous append is what lets the sync layer
 * keep "durable before broadcast" without a queue of promises.
 */
export interface Store {
  /** Creates a board with its first state in one transaction. */
  createBoard(record: BoardRecord, initialState: Uint8Array): void;
  getBoard(id: string): BoardRecord | undefined;
  /**
   * Every stored update of a document (the compacted state first), to apply in order.
   * Documents are boards, and also each participant's private brainstorm, keyed
   * `<boardId>/private/<owner>`.
   */
  loadUpdates(boardId: string): Uint8Array[];
  /** Appends updates of any boards durably, all in one transaction. */
  appendUpdates(updates: readonly StoredUpdate[]): void;
  /** How many updates were appended since the last compaction. */
  pendingUpdateCount(boardId: string): number;
  /** Replaces every stored update of a board with one state. */
  compact(boardId: string, state: Uint8Array): void;
  /** Stores a named copy of a board's state. */
  saveSnapshot(record: SnapshotRecord, state: Uint8Array): void;
  /** A board's snapshots, newest first. */
  listSnapshots(boardId: string): SnapshotRecord[];
  getSnapshot(boardId: string, snapshotId: string): { record: SnapshotRecord; state: Uint8Array } | undefined;
  /** The workshop control state of a board, as the JSON it was saved as. */
  loadControl(boardId: string): string | undefined;
  saveControl(boardId: string, json: string): void;
  /** Document ids stored under a prefix (a board's private brainstorm rooms). */
  listDocIds(prefix: string): string[];
  /** Resolves once every connection and thread the store opened is closed. */
  close(): Promise<void>;
}
