import { randomBytes, randomFillSync } from 'node:crypto';
import { Socket } from 'node:net';

const OPCODE_BINARY = 0x2;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;
const OPCODE_PONG = 0xa;
const HANDSHAKE_TIMEOUT_MS = 15_000;

/**
 * The smallest websocket client a light sender needs: the upgrade handshake, masked
 * binary frames out, and frames in parsed only until `stopParsing()`. After that incoming
 * bytes are still read (so the server never backs up) but in bursts and unparsed: a full
 * client library, woken for every message, spends more CPU receiving than the server
 * spends sending, and on two cores that would measure the load generator, not the server.
 */
export class RawSocket {
  readonly opened: Promise<void>;
  private readonly socket: Socket;
  private pending: Buffer = Buffer.alloc(0);
  private upgraded = false;
  private parsing = true;

  constructor(
    url: string,
    private readonly onMessage: (payload: Buffer) => void,
  ) {
    const { hostname, port, pathname, search } = new URL(url);
    // A one-byte high-water mark makes a paused socket stop reading from the kernel at once.
    this.socket = new Socket({ readableHighWaterMark: 1 } as ConstructorParameters<typeof Socket>[0]);
    this.socket.connect({ host: hostname, port: Number(port), noDelay: true });
    this.opened = new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no websocket upgrade from ${url}`)), HANDSHAKE_TIMEOUT_MS);
      this.socket.once('error', fail);
      // A reset when the server stops is expected; it must not end the bench.
      this.socket.on('error', () => {});
      this.socket.once('connect', () =>
        this.socket.write(
          `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        ),
      );
      this.socket.on('data', (chunk: Buffer) => {
        if (!this.parsing) return;
        this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        if (!this.upgraded) {
          const end = this.pending.indexOf('\r\n\r\n');
          if (end < 0) return;
          if (!this.pending.subarray(0, 12).toString().startsWith('HTTP/1.1 101')) {
            return fail(new Error(`upgrade refused: ${this.pending.subarray(0, end).toString()}`));
          }
          this.upgraded = true;
          clearTimeout(timer);
          this.pending = this.pending.subarray(end + 4);
          done();
        }
        this.readFrames();
      });
    });
  }

  send(payload: Uint8Array, opcode = OPCODE_BINARY): void {
    const length = payload.length;
    const extended = length < 126 ? 0 : length < 65536 ? 2 : 8;
    const frame = Buffer.allocUnsafe(2 + extended + 4 + length);
    frame[0] = 0x80 | opcode;
    frame[1] = 0x80 | (extended === 0 ? length : extended === 2 ? 126 : 127);
    if (extended === 2) frame.writeUInt16BE(length, 2);
    if (extended === 8) frame.writeBigUInt64BE(BigInt(length), 2);
    const maskAt = 2 + extended;
    randomFillSync(frame, maskAt, 4);
    for (let i = 0; i < length; i++) frame[maskAt + 4 + i] = payload[i]! ^ frame[maskAt + (i & 3)]!;
    this.socket.write(frame);
  }

  /**
   * From now on everything received is dropped, and read only when `drain()` is called:
   * the kernel holds what arrives in between, and one read takes it all.
   */
  stopParsing(): void {
    this.parsing = false;
    this.pending = Buffer.alloc(0);
    this.socket.pause();
  }

  /** Reads whatever arrived since the last drain, in this turn of the event loop. */
  drain(): void {
    this.socket.resume();
    setImmediate(() => this.socket.pause());
  }

  close(): void {
    this.socket.destroy();
  }

  private readFrames(): void {
    while (this.parsing && this.pending.length >= 2) {
      const opcode = this.pending[0]! & 0x0f;
      let length = this.pending[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.pending.length < 4) return;
        length = this.pending.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.pending.length < 10) return;
        length = Number(this.pending.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.pending.length < offset + length) return;
      const payload = this.pending.subarray(offset, offset + length);
      this.pending = this.pending.subarray(offset + length);
      // Servers send whole messages unfragmented and unmasked.
      if (opcode === OPCODE_BINARY) this.onMessage(payload);
      else if (opcode === OPCODE_PING) this.send(payload, OPCODE_PONG);
      else if (opcode === OPCODE_CLOSE) this.close();
    }
  }
}
