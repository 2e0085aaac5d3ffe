import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNote, addTeam, createBoard, link } from '../../../shared/board/commands';
import { MAX_COPIED_NOTES, copyFromText, copyNotes, copyText, parseCopy, pasteNotes, serialiseCopy } from '../../../shared/board/copies';
import { importBoardFile, serialiseBoardFile } from '../../../shared/board/file';
import { createOrigin } from '../../../shared/board/origin';
import { linksMap, metaMap, notesMap, teamsMap } from '../../../shared/board/schema';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { arbitraryBoard } from '../../helpers/arbitraryBoard';

const me = createOrigin('user', 'me');
const nowhere = { dx: 0, dy: 0, teamAt: () => null };

/** Sales localizes the company objective; the company objective has two key results. */
function board() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Copies', createdAt: 1 }, me);
  const company = addTeam(doc, { name: 'Leadership', function: 'Company', level: 0 }, me);
  const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, parentId: company }, me);
  const grow = addNote(doc, { kind: 'objective', text: 'Grow', teamId: company, author: 'ceo', x: 0, y: 0 }, me);
  const arr = addNote(doc, { kind: 'kr', text: 'ARR 10 to 14', objectiveId: grow, author: 'ceo' }, me);
  const winRate = addNote(doc, { kind: 'kr', text: 'Win rate 18 to 25', objectiveId: grow, author: 'ceo' }, me);
  const nordics = addNote(doc, { kind: 'objective', text: 'Win the Nordics', teamId: sales, author: 'sam', x: 0, y: 600 }, me);
  link(doc, nordics, grow, me);
  link(doc, arr, grow, me);
  return { doc, ids: { company, sales, grow, arr, winRate, nordics } };
}

describe('copying notes', () => {
  it('takes an objective with its key results and the links among what it takes', () => {
    const { doc, ids } = board();
    const copy = copyNotes(snapshotBoard(doc), new Set([ids.grow, ids.company]));
    expect(copy.notes.map((note) => note.text).sort()).toEqual(['ARR 10 to 14', 'Grow', 'Win rate 18 to 25']);
    // The Sales objective's link up to Grow stays behind: its lower end is not taken.
    expect(copy.links).toHaveLength(1);
  });

  it('puts the copy down shifted, by me, in the team it lands in, key results under the new objective, in one undo step', () => {
    const { doc, ids } = board();
    const before = snapshotBoard(doc);
    const undo = new Y.UndoManager([metaMap(doc), teamsMap(doc), notesMap(doc), linksMap(doc)], { trackedOrigins: new Set([me]) });
    const landed: [number, number][] = [];
    const pasted = pasteNotes(doc, copyNotes(before, new Set([ids.grow])), { dx: 40, dy: 30, teamAt: (x, y) => (landed.push([x, y]), ids.sales) }, 'ada', me);
    const after = snapshotBoard(doc);
    const made = new Map(after.notes.filter((note) => pasted.includes(note.id)).map((note) => [note.text, note]));
    const [grow, arr, winRate] = ['Grow', 'ARR 10 to 14', 'Win rate 18 to 25'].map((text) => made.get(text));
    expect(grow).toMatchObject({ kind: 'objective', text: 'Grow', x: 40, y: 30, teamId: ids.sales, author: 'ada' });
    const original = (id: string) => before.notes.find((note) => note.id === id)!;
    expect(arr).toMatchObject({ objectiveId: grow!.id, teamId: ids.sales, x: original(ids.arr).x + 40, y: original(ids.arr).y + 30 });
    expect(winRate!.objectiveId).toBe(grow!.id);
    expect(landed).toEqual([[40, 30]]);
    expect(after.links.filter((l) => l.to === grow!.id).map((l) => l.from)).toEqual([arr!.id]);
    undo.undo();
    expect(snapshotBoard(doc)).toEqual(before);
  });

  it('stacks a key result copied alone under its own objective again', () => {
    const { doc, ids } = board();
    const [copy] = pasteNotes(doc, copyNotes(snapshotBoard(doc), new Set([ids.arr])), nowhere, 'ada', me);
    const after = snapshotBoard(doc);
    const krs = after.notes.filter((note) => note.objectiveId === ids.grow);
    expect(krs).toHaveLength(3);
    const pasted = after.notes.find((note) => note.id === copy)!;
    expect(pasted.y).toBeGreaterThan(Math.max(...krs.filter((kr) => kr.id !== copy).map((kr) => kr.y)));
  });

  it('adds exactly what it took, on any board: the same notes by kind and text, the same links between the copies', () => {
    fc.assert(
      fc.property(arbitraryBoard(), fc.array(fc.nat(), { maxLength: 6 }), (snapshot, picks) => {
        const doc = new Y.Doc();
        importBoardFile(doc, serialiseBoardFile(snapshot), me);
        const before = snapshotBoard(doc);
        const ids = new Set(picks.flatMap((pick) => (before.notes.length > 0 ? [before.notes[pick % before.notes.length]!.id] : [])));
        const copy = copyNotes(before, ids);
        const pasted = pasteNotes(doc, copy, { dx: 25, dy: 25, teamAt: () => null }, 'me', me);
        const after = snapshotBoard(doc);
        expect(after.notes).toHaveLength(before.notes.length + copy.notes.length);
        expect(after.links).toHaveLength(before.links.length + copy.links.length);
        const added = new Set(pasted);
        const kindsAndTexts = (notes: readonly { kind: string; text: string }[]) => notes.map((n) => `${n.kind}:${n.text}`).sort();
        expect(kindsAndTexts(after.notes.filter((note) => added.has(note.id)))).toEqual(kindsAndTexts(copy.notes));
        const newId = new Map(copy.notes.map((note, i) => [note.id, pasted[i]!]));
        for (const original of copy.notes) {
          const made = after.notes.find((note) => note.id === newId.get(original.id))!;
          if (original.objectiveId !== null && newId.has(original.objectiveId)) expect(made.objectiveId).toBe(newId.get(original.objectiveId));
        }
        for (const l of copy.links) {
          expect(after.links.some((made) => made.from === newId.get(l.from) && made.to === newId.get(l.to))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('travels on the clipboard and back, and refuses what is not a copy of notes', () => {
    const { doc, ids } = board();
    const copy = copyNotes(snapshotBoard(doc), new Set([ids.grow, ids.nordics]));
    const back = parseCopy(serialiseCopy(copy))!;
    const shape = (c: typeof copy) => ({
      notes: c.notes.map(({ id, kind, text, teamId, objectiveId, x, y }) => ({ id, kind, text, teamId, objectiveId, x, y })),
      links: c.links.map(({ from, to }) => ({ from, to })),
    });
    expect(shape(back)).toEqual(shape(copy));
    expect(parseCopy('not json')).toBeNull();
    expect(parseCopy(JSON.stringify({ format: 'something else', notes: [], links: [] }))).toBeNull();
    const note = { id: 'a', kind: 'idea', text: 'x', teamId: null, objectiveId: null, x: 0, y: 0 };
    expect(parseCopy(JSON.stringify({ format: 'alignboard-notes', notes: [note], links: [{ id: 'l', from: 'a', to: 'gone' }] }))).toBeNull();
    expect(parseCopy(JSON.stringify({ format: 'alignboard-notes', notes: [note, note], links: [] }))).toBeNull();
    const many = Array.from({ length: MAX_COPIED_NOTES + 1 }, (_, i) => ({ ...note, id: `n${i}` }));
    expect(parseCopy(JSON.stringify({ format: 'alignboard-notes', notes: many, links: [] }))).toBeNull();
  });

  it('reads lines of text as notes side by side, and indented lines under an objective as its key results', () => {
    const ideas = copyFromText('1. Hire faster\n\n  • Referral bonus\r\n- ', 'idea');
    expect(ideas.notes.map((note) => [note.kind, note.text, note.x, note.y])).toEqual([
      ['idea', 'Hire faster', 0, 0],
      ['idea', 'Referral bonus', 224, 0],
    ]);
    const { doc, ids } = board();
    const okrs = copyText(copyNotes(snapshotBoard(doc), new Set([ids.grow])));
    expect(okrs).toBe('Grow\n  - ARR 10 to 14\n  - Win rate 18 to 25');
    const back = copyFromText(okrs, 'objective');
    expect(back.notes.map((note) => [note.kind, note.text])).toEqual([
      ['objective', 'Grow'],
      ['kr', 'ARR 10 to 14'],
      ['kr', 'Win rate 18 to 25'],
    ]);
    expect(back.notes.filter((note) => note.kind === 'kr').every((kr) => kr.objectiveId === back.notes[0]!.id)).toBe(true);
  });
});
