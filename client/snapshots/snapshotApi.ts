import type { CreateBoardResponse, SnapshotInfo, SnapshotListResponse } from '../../shared/protocol/api';
import { errorMessage } from '../api';

/** The client's calls to the snapshot API; a refusal becomes an Error with the server's message. */

function snapshotsUrl(boardId: string, key: string, rest = ''): string {
  return `/api/boards/${encodeURIComponent(boardId)}/snapshots${rest}?key=${encodeURIComponent(key)}`;
}

function oneSnapshot(snapshotId: string, rest = ''): string {
  return `/${encodeURIComponent(snapshotId)}${rest}`;
}

async function json<T>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(await errorMessage(res));
  return (await res.json()) as T;
}

export async function listSnapshots(boardId: string, key: string): Promise<SnapshotInfo[]> {
  return (await json<SnapshotListResponse>(await fetch(snapshotsUrl(boardId, key)))).snapshots;
}

/** Facilitator only: the server refuses anyone else with a 403 and says so. */
export async function takeSnapshot(boardId: string, key: string, name: string): Promise<SnapshotInfo> {
  const res = await fetch(snapshotsUrl(boardId, key), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  return json<SnapshotInfo>(res, 201);
}

export async function fetchSnapshotInfo(boardId: string, key: string, snapshotId: string): Promise<SnapshotInfo> {
  return json<SnapshotInfo>(await fetch(snapshotsUrl(boardId, key, oneSnapshot(snapshotId))));
}

/** The snapshot's Yjs state, to apply to a fresh Y.Doc. */
export async function fetchSnapshotState(boardId: string, key: string, snapshotId: string): Promise<Uint8Array> {
  const res = await fetch(snapshotsUrl(boardId, key, oneSnapshot(snapshotId, '/state')));
  if (!res.ok) throw new Error(await errorMessage(res));
  return new Uint8Array(await res.arrayBuffer());
}

export async function restoreSnapshot(boardId: string, key: string, snapshotId: string): Promise<CreateBoardResponse> {
  const res = await fetch(snapshotsUrl(boardId, key, oneSnapshot(snapshotId, '/restore')), { method: 'POST' });
  return json<CreateBoardResponse>(res, 201);
}
