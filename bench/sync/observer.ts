import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { notesMap, readNumber, type EntryMap } from '../../shared/board/schema';
import type { DeliveryLog } from './deliveryLog';
import { SENT_AT } from './lightSender';
import type { RoomAddress } from './servers';
import { nowMs, until } from './stats';

/**
 * A full client as the app runs it: a y-websocket provider that applies every update.
 * It measures each move's latency from the note's `sentAt` at the moment Yjs applies it.
 */
export class Observer {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  log: DeliveryLog | undefined;
  private readonly lastSeq = new WeakMap<EntryMap, number>();
  private destroyed = false;

  constructor(address: RoomAddress) {
    const notes = notesMap(this.doc);
    notes.observeDeep((events) => {
      const seenAt = nowMs();
      for (const event of events) {
        if (event.target === notes || !(event instanceof Y.YMapEvent) || !event.keysChanged.has(SENT_AT)) continue;
        const note = event.target as EntryMap;
        const seq = readNumber(note, 'x');
        const moves = seq - (this.lastSeq.get(note) ?? 0);
        this.lastSeq.set(note, seq);
        this.log?.record(readNumber(note, SENT_AT), seenAt, moves);
      }
    });
    this.provider = new WebsocketProvider(address.serverUrl, address.roomName, this.doc, {
      params: address.params,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  }

  async synced(timeoutMs: number): Promise<void> {
    if (!(await until(() => this.provider.synced, timeoutMs))) throw new Error('observer did not sync');
  }

  get noteCount(): number {
    return notesMap(this.doc).size;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.provider.destroy();
    this.doc.destroy();
  }
}
