import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';

/** Polls `check` until it holds or `timeoutMs` passes; real sockets need real time. */
export async function waitFor(check: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** A real y-websocket client on a board, resolved once its first sync completed. */
export async function connectClient(
  serverUrl: string,
  room: string,
  key: string,
  extraParams: Record<string, string> = {},
): Promise<SyncClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl.replace(/^http/, 'ws') + '/ws', room, doc, {
    params: { key, ...extraParams },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await waitFor(() => provider.synced, 5_000, 'first sync');
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawSocket {
  ws: WebSocket;
  messages: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
}

/** A hand-written client: a bare websocket that speaks only what the test sends. */
export async function openRawSocket(serverUrl: string, boardId: string, key: string): Promise<RawSocket> {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/ws/${boardId}?key=${encodeURIComponent(key)}`);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((done) =>
    ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
  );
  await new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });
  return { ws, messages, closed };
}

/** A y-websocket framed document update, as a client would send it. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The upgrade's HTTP status when the server refuses a websocket. */
export function upgradeStatus(serverUrl: string, path: string): Promise<number> {
  return new Promise((done) => {
    const ws = new WebSocket(serverUrl.replace(/^http/, 'ws') + path);
    ws.on('unexpected-response', (_req, res) => {
      done(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      done(101);
      ws.close();
    });
    ws.on('error', () => {});
  });
}
