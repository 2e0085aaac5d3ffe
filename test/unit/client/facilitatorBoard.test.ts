import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addNote, addTeam, createBoard, createOrigin, snapshotBoard } from '../../../shared/board';
import type { BoardSession } from '../../../client/board/BoardContext';
import { privateWriters } from '../../../client/facilitator/awarenessCounts';
import { ownerSecret, storedOwnerSecret } from '../../../client/facilitator/ownerSecret';
import { withPrivateIdeas } from '../../../client/facilitator/privateLayer';
import {
  deletePrivateIdeas,
  docOfNote,
  dropPrivateIdeasIntoFrames,
  movePrivateIdeas,
} from '../../../client/facilitator/privateWrites';
import { dimOutsideSpotlight, spotlightFromSelection, spotlightScope } from '../../../client/facilitator/spotlight';
import { createBoardStore } from '../../../client/sync/boardStore';
import { toFlow } from '../../../client/canvas/toFlow';
import { LINKS_AND_NOTES } from './boards';

const me = createOrigin('user', 'me');
const { ids } = LINKS_AND_NOTES;

describe('spotlightScope', () => {
  it('lights an objective with its key results and nothing else', () => {
    const scope = spotlightScope(LINKS_AND_NOTES.snapshot(), { kind: 'note', id: ids.upper })!;
    expect([...scope.nodeIds].sort()).toEqual([ids.upper, ids.upperKr].sort());
  });

  it('lights a team frame with every note in it, and fits around them', () => {
    const board = LINKS_AND_NOTES.snapshot();
    const scope = spotlightScope(board, { kind: 'team', id: ids.sales })!;
    const inSales = board.notes.filter((note) => note.teamId === ids.sales).map((note) => note.id);
    expect([...scope.nodeIds].sort()).toEqual([ids.sales, ...inSales].sort());
    const sales = board.teams.find((team) => team.id === ids.sales)!;
    expect(scope.bounds.x).toBeLessThanOrEqual(sales.x);
    expect(scope.bounds.width).toBeGreaterThanOrEqual(sales.w);
  });

  it('dims nothing when the spotlit item is gone', () => {
    expect(spotlightScope(LINKS_AND_NOTES.snapshot(), { kind: 'note', id: 'deleted' })).toBeNull();
  });
});

describe('dimOutsideSpotlight', () => {
  it('dims every node and link outside the spotlight, and keeps a link between two lit notes lit', () => {
    const board = LINKS_AND_NOTES.snapshot();
    const flow = dimOutsideSpotlight(toFlow(board), spotlightScope(board, { kind: 'team', id: ids.sales }));
    const dimmed = new Set(flow.nodes.filter((node) => node.className === 'is-dimmed').map((node) => node.id));
    expect(dimmed.has(ids.company)).toBe(true);
    expect(dimmed.has(ids.upper)).toBe(true);
    expect(dimmed.has(ids.lower)).toBe(false);
    const edge = (id: string) => flow.edges.find((e) => e.id === id)!;
    expect(edge(ids.links.localizes).className).toBe('is-dimmed');
    expect(edge(ids.links.localizes).data?.dimmed).toBe(true);
    const lit = dimOutsideSpotlight(toFlow(board), spotlightScope(board, { kind: 'note', id: ids.upper }));
    expect(lit.edges.every((e) => e.className === 'is-dimmed')).toBe(true);
  });

  it('leaves the flow as it is without a spotlight', () => {
    const flow = toFlow(LINKS_AND_NOTES.snapshot());
    expect(dimOutsideSpotlight(flow, null)).toBe(flow);
  });
});

describe('spotlightFromSelection', () => {
  it('spotlights one selected note or frame, and nothing for none or several', () => {
    const board = LINKS_AND_NOTES.snapshot();
    expect(spotlightFromSelection(board, new Set([ids.lower]))).toEqual({ kind: 'note', id: ids.lower });
    expect(spotlightFromSelection(board, new Set([ids.sales]))).toEqual({ kind: 'team', id: ids.sales });
    expect(spotlightFromSelection(board, new Set())).toBeNull();
    expect(spotlightFromSelection(board, new Set([ids.lower, ids.upper]))).toBeNull();
  });
});

/** A board with two frames, and my private doc holding one idea in the first. */
function privateSession() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Private', createdAt: 1 }, me);
  const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, x: 0, y: 0, w: 600, h: 400 }, me);
  const hr = addTeam(doc, { name: 'HR', function: 'HR', level: 1, x: 700, y: 0, w: 600, h: 400 }, me);
  const boardNote = addNote(doc, { kind: 'objective', text: 'Grow', teamId: sales, author: 'me', x: 40, y: 60 }, me);
  const ideasDoc = new Y.Doc();
  const idea = addNote(ideasDoc, { kind: 'idea', text: 'Hire faster', teamId: sales, author: 'Ada', x: 300, y: 60 }, me);
  const noFrames = (callback: () => void) => callback();
  const session = {
    doc,
    origin: me,
    store: createBoardStore(doc, noFrames),
    privateIdeas: { doc: ideasDoc, store: createBoardStore(ideasDoc, noFrames), writing: true },
  } as unknown as BoardSession;
  return { session, doc, ideasDoc, sales, hr, boardNote, idea };
}

describe('private ideas on my canvas', () => {
  it('draws my private ideas over the board, marked private', () => {
    const { session, idea, boardNote } = privateSession();
    const nodes = withPrivateIdeas(toFlow(session.store.getSnapshot()).nodes, session.privateIdeas!.store.getSnapshot());
    const drawn = nodes.find((node) => node.id === idea)!;
    expect(drawn.type).toBe('note');
    expect(drawn.data).toMatchObject({ text: 'Hire faster', private: true });
    expect(nodes.find((node) => node.id === boardNote)!.data).not.toHaveProperty('private');
  });

  it('writes to the doc that holds each note', () => {
    const { session, doc, ideasDoc, idea, boardNote } = privateSession();
    expect(docOfNote(session, idea)).toBe(ideasDoc);
    expect(docOfNote(session, boardNote)).toBe(doc);
    expect(docOfNote({ ...session, privateIdeas: null }, idea)).toBe(doc);
  });

  it('moves my private idea in my private doc and leaves the board alone', () => {
    const { session, doc, ideasDoc, idea, boardNote } = privateSession();
    const before = snapshotBoard(doc);
    movePrivateIdeas(session, new Map([[idea, { position: { x: 320, y: 90 } }], [boardNote, { position: { x: 1, y: 1 } }]]));
    expect(snapshotBoard(ideasDoc).notes[0]).toMatchObject({ x: 320, y: 90 });
    expect(snapshotBoard(doc)).toEqual(before);
  });

  it('gives a private idea dropped on another frame that team, keeping its id, text and author', () => {
    const { session, ideasDoc, idea, hr } = privateSession();
    movePrivateIdeas(session, new Map([[idea, { position: { x: 800, y: 100 } }]]));
    dropPrivateIdeasIntoFrames(session, new Set([idea]));
    expect(snapshotBoard(ideasDoc).notes).toMatchObject([{ id: idea, teamId: hr, text: 'Hire faster', author: 'Ada', x: 800, y: 100 }]);
  });

  it('leaves a private idea dropped in its own frame as it is', () => {
    const { session, ideasDoc, idea, sales } = privateSession();
    let updates = 0;
    ideasDoc.on('update', () => (updates += 1));
    dropPrivateIdeasIntoFrames(session, new Set([idea]));
    expect(updates).toBe(0);
    expect(snapshotBoard(ideasDoc).notes[0]!.teamId).toBe(sales);
  });

  it('deletes only my private ideas among the ids given', () => {
    const { session, doc, ideasDoc, idea, boardNote } = privateSession();
    deletePrivateIdeas(session, [idea, boardNote]);
    expect(snapshotBoard(ideasDoc).notes).toEqual([]);
    expect(snapshotBoard(doc).notes.map((note) => note.id)).toEqual([boardNote]);
  });
});

describe('ownerSecret', () => {
  const memoryStorage = (): Storage => {
    const values = new Map<string, string>();
    return {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value),
      removeItem: (key) => void values.delete(key),
      clear: () => values.clear(),
      key: (i) => [...values.keys()][i] ?? null,
      get length() {
        return values.size;
      },
    };
  };

  it('makes a long random secret once per board and gives it back after a reload', () => {
    const storage = memoryStorage();
    expect(storedOwnerSecret(storage, 'b1')).toBeNull();
    const secret = ownerSecret(storage, 'b1');
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    expect(ownerSecret(storage, 'b1')).toBe(secret);
    expect(storedOwnerSecret(storage, 'b1')).toBe(secret);
    expect(ownerSecret(storage, 'b2')).not.toBe(secret);
  });

  it('still gives a secret for this page when storage refuses', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(ownerSecret(refusing, 'b1', (n) => new Uint8Array(n).fill(1))).toBe('01'.repeat(24));
  });
});

describe('privateWriters', () => {
  it('counts the people holding at least one private idea', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { name: 'Ada', privateIdeas: 2 }],
      [2, { name: 'Ben', privateIdeas: 0 }],
      [3, { name: 'Cy' }],
      [4, { name: 'Di', privateIdeas: 1 }],
    ]);
    expect(privateWriters(states)).toBe(2);
  });
});
