import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { addNote, moveNote } from '../../shared/board/commands';
import { createOrigin } from '../../shared/board/origin';
import { notesMap } from '../../shared/board/schema';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';
import { RawSocket } from './rawSocket';
import type { RoomAddress } from './servers';
import { nowMs } from './stats';

/**
 * A bench-only note field: when the move was sent. Observers subtract it from the time
 * they see the move. The note's x doubles as the move's sequence number.
 */
export const SENT_AT = 'sentAt';

const CONNECT_TIMEOUT_MS = 15_000;

/**
 * A cheap participant: one small Y.Doc holding only its own note, so its moves are real
 * Yjs updates, framed as y-websocket sync updates. It syncs once (answers the server's
 * step 1, asks with its own) and from then on reads and drops everything it receives.
 */
export class LightSender {
  private readonly doc = new Y.Doc();
  private readonly origin = createOrigin('user', `bench-${this.doc.clientID}`);
  private readonly noteId: string;
  private readonly y: number;
  private readonly ws: RawSocket;
  private readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private seq = 0;
  private cursorSeq = 0;
  private answeredStep1 = false;
  private receivedStep2 = false;
  /** Resolves once the server has our note and we have its state. */
  readonly ready: Promise<void>;

  constructor(
    address: RoomAddress,
    readonly index: number,
  ) {
    this.y = index * 120;
    this.noteId = addNote(this.doc, { kind: 'idea', text: `sender ${index}`, author: `bench-${index}`, x: 0, y: this.y }, this.origin);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.origin && this.answeredStep1) this.ws.send(syncMessage((e) => syncProtocol.writeUpdate(e, update)));
    });
    this.awareness.on('update', () => {
      if (!this.answeredStep1) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_TYPES.awareness);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
      this.ws.send(encoding.toUint8Array(encoder));
    });
    let synced = () => {};
    this.ws = new RawSocket(address.socketUrl, (data) => {
      this.greet(data);
      if (this.answeredStep1 && this.receivedStep2) synced();
    });
    this.ready = new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`sender ${index} did not sync`)), CONNECT_TIMEOUT_MS);
      synced = () => {
        clearTimeout(timer);
        this.ws.stopParsing();
        done();
      };
      this.ws.opened.then(() => this.ws.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, this.doc))), fail);
    });
  }

  /** Moves the note one step right, stamped with the send time. */
  move(): number {
    const sentAt = nowMs();
    this.doc.transact(() => {
      moveNote(this.doc, this.noteId, ++this.seq, this.y, this.origin);
      notesMap(this.doc).get(this.noteId)!.set(SENT_AT, sentAt);
    }, this.origin);
    return sentAt;
  }

  /** Moves this participant's cursor (presence, never stored). */
  moveCursor(): void {
    const step = ++this.cursorSeq;
    this.awareness.setLocalStateField('cursor', { x: step % 1000, y: this.y });
  }

  /** Reads and drops what the server sent since the last call. */
  drain(): void {
    this.ws.drain();
  }

  close(): void {
    // Says goodbye (a null presence) before the socket goes.
    this.awareness.destroy();
    this.ws.close();
    this.doc.destroy();
  }

  private greet(data: Buffer): void {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_TYPES.sync) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.ws.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, this.doc, stateVector)));
      this.answeredStep1 = true;
    } else if (syncType === syncProtocol.messageYjsSyncStep2) {
      this.receivedStep2 = true;
    }
  }
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
