import type * as Y from 'yjs';
import { z } from 'zod';
import { addNote, link } from './commands';
import { metricSchema } from './fileSchema';
import type { BoardOrigin } from './origin';
import { notesMap } from './schema';
import { KR_STACK_GAP, NOTE_KINDS, NOTE_SIZE, type BoardSnapshot, type Link, type Note, type NoteKind } from './types';

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

/** The clipboard type a copy travels under between boards, beside a plain-text version. */
export const NOTE_COPY_MIME = 'application/x-alignboard-notes';
/** More than a workshop ever copies at once; a bigger paste is refused, not truncated. */
export const MAX_COPIED_NOTES = 5_000;

const copySchema = z.object({
  format: z.literal('alignboard-notes'),
  notes: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(NOTE_KINDS),
        text: z.string(),
        teamId: z.string().nullable(),
        objectiveId: z.string().nullable(),
        x: z.number(),
        y: z.number(),
        metric: metricSchema.optional(),
      }),
    )
    .max(MAX_COPIED_NOTES),
  links: z.array(z.object({ id: z.string().min(1), from: z.string().min(1), to: z.string().min(1) })),
});

/** A copy as it goes on the clipboard. */
export function serialiseCopy(copy: NoteCopy): string {
  const notes = copy.notes.map(({ id, kind, text, teamId, objectiveId, x, y, metric }) => ({ id, kind, text, teamId, objectiveId, x, y, metric }));
  return JSON.stringify({ format: 'alignboard-notes', notes, links: copy.links.map(({ id, from, to }) => ({ id, from, to })) });
}

/** A copy read back from the clipboard; null for anything else, or links to notes it does not hold. */
export function parseCopy(text: string): NoteCopy | null {
  let parsed: z.infer<typeof copySchema>;
  try {
    parsed = copySchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
  const ids = new Set(parsed.notes.map((note) => note.id));
  if (ids.size !== parsed.notes.length || !parsed.links.every((l) => ids.has(l.from) && ids.has(l.to) && l.from !== l.to)) return null;
  const notes: Note[] = parsed.notes.map((note) => ({ ...note, author: '', createdAt: 0, extra: {}, metric: note.metric }));
  return { notes, links: parsed.links.map((l) => ({ ...l, extra: {} })) };
}

/** A copy as lines of text for a document or a chat, in reading order: objectives with their key results under them. */
export function copyText(copy: NoteCopy): string {
  const copied = new Set(copy.notes.map((note) => note.id));
  const byPlace = [...copy.notes].sort((a, b) => a.y - b.y || a.x - b.x);
  const under = (note: Note) => note.objectiveId !== null && copied.has(note.objectiveId);
  const lines: string[] = [];
  for (const note of byPlace) {
    if (under(note)) continue;
    lines.push(note.text);
    for (const kr of byPlace) if (kr.objectiveId === note.id && under(kr)) lines.push(`  - ${kr.text}`);
  }
  return lines.join('\n');
}

const BULLET = /^\s*(?:[-*•‣◦]|\d+[.)])\s+/;

/**
 * Lines of text pasted onto the board, as notes of `kind`, side by side. When objectives
 * are pasted, an indented line under one is a key result of it: copyText read back. Empty
 * lines and list bullets are dropped.
 */
export function copyFromText(text: string, kind: NoteKind): NoteCopy {
  const notes: Note[] = [];
  let objective: Note | null = null;
  let krs = 0;
  for (const line of text.split(/\r?\n/)) {
    const words = line.replace(BULLET, '').trim();
    if (!words) continue;
    const indented = /^\s/.test(line);
    const base = { id: `line-${notes.length}`, text: words, teamId: null, author: '', createdAt: 0, extra: {} };
    if (kind === 'objective' && indented && objective) {
      krs += 1;
      notes.push({ ...base, kind: 'kr', objectiveId: objective.id, x: objective.x, y: objective.y + krs * (NOTE_SIZE.h + KR_STACK_GAP) });
      continue;
    }
    const column = notes.filter((note) => note.objectiveId === null).length;
    const note: Note = { ...base, kind, objectiveId: null, x: column * (NOTE_SIZE.w + 24), y: 0 };
    notes.push(note);
    objective = kind === 'objective' ? note : null;
    krs = 0;
  }
  return { notes: notes.slice(0, MAX_COPIED_NOTES), links: [] };
}
