import type * as decoding from 'lib0/decoding';
import { encodeClock, encodeControl, readJsonBody } from '../../shared/protocol/control';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';
import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import { parseControlCommand } from '../../shared/workshop/controlCommands';
import type { ExtensionHandler } from '../sync/connection';
import type { Peer } from '../sync/peer';
import type { Room } from '../sync/room';
import { runControlEffects, type EffectDeps } from './effects';
import type { WorkshopRegistry } from './workshops';

export interface ControlDeps extends EffectDeps {
  workshops: WorkshopRegistry;
  now?: () => number;
}

/**
 * Handlers for the control and clock message types. Only a facilitator's command
 * changes anything; anyone else's is answered with `control-refused` and ignored.
 */
export function controlExtensions(deps: ControlDeps): Map<number, ExtensionHandler> {
  const now = deps.now ?? Date.now;
  const onControl = (peer: Peer, room: Room, decoder: decoding.Decoder) => {
    const message = readJsonBody(decoder);
    if (!message || message.type !== 'control-command') throw new Error('malformed control message');
    const requestId = typeof message.requestId === 'string' ? message.requestId : undefined;
    const refuse = (reason: string) => peer.send(encodeControl({ type: 'control-refused', reason, requestId }));
    if (isPrivateRoom(room)) return refuse('control commands go to the board, not a private brainstorm');
    if (!ROLE_PERMISSIONS[peer.role].control) return refuse('only the facilitator can change the workshop');
    const parsed = parseControlCommand(message.command);
    if (!parsed.ok) return refuse(parsed.error);
    const before = deps.workshops.get(room.docId);
    const { state, effects } = deps.workshops.apply(room.docId, parsed.command, now());
    const reply = encodeControl({ type: 'control-state', state, serverNow: now() });
    // A command that changed nothing is answered to its sender alone, so its buttons settle.
    if (state !== before) room.broadcast(reply);
    else peer.send(reply);
    runControlEffects(deps, room.docId, effects);
  };
  const onClock = (peer: Peer, _room: Room, decoder: decoding.Decoder) => {
    const received = now();
    const message = readJsonBody(decoder);
    if (!message || message.type !== 'ping' || typeof message.t0 !== 'number') throw new Error('malformed control message');
    peer.send(encodeClock({ type: 'pong', t0: message.t0, t1: received, t2: now() }));
  };
  return new Map<number, ExtensionHandler>([
    [MESSAGE_TYPES.control, onControl],
    [MESSAGE_TYPES.clock, onClock],
  ]);
}

/** Sends a new connection the current control state. */
export function greetWithControl(deps: ControlDeps, peer: Peer, room: Room): void {
  if (isPrivateRoom(room)) return;
  const state = deps.workshops.get(room.docId);
  peer.send(encodeControl({ type: 'control-state', state, serverNow: (deps.now ?? Date.now)() }));
}

function isPrivateRoom(room: Room): boolean {
  return room.docId.includes('/private/');
}
