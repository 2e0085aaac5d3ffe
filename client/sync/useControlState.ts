import { useCallback, useSyncExternalStore } from 'react';
import type { ControlCommand } from '../../shared/workshop/controlCommands';
import type { ControlState } from '../../shared/workshop/controlState';
import { useBoardSession } from '../board/BoardContext';
import type { ControlRefusal } from './controlChannel';

export interface ControlStateView {
  /** The room's workshop control state, or null until the server's greeting arrives. */
  state: ControlState | null;
  /** Server clock minus local clock (ms): `Date.now() + serverOffset` is the server's now. */
  serverOffset: number;
  /** Sends a facilitator command; the server answers every client with the new state, or refuses. */
  sendCommand(command: ControlCommand): string | null;
  lastRefusal: ControlRefusal | null;
}

/** The workshop control state of the open board, live; the one hook every panel reads it through. */
export function useControlState(): ControlStateView {
  const { control } = useBoardSession();
  const snapshot = useSyncExternalStore(control.subscribe, control.getSnapshot);
  const sendCommand = useCallback((command: ControlCommand) => control.sendCommand(command), [control]);
  return { state: snapshot.state, serverOffset: snapshot.serverOffset, sendCommand, lastRefusal: snapshot.lastRefusal };
}
