import { beforeEach, describe, expect, it } from 'vitest';
import { createOrigin, NOTE_COPY_MIME, snapshotBoard } from '../../../shared/board';
import type { BoardSession } from '../../../client/board/BoardContext';
import { PASTE_STEP, copySelection, duplicateSelection, pasteFromClipboard } from '../../../client/board/actions';
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

/** The browser's clipboard as a copy or paste event hands it over. */
function clipboard(entries: Record<string, string> = {}): DataTransfer {
  const data = new Map(Object.entries(entries));
  return { setData: (type: string, value: string) => void data.set(type, value), getData: (type: string) => data.get(type) ?? '' } as DataTransfer;
}

const CENTER = { x: 2_000, y: 2_000 };

beforeEach(() => useUi.setState({ selectedNodes: new Set(), selectedEdges: new Set(), toasts: [], lastPaste: null, tool: 'idea' }));

describe('copy, paste and duplicate', () => {
  it('copies the selected notes as notes and as text, and leaves the clipboard to the page with none selected', () => {
    const { session: mine, ids } = session();
    const empty = clipboard();
    expect(copySelection(mine.store.getSnapshot(), empty)).toBe(false);
    expect(empty.getData('text/plain')).toBe('');

    useUi.getState().selectOnly([ids.lower]);
    const copied = clipboard();
    expect(copySelection(mine.store.getSnapshot(), copied)).toBe(true);
    expect(copied.getData('text/plain')).toBe('Win Nordics\n  - Pipeline 2 to 5');
    expect(copied.getData(NOTE_COPY_MIME)).toContain('"format":"alignboard-notes"');
    expect(useUi.getState().toasts.at(-1)?.message).toBe('Copied 2 notes.');
  });

  it('pastes copied notes a step further each time, by me, and selects the copies', () => {
    const { doc, session: mine, ids } = session();
    useUi.getState().selectOnly([ids.lower]);
    const copied = clipboard();
    copySelection(mine.store.getSnapshot(), copied);
    const original = snapshotBoard(doc).notes.find((note) => note.id === ids.lower)!;
    expect(pasteFromClipboard(mine, mine.store.getSnapshot(), copied, CENTER)).toBe(true);
    expect(pasteFromClipboard(mine, mine.store.getSnapshot(), copied, CENTER)).toBe(true);
    const copies = snapshotBoard(doc).notes.filter((note) => note.text === 'Win Nordics' && note.id !== ids.lower);
    expect(copies.map((note) => [note.x - original.x, note.y - original.y]).sort()).toEqual([
      [PASTE_STEP, PASTE_STEP],
      [2 * PASTE_STEP, 2 * PASTE_STEP],
    ]);
    expect(copies.every((note) => note.author === 'Ada' && note.teamId === ids.sales)).toBe(true);
    expect(useUi.getState().selectedNodes.size).toBe(2);
  });

  it('turns pasted lines of text into notes of the chosen kind around the middle of the screen', () => {
    const { doc, session: mine } = session();
    const before = snapshotBoard(doc).notes.length;
    expect(pasteFromClipboard(mine, mine.store.getSnapshot(), clipboard({ 'text/plain': '- Hire faster\n\n* Referral bonus\n' }), CENTER)).toBe(true);
    const ideas = snapshotBoard(doc).notes.filter((note) => note.kind === 'idea');
    expect(snapshotBoard(doc).notes).toHaveLength(before + 2);
    expect(ideas.map((note) => note.text).sort()).toEqual(['Hire faster', 'Referral bonus']);
    expect(ideas.every((note) => Math.abs(note.y + 55 - CENTER.y) < 1 && Math.abs(note.x - CENTER.x) < 300)).toBe(true);
    expect(pasteFromClipboard(mine, mine.store.getSnapshot(), clipboard({ 'text/plain': ' \n ' }), CENTER)).toBe(false);
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
