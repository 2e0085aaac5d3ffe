import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer, WebSocket } from 'ws';
import type { Role } from '../../shared/protocol/roles';
import { roleForKey } from '../boards/access';
import type { Store } from '../store/store';

const SYNC_PATH = /^\/ws\/([^/?]+)$/;

export interface Admitted {
  boardId: string;
  role: Role;
}

/**
 * Admits a websocket upgrade to `/ws/<id>?key=<key>` or refuses it before any websocket
 * exists: 404 for an unknown board, 401 for a wrong or missing key.
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
  wss.handleUpgrade(req, socket, head, (ws) => onAdmitted(ws, { boardId: board.id, role }));
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
