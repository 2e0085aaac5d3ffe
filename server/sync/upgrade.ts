import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer, WebSocket } from 'ws';
import { ROLE_PERMISSIONS, type Role } from '../../shared/protocol/roles';
import { roleForKey } from '../boards/access';
import type { Store } from '../store/store';

/** `/ws/<board>` is the board; `/ws/<board>/private?owner=<secret>` one person's private brainstorm. */
const SYNC_PATH = /^\/ws\/([^/?]+)(\/private)?$/;
const MIN_OWNER_SECRET_LENGTH = 16;

export interface Admitted {
  boardId: string;
  /** The document this socket syncs: the board's own id, or its owner's private one. */
  docId: string;
  role: Role;
}

/** The document id of the private brainstorm owned by whoever holds `ownerSecret`. */
export function privateDocId(boardId: string, ownerSecret: string): string {
  return `${boardId}/private/${createHash('sha256').update(ownerSecret).digest('hex').slice(0, 32)}`;
}

export function privateDocPrefix(boardId: string): string {
  return `${boardId}/private/`;
}

/**
 * Admits a websocket upgrade or refuses it before any websocket exists: 404 for an
 * unknown board, 401 for a wrong or missing key, 403 for a private room a role may not
 * have (viewers) or without an owner secret.
 */
export function handleUpgrade(
  wss: WebSocketServer,
  store: Store,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  onAdmitted: (ws: WebSocket, admitted: Admitted) => void,
): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = SYNC_PATH.exec(url.pathname);
  const board = match ? store.getBoard(decodeURIComponent(match[1]!)) : undefined;
  if (!board) return refuse(socket, 404, 'Not Found');
  const role = roleForKey(board, url.searchParams.get('key'));
  if (!role) return refuse(socket, 401, 'Unauthorized');
  let docId = board.id;
  if (match![2]) {
    const owner = url.searchParams.get('owner') ?? '';
    if (!ROLE_PERMISSIONS[role].editBoard || owner.length < MIN_OWNER_SECRET_LENGTH) return refuse(socket, 403, 'Forbidden');
    docId = privateDocId(board.id, owner);
  }
  wss.handleUpgrade(req, socket, head, (ws) => onAdmitted(ws, { boardId: board.id, docId, role }));
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
