import type { Role } from '../../shared/protocol/roles';

/** One websocket connection as a room sees it: who it is and how to reach it. */
export interface Peer {
  readonly id: number;
  readonly role: Role;
  /** Awareness client ids this connection announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
