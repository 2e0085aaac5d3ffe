import { beforeEach, describe, expect, it } from 'vitest';
import { createOrigin, snapshotBoard, topLevelIds } from '../../../shared/board';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import type { BoardSession } from '../../../client/board/BoardContext';
import { addKeyResult, addNoteAt, deleteSelection } from '../../../client/board/actions';
import { heldIds, holdNodes } from '../../../client/board/topLevelHold';
import { topLevelHeldFor } from '../../../client/facilitator/editRights';
import { toFlow } from '../../../client/canvas/toFlow';
import { createBoardStore } from '../../../client/sync/boardStore';
import { useUi } from '../../../client/ui/store';
import { linksAndNotes } from './boards';

const me = createOrigin('user', 'me');
const intent = localizationWorkshop.steps.find((step) => step.id === 'strategic-intent')!;
const welcome = localizationWorkshop.steps[0]!;

/** The two-level board as a participant sees it, with the step holding the top level or not. */
function heldBoard(topLevelReadOnly = true) {
  const { doc, ids } = linksAndNotes();
  const store = createBoardStore(doc, (callback) => callback());
  const session = { doc, store, origin: me, author: 'me', role: 'participant', canEdit: true, topLevelReadOnly, undoManager: null } as unknown as BoardSession;
  return { doc, session, ids };
}

beforeEach(() => useUi.setState({ selectedNodes: new Set(), selectedEdges: new Set(), toasts: [], editing: null }));

describe('the top level held by a step', () => {
  it('holds it for participants in a step that says so, never for the facilitator or outside such a step', () => {
    expect(topLevelHeldFor('participant', intent)).toBe(true);
    expect(topLevelHeldFor('participant', welcome)).toBe(false);
    expect(topLevelHeldFor('facilitator', intent)).toBe(false);
    // A viewer changes nothing anyway.
    expect(topLevelHeldFor('viewer', intent)).toBe(false);
  });

  it("holds the company frame, its notes and nothing else, and none when the step doesn't", () => {
    const { session, ids } = heldBoard();
    const board = session.store.getSnapshot();
    expect([...heldIds(session, board)].sort()).toEqual([ids.company, ids.upper, ids.upperKr].sort());
    expect(heldIds({ topLevelReadOnly: false }, board).size).toBe(0);
    expect(topLevelIds(board)).toEqual(heldIds(session, board));
  });

  it('marks held nodes undraggable and held, and leaves the others as they were', () => {
    const { session, ids } = heldBoard();
    const board = session.store.getSnapshot();
    const nodes = toFlow(board).nodes;
    const held = holdNodes(nodes, heldIds(session, board));
    const byId = new Map(held.map((node) => [node.id, node]));
    expect(byId.get(ids.upper)).toMatchObject({ draggable: false, data: { held: true, text: 'Grow' } });
    expect(byId.get(ids.company)).toMatchObject({ draggable: false, data: { held: true } });
    expect(byId.get(ids.lower)).toBe(nodes.find((node) => node.id === ids.lower));
    expect(holdNodes(nodes, new Set())).toBe(nodes);
  });

  it('adds no note in a held frame nor a key result to a held objective, and says why', () => {
    const { doc, session, ids } = heldBoard();
    const board = session.store.getSnapshot();
    expect(addNoteAt(session, board, 'idea', { x: 300, y: 200 })).toBeNull();
    expect(addKeyResult(session, ids.upper)).toBeNull();
    expect(snapshotBoard(doc).notes).toHaveLength(6);
    expect(useUi.getState().toasts.map((toast) => toast.message)).toEqual([
      "The Company level is read-only in this step. Your team's frame is open.",
      "The Company level is read-only in this step. Your team's frame is open.",
    ]);
    expect(addNoteAt(session, board, 'idea', { x: 600, y: 850 })).not.toBeNull();
    expect(snapshotBoard(doc).notes.find((note) => note.kind === 'idea')?.teamId).toBe(ids.sales);
  });

  it('deletes what is selected except what the step holds', () => {
    const { doc, session, ids } = heldBoard();
    useUi.getState().selectOnly([ids.upper, ids.lower, ids.company]);
    deleteSelection(session, session.store.getSnapshot());
    // The Sales objective goes with its key result; the company's objective and frame stay.
    const left = snapshotBoard(doc);
    expect(left.notes.map((note) => note.id).sort()).toEqual([ids.upper, ids.upperKr, ids.cascaded, ids.helper].sort());
    expect(left.teams).toHaveLength(2);
    expect(useUi.getState().toasts).toHaveLength(1);
  });

  it('changes nothing of the kind once the step is over', () => {
    const { doc, session, ids } = heldBoard(false);
    useUi.getState().selectOnly([ids.upper]);
    deleteSelection(session, session.store.getSnapshot());
    expect(snapshotBoard(doc).notes.some((note) => note.id === ids.upper || note.id === ids.upperKr)).toBe(false);
    expect(useUi.getState().toasts).toHaveLength(0);
  });
});
