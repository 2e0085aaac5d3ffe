/**
 * The secret that names my private brainstorm room on a board. Kept in localStorage per
 * board, so a reload (or a crash) before the reveal brings my private ideas back; whoever
 * holds it can read them, so it is random and long, never derived from my name.
 */

const PREFIX = 'alignboard:private-owner:';
const SECRET_BYTES = 24;

/** The secret this browser already uses on `boardId`, or null. */
export function storedOwnerSecret(storage: Storage | null, boardId: string): string | null {
  try {
    return storage?.getItem(PREFIX + boardId) ?? null;
  } catch {
    return null;
  }
}

/** My secret for `boardId`, made and remembered on first use. */
export function ownerSecret(
  storage: Storage | null,
  boardId: string,
  randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const stored = storedOwnerSecret(storage, boardId);
  if (stored) return stored;
  const secret = Array.from(randomBytes(SECRET_BYTES), (byte) => byte.toString(16).padStart(2, '0')).join('');
  try {
    storage?.setItem(PREFIX + boardId, secret);
  } catch {
    // Storage refused (private browsing): the ideas last as long as this page.
  }
  return secret;
}
