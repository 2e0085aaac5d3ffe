import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { addNote, addTeam, createBoard, createOrigin, link, setNoteText } from '../../../shared/board';
import { createBoardStore } from '../../../client/sync/boardStore';
import { createOverlayModel } from '../../../client/overlay/overlayModel';
import { resolveOverlayMode, useOverlayUi } from '../../../client/overlay/overlayUi';

const me = createOrigin('user', 'me');

/** A board store whose frames run when the test says so. */
function boardWithFrames() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Overlay', createdAt: 0 }, me);
  const company = addTeam(doc, { name: 'Leadership', function: 'Company', level: 0 }, me);
  const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, parentId: company }, me);
  const upper = addNote(doc, { kind: 'objective', text: 'Grow', teamId: company, author: 'me' }, me);
  const upperKr = addNote(doc, { kind: 'kr', text: 'ARR from 10 to 14', objectiveId: upper, author: 'me' }, me);
  const lower = addNote(doc, { kind: 'objective', text: 'ARR to 14', teamId: sales, author: 'me' }, me);
  const kr = addNote(doc, { kind: 'kr', text: 'Pipeline from 2 to 5', objectiveId: lower, author: 'me' }, me);
  let frames: (() => void)[] = [];
  const store = createBoardStore(doc, (callback) => frames.push(callback));
  const frame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };
  return { doc, store, frame, ids: { upperKr, lower, kr } };
}

describe('createOverlayModel', () => {
  it('analyses nothing while the overlay is off', () => {
    const { store } = boardWithFrames();
    const run = vi.fn(analyze);
    const model = createOverlayModel(store, run);
    model.attach();
    expect(model.getState().analysis).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it('analyses at most once per frame however many edits and reads the frame holds', () => {
    const { doc, store, frame, ids } = boardWithFrames();
    const run = vi.fn(analyze);
    const model = createOverlayModel(store, run);
    model.attach();
    model.setMode('alignment');
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) setNoteText(doc, ids.kr, `Pipeline from 2 to ${6 + i}`, me);
    frame();
    for (let i = 0; i < 10; i++) model.getState();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('tells its listeners when a link turns the board into a cascade', () => {
    const { doc, store, frame, ids } = boardWithFrames();
    const model = createOverlayModel(store);
    model.attach();
    model.setMode('alignment');
    const heard = vi.fn();
    model.subscribe(heard);
    const linked = link(doc, ids.lower, ids.upperKr, me);
    frame();
    expect(heard).toHaveBeenCalledOnce();
    expect(linked.ok && model.getState().decorations.links.get(linked.id)?.cascade).toBe(true);
  });

  it('switches modes without analysing the same board again', () => {
    const { store } = boardWithFrames();
    const run = vi.fn(analyze);
    const model = createOverlayModel(store, run);
    model.setMode('silos');
    model.setMode('kr-quality');
    expect(run).toHaveBeenCalledOnce();
    expect(model.getState().mode).toBe('kr-quality');
  });

  it('stops following the board once detached', () => {
    const { doc, store, frame, ids } = boardWithFrames();
    const model = createOverlayModel(store);
    const detach = model.attach();
    model.setMode('alignment');
    const heard = vi.fn();
    model.subscribe(heard);
    detach();
    setNoteText(doc, ids.kr, 'Pipeline from 2 to 9', me);
    frame();
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('my own overlay view', () => {
  it("shows my pick while the room stays in the mode I picked it in, then the room's", () => {
    expect(resolveOverlayMode('silos', { mode: 'kr-quality', roomMode: 'silos' })).toBe('kr-quality');
    expect(resolveOverlayMode('ballooning', { mode: 'kr-quality', roomMode: 'silos' })).toBe('ballooning');
    expect(resolveOverlayMode('off', null)).toBe('off');
  });

  it('forgets my pick once the room changes mode, even if the room comes back', () => {
    const ui = useOverlayUi.getState();
    ui.pickMyView('kr-quality', 'silos');
    useOverlayUi.getState().roomModeIs('silos');
    expect(useOverlayUi.getState().myView).toEqual({ mode: 'kr-quality', roomMode: 'silos' });
    useOverlayUi.getState().roomModeIs('ballooning');
    useOverlayUi.getState().roomModeIs('silos');
    expect(resolveOverlayMode('silos', useOverlayUi.getState().myView)).toBe('silos');
  });

  it("picking the room's own mode is no pick at all", () => {
    useOverlayUi.getState().pickMyView('silos', 'silos');
    expect(useOverlayUi.getState().myView).toBeNull();
  });
});
