import type { XYPosition } from '@xyflow/react';
import {
  addNote,
  addTeam,
  deleteNote,
  deleteTeam,
  isTopLevelTeamLevel,
  link,
  unlink,
  type BoardSnapshot,
  type LinkResult,
  type NoteKind,
} from '../../shared/board';
import { freeSpot, nextFrameSpot, teamAt } from '../canvas/placement';
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

function beginTyping(noteId: string): void {
  const ui = useUi.getState();
  ui.selectOnly([noteId]);
  ui.startEditing('note', noteId);
}
