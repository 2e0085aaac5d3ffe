import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_CODES, CLOSE_REASONS, type CloseCodeName } from '../../shared/protocol/closeCodes';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';
import type { Role } from '../../shared/protocol/roles';
import type { Logger } from '../logger';
import type { Peer } from './peer';
import type { Room } from './room';
import type { WritePolicy } from './writePolicy';
import { binarySender } from './sharedFrame';
import { inspectUpdate } from './updateCheck';

/** Messages of types beyond y-websocket's, handled by an extension (e.g. workshop control). */
export type ExtensionHandler = (peer: Peer, room: Room, decoder: decoding.Decoder) => void;

export interface ConnectionDeps {
  logger: Logger;
  writePolicy: WritePolicy;
  extensions: ReadonlyMap<number, ExtensionHandler>;
}

class ProtocolError extends Error {
  constructor(readonly code: CloseCodeName) {
    super(CLOSE_REASONS[code]);
  }
}

let nextPeerId = 1;

/**
 * Binds one websocket to a room. A message that breaks the protocol closes this
 * connection only, with a documented close code; the room keeps serving everyone else.
 */
export function attachConnection(ws: WebSocket, room: Room, role: Role, deps: ConnectionDeps): Peer {
  const sendBinary = binarySender(ws);
  const peer: Peer = {
    id: nextPeerId++,
    role,
    awarenessClients: new Set(),
    send(message) {
      if (ws.readyState === ws.OPEN) sendBinary(message);
    },
    close(code, reason) {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
    },
  };

  ws.on('message', (data, isBinary) => {
    try {
      if (!isBinary) throw new ProtocolError('malformedMessage');
      handleMessage(peer, room, toUint8Array(data), deps);
    } catch (error) {
      const code: CloseCodeName = error instanceof ProtocolError ? error.code : 'malformedMessage';
      deps.logger.warn('closing connection', { docId: room.docId, peer: peer.id, reason: CLOSE_REASONS[code] });
      peer.close(CLOSE_CODES[code], CLOSE_REASONS[code]);
    }
  });
  room.join(peer);
  return peer;
}

function handleMessage(peer: Peer, room: Room, message: Uint8Array, deps: ConnectionDeps): void {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_TYPES.sync:
      return handleSync(peer, room, decoder, deps);
    case MESSAGE_TYPES.awareness:
      return room.applyAwareness(peer, decoding.readVarUint8Array(decoder));
    case MESSAGE_TYPES.queryAwareness:
      return room.sendAwarenessStates(peer);
    case MESSAGE_TYPES.auth:
      return;
    default: {
      const extension = deps.extensions.get(type);
      if (!extension) throw new ProtocolError('malformedMessage');
      return extension(peer, room, decoder);
    }
  }
}

function handleSync(peer: Peer, room: Room, decoder: decoding.Decoder, deps: ConnectionDeps): void {
  const syncType = decoding.readVarUint(decoder);
  if (syncType === syncProtocol.messageYjsSyncStep1) {
    return room.replyToSyncStep1(peer, decoding.readVarUint8Array(decoder));
  }
  if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
    throw new ProtocolError('malformedMessage');
  }
  const update = decoding.readVarUint8Array(decoder);
  const { valid, empty } = inspectUpdate(update);
  if (!valid) throw new ProtocolError('malformedMessage');
  // Every client answers our step 1 with a step 2, viewers included: an empty one is no write.
  if (empty) return;
  const verdict = deps.writePolicy(peer, room, update);
  if (verdict !== 'allow') throw new ProtocolError(verdict);
  room.applyUpdate(peer, update);
}

function toUint8Array(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
