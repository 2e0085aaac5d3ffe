import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { addNote, addTeam, createBoard, createOrigin, moveNote, setNoteText } from '../../../shared/board';
import { createBoardStore } from '../../../client/sync/boardStore';

const me = createOrigin('user', 'me');

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Q3', createdAt: 1 }, me);
  const frames: (() => void)[] = [];
  const store = createBoardStore(doc, (callback) => frames.push(callback));
  const runFrame = () => frames.splice(0).forEach((callback) => callback());
  return { doc, store, runFrame };
}

describe('createBoardStore', () => {
  it('notifies once per frame however many changes a burst brings', () => {
    const { doc, store, runFrame } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    const team = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1 }, me);
    const id = addNote(doc, { kind: 'objective', teamId: team, author: 'me' }, me);
    for (let x = 0; x < 10; x++) moveNote(doc, id, x, 0, me);
    expect(listener).not.toHaveBeenCalled();
    runFrame();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('returns the same snapshot until the doc changes, and a fresh one right after a write', () => {
    const { doc, store } = setup();
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    const id = addNote(doc, { kind: 'idea', text: 'Partner up', author: 'me' }, me);
    // Read before the frame: a drop reads its own write at once.
    expect(store.getSnapshot().notes.map((note) => note.id)).toEqual([id]);
  });

  it('sees text typed into a note, which changes a Y.Text deep inside the notes map', () => {
    const { doc, store } = setup();
    const id = addNote(doc, { kind: 'kr', text: 'ARR', author: 'me' }, me);
    store.getSnapshot();
    setNoteText(doc, id, 'ARR from $10M to $14M', me);
    expect(store.getSnapshot().notes[0]!.text).toBe('ARR from $10M to $14M');
  });

  it('stops listening on destroy', () => {
    const { doc, store, runFrame } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    store.destroy();
    addNote(doc, { kind: 'idea', author: 'me' }, me);
    runFrame();
    expect(listener).not.toHaveBeenCalled();
  });
});
