import type * as Y from 'yjs';
import { addNote, deleteNote, moveNote, snapshotBoard } from '../../shared/board';
import { notesMap } from '../../shared/board/schema';
import type { BoardSession } from '../board/BoardContext';
import type { Interaction } from '../canvas/localNodes';
import { noteCenter, teamAt } from '../canvas/placement';

/**
 * My private ideas are edited through the same board commands as every note, on my
 * private doc. These route a write to the doc that holds the note; the board's own write
 * paths ignore ids they do not hold, so each note is written exactly once.
 */

/** The doc a note lives in: my private layer for my private ideas, the board for the rest. */
export function docOfNote(session: BoardSession, id: string): Y.Doc {
  const ideas = session.privateIdeas;
  return ideas && notesMap(ideas.doc).has(id) ? ideas.doc : session.doc;
}

/** Writes the drags among `batch` that move my private ideas. */
export function movePrivateIdeas(session: BoardSession, batch: ReadonlyMap<string, Interaction>): void {
  const ideas = session.privateIdeas;
  if (!ideas) return;
  const notes = notesMap(ideas.doc);
  ideas.doc.transact(() => {
    for (const [id, { position }] of batch) if (position && notes.has(id)) moveNote(ideas.doc, id, position.x, position.y, session.origin);
  }, session.origin);
}

/**
 * A private idea dropped on a frame joins that team, like a board note. The private doc
 * holds no frames, so the board's setNoteTeam (which checks the team exists in the same
 * doc) cannot do it: the idea is written again with the same id and its new team.
 */
export function dropPrivateIdeasIntoFrames(session: BoardSession, ids: ReadonlySet<string>): void {
  const ideas = session.privateIdeas;
  if (!ideas) return;
  const teams = session.store.getSnapshot().teams;
  const { doc } = ideas;
  for (const note of snapshotBoard(doc).notes) {
    if (!ids.has(note.id)) continue;
    const teamId = teamAt(teams, noteCenter(note))?.id ?? null;
    if (teamId === note.teamId) continue;
    const { extra: _extra, ...fields } = note;
    doc.transact(() => {
      deleteNote(doc, note.id, session.origin);
      addNote(doc, { ...fields, teamId }, session.origin);
    }, session.origin);
  }
}

/** Deletes those of `ids` that are my private ideas. */
export function deletePrivateIdeas(session: BoardSession, ids: Iterable<string>): void {
  const ideas = session.privateIdeas;
  if (!ideas) return;
  const notes = notesMap(ideas.doc);
  ideas.doc.transact(() => {
    for (const id of ids) if (notes.has(id)) deleteNote(ideas.doc, id, session.origin);
  }, session.origin);
}
