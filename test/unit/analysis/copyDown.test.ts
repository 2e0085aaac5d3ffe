import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { addNote, addTeam, createBoard, link } from '../../../shared/board/commands';
import { copyDown } from '../../../shared/board/copyDown';
import { createOrigin } from '../../../shared/board/origin';
import { linksMap, notesMap } from '../../../shared/board/schema';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { KR_STACK_GAP, NOTE_SIZE } from '../../../shared/board/types';

const me = createOrigin('user', 'me');

function twoLevels() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Q3', createdAt: 1 }, me);
  const top = addTeam(doc, { name: 'Leadership', function: 'Company', level: 0 }, me);
  const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, parentId: top }, me);
  const grow = addNote(doc, { kind: 'objective', text: 'Grow revenue', teamId: top, author: 'ceo', x: 0, y: 0 }, me);
  const arr = addNote(
    doc,
    { kind: 'kr', text: 'Increase ARR from $10M to $14M', objectiveId: grow, author: 'ceo', metric: { baseline: 10, target: 14, unit: '$M' } },
    me,
  );
  const sell = addNote(doc, { kind: 'objective', text: 'Win new markets', teamId: sales, author: 'ana', x: 500, y: 300 }, me);
  link(doc, sell, grow, me);
  return { doc, sales, grow, arr, sell };
}

describe('copyDown', () => {
  it("creates the key result under the team's objective, stacked, with its copies-down link", () => {
    const { doc, sales, arr, sell } = twoLevels();
    const result = copyDown(doc, arr, sell, 'ana', me);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const board = snapshotBoard(doc);
    expect(board.notes.find((n) => n.id === result.krId)).toMatchObject({
      kind: 'kr',
      text: 'Increase ARR from $10M to $14M',
      teamId: sales,
      objectiveId: sell,
      author: 'ana',
      x: 500,
      y: 300 + NOTE_SIZE.h + KR_STACK_GAP,
      metric: { baseline: 10, target: 14, unit: '$M' },
    });
    expect(board.links.find((l) => l.id === result.linkId)).toMatchObject({ from: result.krId, to: arr });
    expect(analyze(board).findings.filter((f) => f.rule === 'cascade-link')).toEqual([]);
  });

  it('is one transaction, undone in one step', () => {
    const { doc, arr, sell } = twoLevels();
    const undo = new Y.UndoManager([notesMap(doc), linksMap(doc)], { trackedOrigins: new Set([me]) });
    const before = snapshotBoard(doc);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const result = copyDown(doc, arr, sell, 'ana', me);
    expect(result.ok).toBe(true);
    expect(transactions).toBe(1);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(snapshotBoard(doc)).toEqual(before);
  });

  it('refuses a second copy of the same key result under the same objective', () => {
    const { doc, arr, sell } = twoLevels();
    expect(copyDown(doc, arr, sell, 'ana', me).ok).toBe(true);
    const notes = notesMap(doc).size;
    expect(copyDown(doc, arr, sell, 'ana', me)).toEqual({ ok: false, reason: 'already-copied' });
    expect(notesMap(doc).size).toBe(notes);
  });

  it('refuses what is not an upper key result and an objective', () => {
    const { doc, grow, arr, sell } = twoLevels();
    expect(copyDown(doc, grow, sell, 'ana', me)).toEqual({ ok: false, reason: 'not-a-kr' });
    expect(copyDown(doc, arr, arr, 'ana', me)).toEqual({ ok: false, reason: 'not-an-objective' });
    expect(copyDown(doc, 'gone', sell, 'ana', me)).toEqual({ ok: false, reason: 'missing-note' });
    expect(copyDown(doc, arr, 'gone', 'ana', me)).toEqual({ ok: false, reason: 'missing-note' });
  });
});
