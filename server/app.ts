import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import { CLOSE_CODES, CLOSE_REASONS } from '../shared/protocol/closeCodes';
import { boardRoutes } from './http/boards';
import { exportRoutes } from './http/exports';
import { healthRoutes } from './http/health';
import { snapshotRoutes } from './http/snapshots';
import { HttpError, sendError } from './http/respond';
import { Router } from './http/router';
import { staticHandler } from './http/static';
import type { Logger } from './logger';
import { openSqliteStore } from './store/sqlite';
import type { Store } from './store/store';
import { attachConnection, type ExtensionHandler } from './sync/connection';
import { RoomRegistry } from './sync/rooms';
import { handleUpgrade } from './sync/upgrade';
import { workshopWritePolicy } from './sync/writePolicy';
import { currentStep } from '../shared/workshop/controlState';
import { controlExtensions, greetWithControl } from './workshop/controlHandlers';
import { WorkshopRegistry } from './workshop/workshops';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  /** Where the built client lives (vite build output). */
  clientDir?: string;
  /** Largest websocket message accepted; larger ones close that connection (1009). */
  maxMessageBytes?: number;
  /** Largest HTTP request body (board imports). */
  maxUploadBytes?: number;
  /** Stored updates per board before they are folded into one state row. */
  compactAfter?: number;
  logger: Logger;
}

export interface AlignboardServer {
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  readonly rooms: RoomRegistry;
  /** Closes every connection, makes everything durable and compacts, then stops. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
const PING_INTERVAL_MS = 30_000;

/** Starts the HTTP API, the static client and the sync websocket on one port. */
export async function createServer(options: ServerOptions): Promise<AlignboardServer> {
  const { logger } = options;
  const store = openSqliteStore(options.dataDir, logger);
  const rooms = new RoomRegistry({ store, logger, compactAfter: options.compactAfter ?? 500 });
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const workshops = new WorkshopRegistry(store, logger);
  const controlDeps = { store, rooms, logger, workshops };
  const extensions: ReadonlyMap<number, ExtensionHandler> = controlExtensions(controlDeps);
  const writePolicy = workshopWritePolicy((boardId) => {
    const state = workshops.get(boardId);
    return { locked: state.locked, topLevelReadOnly: currentStep(state).topLevelReadOnly };
  });

  const router = new Router();
  boardRoutes(router, { store, rooms, maxUploadBytes });
  snapshotRoutes(router, { store, rooms });
  exportRoutes(router, { store, rooms, stepsReached: (boardId) => workshops.stepsReached(boardId) });
  healthRoutes(router, rooms, Date.now());
  const serveClient = staticHandler(resolve(options.clientDir ?? 'dist/client'));

  const http: Server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = router.match(req.method ?? 'GET', url.pathname);
    if (!route) {
      if (url.pathname.startsWith('/api/')) return sendError(res, 404, 'No such API route.');
      return serveClient(req, res, url.pathname);
    }
    Promise.resolve()
      .then(() => route.handler({ req, res, url, params: route.params }))
      .catch((error: unknown) => {
        if (error instanceof HttpError) return sendError(res, error.status, error.message, error.field);
        logger.error('request failed', { path: url.pathname, error: String(error) });
        if (!res.headersSent) sendError(res, 500, 'Something went wrong on the server.');
      });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES });
  http.on('upgrade', (req, socket, head) =>
    handleUpgrade(wss, store, req, socket, head, (ws, { boardId, docId, role }) => {
      let room;
      try {
        room = rooms.open(docId);
      } catch (error) {
        logger.error('room failed to load', { boardId, error: String(error) });
        ws.close(CLOSE_CODES.roomUnavailable, CLOSE_REASONS.roomUnavailable);
        return;
      }
      const peer = attachConnection(ws, room, role, { logger, writePolicy, extensions });
      greetWithControl(controlDeps, peer, room);
      let alive = true;
      ws.on('pong', () => (alive = true));
      const ping = setInterval(() => {
        if (!alive) return ws.terminate();
        alive = false;
        ws.ping();
      }, PING_INTERVAL_MS);
      ws.on('close', () => {
        clearInterval(ping);
        room.leave(peer);
        rooms.releaseIfEmpty(room);
      });
      ws.on('error', (error) => logger.warn('websocket error', { boardId, error: String(error) }));
    }),
  );

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(options.port, options.host, () => done());
  });
  const { port } = http.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    store,
    rooms,
    close() {
      closing ??= (async () => {
        for (const ws of wss.clients) ws.close(CLOSE_CODES.serverShutdown, CLOSE_REASONS.serverShutdown);
        await new Promise<void>((done) => http.close(() => done()));
        http.closeAllConnections();
        rooms.flushAll();
        rooms.destroyAll();
        await store.close();
      })();
      return closing;
    },
  };
}
