import * as Y from 'yjs';

/** Builds a throwaway Y.Doc from stored updates, reads it, and frees it. */
export function withTransientDoc<T>(updates: readonly Uint8Array[], read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return read(doc);
  } finally {
    doc.destroy();
  }
}
