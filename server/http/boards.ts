import type { BoardInfoResponse, CreateBoardResponse } from '../../shared/protocol/api';
import { ROLE_PERMISSIONS, type Role } from '../../shared/protocol/roles';
import { readString, metaMap } from '../../shared/board/schema';
import { linksOf, roleForKey } from '../boards/access';
import { parseBoardFile, type BoardFile } from '../../shared/board/file';
import { csvToBoardFile } from '../../shared/export/okrCsvImport';
import { DEFAULT_TITLE, emptyBoardState, importedBoardState, registerBoard } from '../boards/newBoard';
import type { BoardRecord, Store } from '../store/store';
import type { RoomRegistry } from '../sync/rooms';
import { HttpError, readJson, sendJson } from './respond';
import type { RouteContext, Router } from './router';

export interface BoardRouteDeps {
  store: Store;
  rooms: RoomRegistry;
  maxUploadBytes: number;
}

const MAX_TITLE_LENGTH = 200;

export function boardRoutes(router: Router, deps: BoardRouteDeps): void {
  router.add('POST', '/api/boards', (ctx) => createBoardRoute(ctx, deps));
  router.add('GET', '/api/boards/:id', (ctx) => {
    const { board, role } = authorize(ctx, deps.store);
    const body: BoardInfoResponse = { id: board.id, title: boardTitle(deps.rooms, board.id), role };
    if (ROLE_PERMISSIONS[role].control) body.links = linksOf(board);
    sendJson(ctx.res, 200, body);
  });
}

async function createBoardRoute(ctx: RouteContext, deps: BoardRouteDeps): Promise<void> {
  const body = await readJson(ctx.req, deps.maxUploadBytes);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object.');
  }
  const { title, board, csv } = body as { title?: unknown; board?: unknown; csv?: unknown };
  if (title !== undefined && typeof title !== 'string') throw new HttpError(400, 'title must be a string.', 'title');
  const givenTitle = (title ?? '').trim().slice(0, MAX_TITLE_LENGTH);
  const now = Date.now();
  const file = importedFile(board, csv, givenTitle || DEFAULT_TITLE);
  if (file && givenTitle) file.title = givenTitle;
  const finalTitle = file?.title ?? (givenTitle || DEFAULT_TITLE);
  // Everything is parsed and checked before the board exists: a refused file creates nothing.
  const state = file ? importedBoardState(file, now) : emptyBoardState(finalTitle, now);
  const record = registerBoard(deps.store, state, now);
  const response: CreateBoardResponse = { id: record.id, title: finalTitle, links: linksOf(record) };
  sendJson(ctx.res, 201, response);
}

/** The board file a request imports: a JSON board file in `board`, or OKR CSV text in `csv`. */
function importedFile(board: unknown, csv: unknown, title: string): BoardFile | undefined {
  if (board !== undefined && csv !== undefined) throw new HttpError(400, 'Send either a board file or a CSV, not both.');
  if (board !== undefined) {
    const parsed = parseBoardFile(board);
    if (!parsed.ok) throw new HttpError(422, `The board file was not imported: ${parsed.error}`, `board.${parsed.field}`);
    return parsed.file;
  }
  if (csv === undefined) return undefined;
  if (typeof csv !== 'string') throw new HttpError(400, 'csv must be the text of a CSV file.', 'csv');
  const parsed = csvToBoardFile(csv, { title });
  if (!parsed.ok) {
    const where = `line ${parsed.line}${parsed.column ? `, column ${parsed.column}` : ''}`;
    throw new HttpError(422, `The CSV was not imported: ${parsed.error}`, `csv ${where}`);
  }
  return parsed.file;
}

/** The board named in the path and the role its `key` opens, or a 404/401. */
export function authorize(ctx: RouteContext, store: Store): { board: BoardRecord; role: Role } {
  const board = store.getBoard(ctx.params.id ?? '');
  if (!board) throw new HttpError(404, 'There is no board with this id.');
  const role = roleForKey(board, ctx.url.searchParams.get('key'));
  if (!role) throw new HttpError(401, 'This link\'s key does not open this board. Ask the facilitator for a new link.');
  return { board, role };
}

function boardTitle(rooms: RoomRegistry, boardId: string): string {
  return rooms.readDoc(boardId, (doc) => readString(metaMap(doc), 'title', DEFAULT_TITLE));
}
