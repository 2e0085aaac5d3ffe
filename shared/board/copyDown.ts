import type * as Y from 'yjs';
import { addNote, link } from './commands';
import type { BoardOrigin } from './origin';
import { linksMap, noteText, notesMap, readKind, readMetric, readString } from './schema';

export type CopyDownResult =
  | { ok: true; krId: string; linkId: string }
  | { ok: false; reason: 'missing-note' | 'not-a-kr' | 'not-an-objective' | 'already-copied' };

/**
 * Copies an upper key result down to a team: a new key result under `objectiveId` (same
 * text and metric, in the objective's team, stacked under its key results) with the
 * kr -> kr "copies down" link to the upper one. One transaction, so it syncs as one
 * update and one undo removes both.
 *
 * Refuses when the objective already holds a copy of that key result.
 *
 * @example copyDown(doc, upperKrId, myObjectiveId, 'Ana', me) // { ok: true, krId, linkId }
 */
export function copyDown(
  doc: Y.Doc,
  upperKrId: string,
  objectiveId: string,
  author: string,
  origin: BoardOrigin,
): CopyDownResult {
  const notes = notesMap(doc);
  const upper = notes.get(upperKrId);
  const objective = notes.get(objectiveId);
  if (!upper || !objective) return { ok: false, reason: 'missing-note' };
  if (readKind(upper) !== 'kr') return { ok: false, reason: 'not-a-kr' };
  if (readKind(objective) !== 'objective') return { ok: false, reason: 'not-an-objective' };
  if (alreadyCopied(doc, upperKrId, objectiveId)) return { ok: false, reason: 'already-copied' };

  const text = noteText(upper)?.toString() ?? readString(upper, 'text');
  const metric = readMetric(upper);
  let result: CopyDownResult = { ok: false, reason: 'missing-note' };
  // Commands called inside this transaction join it instead of opening their own.
  doc.transact(() => {
    const krId = addNote(doc, { kind: 'kr', text, objectiveId, author, ...(metric ? { metric } : {}) }, origin);
    const linked = link(doc, krId, upperKrId, origin);
    if (linked.ok) result = { ok: true, krId, linkId: linked.id };
  }, origin);
  return result;
}

function alreadyCopied(doc: Y.Doc, upperKrId: string, objectiveId: string): boolean {
  const notes = notesMap(doc);
  for (const entry of linksMap(doc).values()) {
    if (entry.get('to') !== upperKrId) continue;
    const from = notes.get(entry.get('from') as string);
    if (from?.get('objectiveId') === objectiveId) return true;
  }
  return false;
}
