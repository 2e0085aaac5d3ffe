import type { CreateBoardResponse } from '../../shared/protocol/api';
import { errorMessage } from '../api';

/**
 * Starting a board from a file: a JSON board file (format v1) or an OKR list as CSV. The
 * browser only reads the file and says which it is; the server checks it whole and names
 * the field or line it refuses, so there is one set of rules and one set of messages.
 */

export type ImportBody = { board: unknown; title?: string } | { csv: string; title?: string };

export type ImportRequest = { ok: true; body: ImportBody } | { ok: false; error: string };

/** Files bigger than this are refused before upload; the server's limit is the real one. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const IMPORT_ACCEPT = '.json,.csv,application/json,text/csv';

/**
 * The request that imports a file with this name and text. JSON is recognised by its
 * extension or, for a file without one, by its first character.
 *
 * @example importRequest('okrs.csv', 'team,function,...') // { ok: true, body: { csv: 'team,function,...' } }
 */
export function importRequest(fileName: string, text: string, title = ''): ImportRequest {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const named = title.trim() ? { title: title.trim() } : {};
  if (extension === 'csv') return { ok: true, body: { csv: text, ...named } };
  if (extension === 'json' || (extension === undefined && /^\s*[{[]/.test(text))) {
    try {
      return { ok: true, body: { board: JSON.parse(text) as unknown, ...named } };
    } catch (error) {
      return { ok: false, error: `${fileName} is not valid JSON: ${(error as Error).message}` };
    }
  }
  if (extension === undefined) return { ok: true, body: { csv: text, ...named } };
  return { ok: false, error: `${fileName} is neither a board file (.json) nor an OKR list (.csv).` };
}

export async function importBoard(body: ImportBody): Promise<CreateBoardResponse> {
  const res = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(await errorMessage(res));
  return (await res.json()) as CreateBoardResponse;
}
