/**
 * WebSocket close codes the server uses. Application codes live in 4000-4999; a client
 * that sees one of `FINAL_CLOSE_CODES` should not reconnect on its own.
 */
export const CLOSE_CODES = {
  /** The server is stopping (SIGTERM); reconnect later. */
  serverShutdown: 1001,
  /** A message over the configured size limit (ws sends this itself). */
  messageTooLarge: 1009,
  /** A message that is not valid y-websocket framing or not a valid Yjs update. */
  malformedMessage: 4400,
  /** A wrong or missing key, for a socket that got past the upgrade. */
  unauthorized: 4401,
  /** A write from a connection whose role may not write (a viewer). */
  readOnly: 4403,
  /** A participant's write while the facilitator has locked the board; reload and wait. */
  locked: 4423,
  /** A participant's write that would change the top level while the step makes it read-only. */
  topLevelReadOnly: 4424,
  /** The board does not exist. */
  boardNotFound: 4404,
  /** The room could not be loaded or saved; reconnect later. */
  roomUnavailable: 4500,
} as const;

export type CloseCodeName = keyof typeof CLOSE_CODES;
export type CloseCode = (typeof CLOSE_CODES)[CloseCodeName];

export const CLOSE_REASONS: Record<CloseCodeName, string> = {
  serverShutdown: 'server shutting down',
  messageTooLarge: 'message too large',
  malformedMessage: 'malformed message',
  unauthorized: 'wrong or missing key',
  readOnly: 'read-only: this link cannot edit the board',
  locked: 'the facilitator has locked the board',
  topLevelReadOnly: 'the top level is read-only in this step',
  boardNotFound: 'no such board',
  roomUnavailable: 'board temporarily unavailable',
};

export const FINAL_CLOSE_CODES: readonly number[] = [
  CLOSE_CODES.unauthorized,
  CLOSE_CODES.readOnly,
  CLOSE_CODES.boardNotFound,
];
