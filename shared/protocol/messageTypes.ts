/**
 * The first varint of every websocket message. 0-3 are y-websocket's own; ours start
 * at 10 so a plain y-websocket client ignores them.
 */
export const MESSAGE_TYPES = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Workshop control state and facilitator commands (shared/protocol/control.ts). */
  control: 10,
  /** Clock ping/pong for countdowns that agree across skewed clocks. */
  clock: 11,
} as const;

export type MessageTypeName = keyof typeof MESSAGE_TYPES;
export type MessageType = (typeof MESSAGE_TYPES)[MessageTypeName];
