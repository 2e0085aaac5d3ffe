import { beforeEach, describe, expect, it } from 'vitest';
import { createOrigin, snapshotBoard } from '../../../shared/board';
import type { BoardSession } from '../../../client/board/BoardContext';
import { PASTE_STEP, copySelection, duplicateSelection, pasteClipboard } from '../../../client/board/actions';
import { createBoardStore } from '../../../client/sync/boardStore';
import { useUi } from '../../../client/ui/store';
import { linksAndNotes } from './boards';

const me = createOrigin('user', 'me');

function session(topLevelReadOnly = false) {
  const { doc, ids } = linksAndNotes();
  const store = createBoardStore(doc, (callback) => callback());
  const mine = { doc, store, origin: me, author: 'Ada', role: 'participant', canEdit: true, topLevelReadOnly, undoManager: null } as unknown as BoardSession;
  return { doc, session: mine, ids };
}

beforeEach(() => useUi.setState({ selectedNodes: new Set(), selectedEdges: new Set(), toasts: [], clipboard: null }));

describe('copy, paste and duplicate', () => {
  it('pastes what I copied a step further each time, selects the copies, and keeps nothing when nothing is selected', () => {
    const { doc, session: mine, ids } = session();
    expect(copySelection(mine.store.getSnapshot())).toBe(false);
    expect(pasteClipboard(mine, mine.store.getSnapshot())).toBe(false);

    useUi.getState().selectOnly([ids.lower]);
    expect(copySelection(mine.store.getSnapshot())).toBe(true);
    expect(useUi.getState().toasts.at(-1)?.message).toBe('Copied 2 notes.');
    const original = snapshotBoard(doc).notes.find((note) => note.id === ids.lower)!;
    pasteClipboard(mine, mine.store.getSnapshot());
    pasteClipboard(mine, mine.store.getSnapshot());
    const copies = snapshotBoard(doc).notes.filter((note) => note.text === 'Win Nordics' && note.id !== ids.lower);
    expect(copies.map((note) => [note.x - original.x, note.y - original.y]).sort()).toEqual([
      [PASTE_STEP, PASTE_STEP],
      [2 * PASTE_STEP, 2 * PASTE_STEP],
    ]);
    expect(copies.every((note) => note.author === 'Ada' && note.teamId === ids.sales)).toBe(true);
    // The last paste is selected: the objective and its key result.
    expect(useUi.getState().selectedNodes.size).toBe(2);
  });

  it('duplicates the selection in place, one step down and right', () => {
    const { doc, session: mine, ids } = session();
    useUi.getState().selectOnly([ids.cascaded, ids.helper]);
    duplicateSelection(mine, mine.store.getSnapshot());
    const texts = snapshotBoard(doc).notes.map((note) => note.text);
    expect(texts.filter((text) => text === 'ARR to 14')).toHaveLength(2);
    expect(texts.filter((text) => text === 'Hires 4 to 9')).toHaveLength(2);
  });

  it('puts no copy in a frame the step holds, and says why', () => {
    const { doc, session: mine, ids } = session(true);
    const before = snapshotBoard(doc).notes.length;
    useUi.getState().selectOnly([ids.upper]);
    duplicateSelection(mine, mine.store.getSnapshot());
    expect(snapshotBoard(doc).notes).toHaveLength(before);
    expect(useUi.getState().toasts.at(-1)?.message).toContain('read-only in this step');
    useUi.getState().selectOnly([ids.lower]);
    duplicateSelection(mine, mine.store.getSnapshot());
    expect(snapshotBoard(doc).notes).toHaveLength(before + 2);
  });
});
