import * as decoding from 'lib0/decoding';
import { encodeClock, encodeControl, readJsonBody } from '../../shared/protocol/control';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';
import type { ControlCommand } from '../../shared/workshop/controlCommands';
import type { ControlState } from '../../shared/workshop/controlState';
import { openRawSocket, waitFor, type RawSocket } from './clients';

export interface ControlClient extends RawSocket {
  /** Every control and clock message received, decoded, in order. */
  received: { type: string; [key: string]: unknown }[];
  latestState(): ControlState | undefined;
  command(command: ControlCommand | Record<string, unknown>, requestId?: string): void;
  ping(t0: number): void;
  waitForState(check: (state: ControlState) => boolean, what?: string): Promise<ControlState>;
}

/** A hand-written client that speaks only the workshop control messages. */
export async function openControlClient(serverUrl: string, boardId: string, key: string): Promise<ControlClient> {
  const socket = await openRawSocket(serverUrl, boardId, key);
  // Decoded from the raw log, which records from before `open`: the greeting can come first.
  const received = () => socket.messages.flatMap((data) => {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_TYPES.control && type !== MESSAGE_TYPES.clock) return [];
    const message = readJsonBody(decoder);
    return message ? [message] : [];
  });
  const latestState = () =>
    received().filter((m) => m.type === 'control-state').map((m) => m.state as ControlState).at(-1);
  return {
    ...socket,
    get received() {
      return received();
    },
    latestState,
    command: (command, requestId) =>
      socket.ws.send(encodeControl({ type: 'control-command', command: command as ControlCommand, requestId })),
    ping: (t0) => socket.ws.send(encodeClock({ type: 'ping', t0 })),
    async waitForState(check, what = 'control state') {
      await waitFor(() => {
        const state = latestState();
        return state !== undefined && check(state);
      }, 5_000, what);
      return latestState()!;
    },
  };
}
