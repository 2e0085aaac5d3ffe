import * as Y from 'yjs';

/**
 * Parses an incoming Yjs update without applying it. Yjs integrates structs before it
 * reads the delete set, so a malformed tail would leave half an update in the room's doc
 * that was never stored; parsing first keeps the doc and the store in step.
 */
export function inspectUpdate(update: Uint8Array): { valid: boolean; empty: boolean } {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return { valid: true, empty: structs.length === 0 && ds.clients.size === 0 };
  } catch {
    return { valid: false, empty: false };
  }
}
