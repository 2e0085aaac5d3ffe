import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNote, addTeam, createBoard, link } from '../../../shared/board/commands';
import { createOrigin } from '../../../shared/board/origin';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { linkMeaning } from '../../../shared/board/linkMeaning';

const me = createOrigin('user', 'me');

describe('snapshotBoard', () => {
  it('reads every field of teams, notes and links as plain data', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Q3', createdAt: 5 }, me);
    const team = addTeam(doc, { id: 't1', name: 'HR', function: 'HR', level: 1, x: 1, y: 2, w: 3, h: 4, color: '#abc' }, me);
    const objective = addNote(doc, { id: 'n1', kind: 'objective', text: 'Hire well', teamId: team, author: 'Ada', x: 7, y: 8, createdAt: 9 }, me);
    addNote(doc, { id: 'n2', kind: 'kr', text: 'Hires from 4 to 10', objectiveId: objective, author: 'Ada', x: 0, y: 0, createdAt: 10, metric: { baseline: 4, target: 10, unit: 'hires' } }, me);
    link(doc, 'n2', 'n1', me, 'l1');
    expect(snapshotBoard(doc)).toMatchObject({
      teams: [{ id: 't1', name: 'HR', function: 'HR', level: 1, parentId: null, x: 1, y: 2, w: 3, h: 4, color: '#abc', extra: {} }],
      notes: [
        { id: 'n1', kind: 'objective', text: 'Hire well', teamId: 't1', objectiveId: null, x: 7, y: 8, author: 'Ada', createdAt: 9 },
        { id: 'n2', kind: 'kr', objectiveId: 'n1', teamId: 't1', metric: { baseline: 4, target: 10, unit: 'hires' } },
      ],
      links: [{ id: 'l1', from: 'n2', to: 'n1', extra: {} }],
    });
  });

  it('returns the same snapshot whatever order the entries were written in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 12 }), (ids) => {
        const build = (order: string[]) => {
          const doc = new Y.Doc();
          for (const id of order) addNote(doc, { id, kind: 'idea', text: id, author: 'me', createdAt: 1 }, me);
          return snapshotBoard(doc);
        };
        expect(build([...ids].reverse())).toEqual(build(ids));
      }),
    );
  });
});

describe('linkMeaning', () => {
  it('derives the four meanings from the kinds at each end, and none for ideas', () => {
    expect(linkMeaning('objective', 'objective')).toBe('localizes');
    expect(linkMeaning('objective', 'kr')).toBe('cascades');
    expect(linkMeaning('kr', 'kr')).toBe('copiesDown');
    expect(linkMeaning('kr', 'objective')).toBe('contributes');
    expect(linkMeaning('idea', 'objective')).toBeNull();
  });
});
