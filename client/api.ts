import type { ApiError, BoardInfoResponse, CreateBoardResponse } from '../shared/protocol/api';

/** The client's calls to the HTTP API; every failure becomes a message a person can read. */

export type BoardInfoResult =
  | { ok: true; info: BoardInfoResponse }
  | { ok: false; reason: 'unauthorized' | 'notFound' | 'unreachable'; message: string };

export async function fetchBoardInfo(id: string, key: string): Promise<BoardInfoResult> {
  let res: Response;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`);
  } catch {
    return { ok: false, reason: 'unreachable', message: 'The Alignboard server cannot be reached.' };
  }
  if (res.ok) return { ok: true, info: (await res.json()) as BoardInfoResponse };
  const message = await errorMessage(res);
  if (res.status === 401 || res.status === 403) return { ok: false, reason: 'unauthorized', message };
  if (res.status === 404) return { ok: false, reason: 'notFound', message };
  return { ok: false, reason: 'unreachable', message };
}

export async function createBoard(title: string): Promise<CreateBoardResponse> {
  const res = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (res.status !== 201) throw new Error(await errorMessage(res));
  return (await res.json()) as CreateBoardResponse;
}

/** The message of a refused request: the API's `error`, else the status line. */
export async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as Partial<ApiError>;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status line.
  }
  return `The server answered ${res.status} ${res.statusText}`.trim();
}
