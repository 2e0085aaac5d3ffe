import type * as Y from 'yjs';
import { addNote, link } from './commands';
import type { BoardOrigin } from './origin';
import { notesMap } from './schema';
import type { BoardSnapshot, Link, Note } from './types';

/** Notes taken off a board to be put down again, with the links among them. */
export interface NoteCopy {
  notes: readonly Note[];
  links: readonly Link[];
}

/**
 * What copying `ids` takes: those notes, an objective's key results with it (they move and
 * delete with it too), and the links whose two ends are both taken. Frames and other ids
 * are left out.
 */
export function copyNotes(board: BoardSnapshot, ids: ReadonlySet<string>): NoteCopy {
  const taken = new Set<string>();
  for (const note of board.notes) {
    if (ids.has(note.id) || (note.objectiveId !== null && ids.has(note.objectiveId))) taken.add(note.id);
  }
  return {
    notes: board.notes.filter((note) => taken.has(note.id)),
    links: board.links.filter((l) => taken.has(l.from) && taken.has(l.to)),
  };
}

export interface Placement {
  /** How far from the originals the copies go. */
  dx: number;
  dy: number;
  /** The team whose frame a note put down at (x, y) lands in. */
  teamAt(x: number, y: number): string | null;
}

/**
 * Puts a copy down as new notes by `author`: each shifted by the placement and in the team
 * it lands in. A key result whose objective came along stays under the new objective; one
 * copied alone stacks under its own objective again, if that is still on the board. Links
 * come along between new notes. One transaction, so one undo step. Returns the new ids.
 */
export function pasteNotes(doc: Y.Doc, copy: NoteCopy, placement: Placement, author: string, origin: BoardOrigin): string[] {
  const newIds = new Map<string, string>();
  const copied = new Set(copy.notes.map((note) => note.id));
  // Objectives first: their key results take the new objective's id and team.
  const ordered = [...copy.notes].sort((a, b) => Number(a.kind !== 'objective') - Number(b.kind !== 'objective'));
  doc.transact(() => {
    for (const note of ordered) {
      const base = { kind: note.kind, text: note.text, author, metric: note.metric };
      const objectiveId = note.kind === 'kr' ? note.objectiveId : null;
      let id: string;
      if (objectiveId !== null && copied.has(objectiveId)) {
        const objective = newIds.get(objectiveId)!;
        const teamId = notesMap(doc).get(objective)?.get('teamId') as string | null;
        id = addNote(doc, { ...base, objectiveId: objective, teamId, x: note.x + placement.dx, y: note.y + placement.dy }, origin);
      } else if (objectiveId !== null && notesMap(doc).has(objectiveId)) {
        id = addNote(doc, { ...base, objectiveId }, origin);
      } else {
        const x = note.x + placement.dx;
        const y = note.y + placement.dy;
        id = addNote(doc, { ...base, teamId: placement.teamAt(x, y), x, y }, origin);
      }
      newIds.set(note.id, id);
    }
    for (const { from, to } of copy.links) link(doc, newIds.get(from)!, newIds.get(to)!, origin);
  }, origin);
  return copy.notes.map((note) => newIds.get(note.id)!);
}
