import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';

/**
 * Presence (cursors, selections) reaches a room at most this often. 300 people moving
 * their cursors 30 times a second would otherwise ask for millions of socket writes a
 * second; at 20 a second everyone's moves travel together in one message.
 */
export const AWARENESS_INTERVAL_MS = 50;

/**
 * Relays a room's presence changes: the first change after a quiet interval goes out at
 * once, later ones are gathered and sent together when the interval is up. A gathered
 * client is encoded with its state at sending time, so its last state is never dropped
 * (a removed client is sent as removed).
 */
export class AwarenessRelay {
  private readonly changed = new Set<number>();
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly send: (message: Uint8Array) => void,
    private readonly intervalMs = AWARENESS_INTERVAL_MS,
  ) {}

  queue(clients: Iterable<number>): void {
    for (const client of clients) this.changed.add(client);
    if (this.timer !== undefined || this.changed.size === 0) return;
    const wait = this.lastSentAt + this.intervalMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.clear();
  }

  private flush(): void {
    this.timer = undefined;
    this.lastSentAt = performance.now();
    const message = awarenessMessage(this.awareness, [...this.changed]);
    this.changed.clear();
    this.send(message);
  }
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
