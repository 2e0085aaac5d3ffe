import type { BoardInfoResponse, CreateBoardResponse } from '../../shared/protocol/api';
import { ROLE_PERMISSIONS, type Role } from '../../shared/protocol/roles';
import { readString, metaMap } from '../../shared/board/schema';
import { linksOf, roleForKey } from '../boards/access';
import { DEFAULT_TITLE, emptyBoardState, registerBoard } from '../boards/newBoard';
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
  const { title } = body as { title?: unknown };
  if (title !== undefined && typeof title !== 'string') throw new HttpError(400, 'title must be a string.', 'title');
  const cleanTitle = (title ?? '').trim().slice(0, MAX_TITLE_LENGTH) || DEFAULT_TITLE;
  const record = registerBoard(deps.store, emptyBoardState(cleanTitle, Date.now()));
  const response: CreateBoardResponse = { id: record.id, title: cleanTitle, links: linksOf(record) };
  sendJson(ctx.res, 201, response);
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
