import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  addTeam,
  createBoard,
  deleteNote,
  deleteTeam,
  link,
  moveNote,
  moveTeam,
  setBudget,
  setKrObjective,
  setNoteText,
  unlink,
} from '../../../shared/board/commands';
import { createOrigin } from '../../../shared/board/origin';
import { linksMap, notesMap, teamsMap } from '../../../shared/board/schema';
import { watchBoardChanges } from '../../../shared/board/changes';
import { refreshSnapshot, snapshotBoard } from '../../../shared/board/snapshot';

const me = createOrigin('user', 'me');

/** A doc whose changes are gathered as the client's board store gathers them. */
function watched() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Q3', createdAt: 1 }, me);
  const watch = watchBoardChanges(doc, () => undefined);
  return { doc, take: () => watch.take() };
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const pick = fc.constantFrom(...ids);
const edit = fc.oneof(
  fc.record({ op: fc.constant('addTeam' as const), id: pick, x: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ op: fc.constant('moveTeam' as const), id: pick, x: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ op: fc.constant('deleteTeam' as const), id: pick }),
  fc.record({ op: fc.constant('addNote' as const), id: pick, team: pick, kind: fc.constantFrom('objective', 'kr', 'idea' as const) }),
  fc.record({ op: fc.constant('moveNote' as const), id: pick, x: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ op: fc.constant('type' as const), id: pick, text: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('setObjective' as const), id: pick, objective: pick }),
  fc.record({ op: fc.constant('deleteNote' as const), id: pick }),
  fc.record({ op: fc.constant('link' as const), from: pick, to: pick }),
  fc.record({ op: fc.constant('unlink' as const), id: pick }),
  fc.record({ op: fc.constant('budget' as const), n: fc.integer({ min: 1, max: 6 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(doc: Y.Doc, e: Edit): void {
  const note = (id: string) => `n${id}`;
  const team = (id: string) => `t${id}`;
  switch (e.op) {
    case 'addTeam':
      if (!teamsMap(doc).has(team(e.id))) addTeam(doc, { id: team(e.id), name: e.id, function: 'Sales', level: 1, x: e.x }, me);
      return;
    case 'moveTeam':
      moveTeam(doc, team(e.id), e.x, 0, me);
      return;
    case 'deleteTeam':
      deleteTeam(doc, team(e.id), me);
      return;
    case 'addNote':
      if (!notesMap(doc).has(note(e.id))) {
        const teamId = teamsMap(doc).has(team(e.team)) ? team(e.team) : null;
        addNote(doc, { id: note(e.id), kind: e.kind, text: e.id, teamId, author: 'me', createdAt: 1 }, me);
      }
      return;
    case 'moveNote':
      moveNote(doc, note(e.id), e.x, e.x, me);
      return;
    case 'type':
      setNoteText(doc, note(e.id), e.text, me);
      return;
    case 'setObjective':
      setKrObjective(doc, note(e.id), note(e.objective), me);
      return;
    case 'deleteNote':
      deleteNote(doc, note(e.id), me);
      return;
    case 'link':
      if (notesMap(doc).has(note(e.from)) && notesMap(doc).has(note(e.to))) link(doc, note(e.from), note(e.to), me, `l${e.from}${e.to}`);
      return;
    case 'unlink':
      for (const id of linksMap(doc).keys()) if (id.includes(e.id)) unlink(doc, id, me);
      return;
    case 'budget':
      setBudget(doc, { objectivesPerTeam: e.n, krsPerObjective: e.n }, me);
  }
}

describe('refreshSnapshot', () => {
  it('equals a fresh snapshot after any edits, re-reading only what they touched', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), (batches) => {
        const { doc, take } = watched();
        let snapshot = snapshotBoard(doc);
        take();
        for (const batch of batches) {
          for (const e of batch) apply(doc, e);
          snapshot = refreshSnapshot(doc, snapshot, take());
          expect(snapshot).toEqual(snapshotBoard(doc));
        }
      }),
    );
  });

  it('keeps every untouched note, team and list as the same object', () => {
    const { doc, take } = watched();
    addTeam(doc, { id: 't1', name: 'Sales', function: 'Sales', level: 1 }, me);
    addNote(doc, { id: 'n1', kind: 'objective', text: 'Win', teamId: 't1', author: 'me' }, me);
    addNote(doc, { id: 'n2', kind: 'idea', text: 'Partner', author: 'me' }, me);
    const before = snapshotBoard(doc);
    take();
    moveNote(doc, 'n2', 40, 50, me);
    const after = refreshSnapshot(doc, before, take());
    expect(after.notes[0]).toBe(before.notes[0]);
    expect(after.notes[1]).toMatchObject({ id: 'n2', x: 40, y: 50 });
    expect(after.teams).toBe(before.teams);
    expect(after.links).toBe(before.links);
    expect(after.meta).toBe(before.meta);
  });

  it('sees words typed into a note, a change deep inside its Y.Text', () => {
    const { doc, take } = watched();
    addNote(doc, { id: 'n1', kind: 'kr', text: 'ARR', author: 'me' }, me);
    const before = snapshotBoard(doc);
    take();
    setNoteText(doc, 'n1', 'ARR from $10M to $14M', me);
    expect(refreshSnapshot(doc, before, take()).notes[0]!.text).toBe('ARR from $10M to $14M');
  });
});
