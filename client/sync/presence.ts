import { useEffect, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { XYPosition } from '@xyflow/react';
import type { Role } from '../../shared/protocol/roles';
import { isRole } from '../../shared/protocol/roles';

/** What each person publishes through awareness: never stored in the doc. */
export interface PresenceState {
  name: string;
  color: string;
  role: Role;
  /** Pointer position in flow (board) coordinates, or null when off the canvas. */
  cursor: XYPosition | null;
}

export interface Peer extends PresenceState {
  clientId: number;
  isSelf: boolean;
}

/** Reads a remote state defensively: awareness carries whatever another client sent. */
export function readPresence(state: Record<string, unknown> | undefined): PresenceState | null {
  if (!state || typeof state.name !== 'string' || !isRole(state.role)) return null;
  const cursor = state.cursor as Partial<XYPosition> | null | undefined;
  return {
    name: state.name,
    color: typeof state.color === 'string' ? state.color : '#888',
    role: state.role,
    cursor: cursor && typeof cursor.x === 'number' && typeof cursor.y === 'number' ? { x: cursor.x, y: cursor.y } : null,
  };
}

const cache = new WeakMap<Awareness, { peers: Peer[] }>();

function peersOf(awareness: Awareness): Peer[] {
  let entry = cache.get(awareness);
  if (!entry) {
    entry = { peers: computePeers(awareness) };
    cache.set(awareness, entry);
  }
  return entry.peers;
}

function computePeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const presence = readPresence(state);
    if (presence) peers.push({ ...presence, clientId, isSelf: clientId === awareness.clientID });
  }
  // Me first, then by name, so avatars do not shuffle as cursors move.
  return peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Everyone on the board, me included; re-renders on every awareness change. */
export function usePeers(awareness: Awareness): Peer[] {
  return useSyncExternalStore(
    (onChange) => {
      const handler = () => {
        cache.set(awareness, { peers: computePeers(awareness) });
        onChange();
      };
      awareness.on('change', handler);
      return () => awareness.off('change', handler);
    },
    () => peersOf(awareness),
  );
}

/** Publishes my presence for as long as the component is mounted. */
export function usePublishPresence(awareness: Awareness, me: Omit<PresenceState, 'cursor'>): void {
  const { name, color, role } = me;
  useEffect(() => {
    awareness.setLocalState({ name, color, role, cursor: null });
    return () => awareness.setLocalState(null);
  }, [awareness, name, color, role]);
}
