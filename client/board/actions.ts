import type { XYPosition } from '@xyflow/react';
import {
  addNote,
  addTeam,
  deleteNote,
  deleteTeam,
  isTopLevelTeamLevel,
  copyFromText,
  copyNotes,
  copyText,
  link,
  NOTE_COPY_MIME,
  parseCopy,
  pasteNotes,
  serialiseCopy,
  unlink,
  type BoardSnapshot,
  type LinkResult,
  type Note,
  type NoteCopy,
  type NoteKind,
} from '../../shared/board';
import { boundsOf, freeArea, freeSpot, nextFrameSpot, noteCenter, noteRect, teamAt } from '../canvas/placement';
import { deletePrivateIdeas, docOfNote } from '../facilitator/privateWrites';
import { offerCascadeFix } from '../overlay/cascadeActions';
import { useUi } from '../ui/store';
import type { BoardSession } from './BoardContext';
import { explainHeld, heldIds } from './topLevelHold';

/**
 * What the toolbar, the canvas and the notes' buttons do, as board commands with my origin
 * plus the local UI that follows (select the new note, start typing into it).
 */

/**
 * Adds a note centred on `center`, in the team whose frame is there, and starts typing
 * into it; null when that frame is one the step keeps me out of.
 */
export function addNoteAt(session: BoardSession, board: BoardSnapshot, kind: NoteKind, center: XYPosition): string | null {
  const team = teamAt(board.teams, center);
  if (team && heldIds(session, board).has(team.id)) {
    explainHeld(board);
    return null;
  }
  const ideas = session.privateIdeas;
  const spot = freeSpot(ideas ? [...board.notes, ...ideas.store.getSnapshot().notes] : board.notes, center);
  // While the room brainstorms in private, a new idea goes to my private doc, not the board.
  const id = addNote(
    kind === 'idea' && ideas?.writing ? ideas.doc : session.doc,
    { kind, x: spot.x, y: spot.y, teamId: team?.id ?? null, author: session.author },
    session.origin,
  );
  beginTyping(id);
  return id;
}

/** Adds a key result to an objective; the command stacks it under the objective's others. */
export function addKeyResult(session: BoardSession, objectiveId: string): string | null {
  const board = session.store.getSnapshot();
  if (heldIds(session, board).has(objectiveId)) {
    explainHeld(board);
    return null;
  }
  const id = addNote(session.doc, { kind: 'kr', objectiveId, author: session.author }, session.origin);
  beginTyping(id);
  return id;
}

/**
 * Adds a team frame right of the others, one level under the top team, and opens its
 * header for a name (its function defaults to that name).
 */
export function addTeamFrame(session: BoardSession, board: BoardSnapshot): string | null {
  const top = board.teams.find((team) => isTopLevelTeamLevel(team.level)) ?? null;
  // The first frame is the top level's.
  if (!top && session.topLevelReadOnly) {
    explainHeld(board);
    return null;
  }
  const spot = nextFrameSpot(board.teams);
  const level = top ? Math.min(1, board.meta.levels.length - 1) : 0;
  const id = addTeam(
    session.doc,
    {
      name: top ? 'New team' : 'Company',
      function: top ? '' : 'Company',
      level,
      parentId: top?.id ?? null,
      x: spot.x,
      y: spot.y,
    },
    session.origin,
  );
  useUi.getState().selectOnly([id]);
  useUi.getState().startEditing('team', id);
  return id;
}

const REFUSALS: Record<Extract<LinkResult, { ok: false }>['reason'], string> = {
  'self-link': 'A note cannot link to itself.',
  duplicate: 'These two notes are already linked.',
  'missing-note': 'That note was just deleted.',
};

/**
 * Links a lower note to the upper note it aligns to; says why when the board refuses, and
 * explains a cascade (objective -> key result) with its fix on offer.
 */
export function connectNotes(session: BoardSession, from: string, to: string): void {
  if (docOfNote(session, from) !== session.doc || docOfNote(session, to) !== session.doc) {
    useUi.getState().toast('A private idea can be linked once the facilitator reveals it.', 'warning');
    return;
  }
  const result = link(session.doc, from, to, session.origin);
  if (!result.ok) useUi.getState().toast(REFUSALS[result.reason], 'warning');
  else offerCascadeFix(session, result.id);
}

/**
 * Deletes what is selected: notes (an objective takes its key results), frames and links.
 * What the step holds stays, and says why.
 */
export function deleteSelection(session: BoardSession, board: BoardSnapshot): void {
  const { selectedNodes, selectedEdges, clearSelection } = useUi.getState();
  if (selectedNodes.size === 0 && selectedEdges.size === 0) return;
  const held = heldIds(session, board);
  const holds = (id: string) => held.has(id) || deletesHeldNotes(board, id, held);
  const doomed = [...selectedNodes].filter((id) => !holds(id));
  if (doomed.length < selectedNodes.size) explainHeld(board);
  const teamIds = new Set(board.teams.map((team) => team.id));
  session.undoManager?.stopCapturing();
  session.doc.transact(() => {
    for (const id of selectedEdges) unlink(session.doc, id, session.origin);
    for (const id of doomed) {
      if (teamIds.has(id)) deleteTeam(session.doc, id, session.origin);
      else deleteNote(session.doc, id, session.origin);
    }
  }, session.origin);
  deletePrivateIdeas(session, selectedNodes);
  clearSelection();
}

/** Deleting an objective deletes its key results: a held one among them holds it too. */
function deletesHeldNotes(board: BoardSnapshot, id: string, held: ReadonlySet<string>): boolean {
  return held.size > 0 && board.notes.some((note) => note.objectiveId === id && held.has(note.id));
}

/** How far a paste or a duplicate lands from what it copies, down and right, like a stack of cards. */
export const PASTE_STEP = 32;

/**
 * Puts the selected notes (an objective with its key results) on the clipboard: for another
 * board as notes, for a document as lines of text. False when no note is selected.
 */
export function copySelection(board: BoardSnapshot, clipboard: DataTransfer): boolean {
  const copy = copyNotes(board, useUi.getState().selectedNodes);
  if (copy.notes.length === 0) return false;
  clipboard.setData(NOTE_COPY_MIME, serialiseCopy(copy));
  clipboard.setData('text/plain', copyText(copy));
  useUi.getState().toast(`Copied ${copy.notes.length} note${copy.notes.length === 1 ? '' : 's'}.`);
  return true;
}

/**
 * Pastes from the clipboard: notes copied on a board land a step further each time they are
 * pasted; lines of text become notes of the chosen kind around `center`. False when the
 * clipboard holds neither.
 */
export function pasteFromClipboard(session: BoardSession, board: BoardSnapshot, clipboard: DataTransfer, center: XYPosition): boolean {
  const copied = clipboard.getData(NOTE_COPY_MIME);
  const copy = copied ? parseCopy(copied) : null;
  if (copy) {
    const { lastPaste, setLastPaste } = useUi.getState();
    const times = lastPaste?.copy === copied ? lastPaste.times + 1 : 1;
    if (putDown(session, board, copy, times * PASTE_STEP, times * PASTE_STEP)) setLastPaste({ copy: copied, times });
    return true;
  }
  const lines = copyFromText(clipboard.getData('text/plain'), useUi.getState().tool);
  if (lines.notes.length === 0) return false;
  const block = boundsOf(lines.notes.map(noteRect));
  const at = freeArea(board.notes, block, center);
  putDown(session, board, lines, at.x - block.x, at.y - block.y);
  return true;
}

/** Copies the selected notes one step down and right, in one go (Ctrl+D), and selects the copies. */
export function duplicateSelection(session: BoardSession, board: BoardSnapshot): void {
  const copy = copyNotes(board, useUi.getState().selectedNodes);
  if (copy.notes.length > 0) putDown(session, board, copy, PASTE_STEP, PASTE_STEP);
}

/**
 * Puts `copy` down shifted by (dx, dy) and selects it, unless a note would land in a frame
 * the step holds (false then). Ideas alone, while the room brainstorms in private, go to
 * my private doc like any idea I add.
 */
function putDown(session: BoardSession, board: BoardSnapshot, copy: NoteCopy, dx: number, dy: number): boolean {
  const held = heldIds(session, board);
  const landsIn = (x: number, y: number) => teamAt(board.teams, noteCenter({ x, y }))?.id ?? null;
  const copied = new Set(copy.notes.map((note) => note.id));
  // A key result copied without its objective goes back under that objective.
  const heldPlace = (note: Note) =>
    note.kind === 'kr' && note.objectiveId !== null && !copied.has(note.objectiveId)
      ? held.has(note.objectiveId)
      : held.has(landsIn(note.x + dx, note.y + dy) ?? '');
  if (copy.notes.some(heldPlace)) {
    explainHeld(board);
    return false;
  }
  const ideas = session.privateIdeas;
  const doc = ideas?.writing && copy.notes.every((note) => note.kind === 'idea') ? ideas.doc : session.doc;
  session.undoManager?.stopCapturing();
  const ids = pasteNotes(doc, copy, { dx, dy, teamAt: landsIn }, session.author, session.origin);
  useUi.getState().selectOnly(ids);
  return true;
}

function beginTyping(noteId: string): void {
  const ui = useUi.getState();
  ui.selectOnly([noteId]);
  ui.startEditing('note', noteId);
}
