import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Each message's websocket frame, built by the first send and reused by every other
 * connection it goes to: a broadcast to 300 connections frames its bytes once.
 */
const frames = new WeakMap<Uint8Array, Buffer>();

/**
 * How to send binary messages on one open websocket. ws frames every send anew and writes
 * header and payload as two chunks (cork, writev, uncork); a room's broadcast is the same
 * bytes for everyone, so here it is framed once and written to each socket as one chunk.
 * Decided once per connection: its extensions are fixed by the handshake.
 */
export function binarySender(ws: WebSocket): (message: Uint8Array) => void {
  const socket = rawSocket(ws);
  if (!socket) return (message) => ws.send(message, (error) => error && ws.terminate());
  return (message) => {
    let frame = frames.get(message);
    if (!frame) {
      frame = binaryFrame(message);
      frames.set(message, frame);
    }
    // A write error surfaces as the socket's 'error' event, on which ws closes the websocket.
    if (socket.writable) socket.write(frame);
  };
}

/**
 * The socket under a websocket, when writing a whole frame to it is what ws itself would
 * do. Hazard: `_socket` is ws's internal field (ws 8). ws holds frames back in its own
 * queue only while it compresses (permessage-deflate) or reads a Blob; with no extension
 * and only Uint8Array sends, its sender writes straight to this socket in call order, so
 * our writes cannot overtake one of its frames (pings, close). Anything unexpected (an
 * extension, a ws without `_socket`) falls back to ws.send.
 */
function rawSocket(ws: WebSocket): Socket | undefined {
  if (ws.extensions !== '') return undefined;
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  return socket && typeof socket.write === 'function' ? socket : undefined;
}

/** An unmasked, final, binary frame (RFC 6455 5.2), header and payload in one buffer. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}
