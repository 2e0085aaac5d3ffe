/** What the top bar says about the connection; derived, never stored in the doc. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionFacts {
  /** The provider's last `status` event. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** Whether this session ever reached the server. */
  everConnected: boolean;
  /** Closed connections since the last successful one. */
  failedAttempts: number;
  /** navigator.onLine */
  online: boolean;
  /** The server refused us for good (a final close code); the provider stops retrying. */
  refused: boolean;
}

/** After this many failed attempts in a row, "reconnecting" turns into "offline" (still retrying). */
export const OFFLINE_AFTER_ATTEMPTS = 3;

/**
 * @example connectionStatus({ socket: 'connecting', everConnected: true, failedAttempts: 1, online: true, refused: false }) // 'reconnecting'
 */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.refused || !facts.online) return 'offline';
  if (facts.socket === 'connected') return 'connected';
  if (facts.failedAttempts >= OFFLINE_AFTER_ATTEMPTS) return 'offline';
  return facts.everConnected ? 'reconnecting' : 'connecting';
}
