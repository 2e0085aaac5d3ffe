/**
 * Transaction origins. Every doc write is tagged with one, so observers can tell their
 * own writes from remote ones and each person's Y.UndoManager tracks only their own.
 */
export const ORIGIN_KINDS = ['user', 'import', 'system', 'remote'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

export interface BoardOrigin {
  readonly kind: OriginKind;
  /** Who wrote: a user's session id, or a subsystem name. */
  readonly actor: string;
}

/**
 * One origin object per actor and session: Y.UndoManager compares origins by identity,
 * so keep the object and pass the same one to every command.
 *
 * @example const me = createOrigin('user', sessionId); addNote(doc, {...}, me);
 */
export function createOrigin(kind: OriginKind, actor: string): BoardOrigin {
  return Object.freeze({ kind, actor });
}

export function isBoardOrigin(origin: unknown): origin is BoardOrigin {
  return (
    typeof origin === 'object' &&
    origin !== null &&
    (ORIGIN_KINDS as readonly unknown[]).includes((origin as BoardOrigin).kind) &&
    typeof (origin as BoardOrigin).actor === 'string'
  );
}

export const IMPORT_ORIGIN = createOrigin('import', 'board-file');
export const SYSTEM_ORIGIN = createOrigin('system', 'alignboard');
