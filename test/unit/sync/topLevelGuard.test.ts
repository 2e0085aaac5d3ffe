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
  setNoteTeam,
  setNoteText,
  unlink,
  updateTeam,
} from '../../../shared/board/commands';
import { createOrigin } from '../../../shared/board/origin';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { topLevelIds } from '../../../shared/board/topLevel';
import { touchesTopLevel } from '../../../server/sync/topLevelGuard';

const me = createOrigin('user', 'me');

/** The server's doc and a participant's copy of it: a company team and a department, each with an objective. */
function board() {
  const source = new Y.Doc();
  createBoard(source, { title: 'Q3', createdAt: 1 }, me);
  const company = addTeam(source, { name: 'Leadership', function: 'Company', level: 0 }, me);
  const sales = addTeam(source, { name: 'Sales', function: 'Sales', level: 1 }, me);
  const top = addNote(source, { kind: 'objective', text: 'Grow revenue', teamId: company, author: 'ceo', x: 0, y: 0 }, me);
  const topKr = addNote(source, { kind: 'kr', text: 'ARR 10M', teamId: company, objectiveId: top, author: 'ceo' }, me);
  const mine = addNote(source, { kind: 'objective', text: 'Win Europe', teamId: sales, author: 'p', x: 0, y: 400 }, me);
  const upLink = link(source, mine, top, me);
  // Like a room loaded from the store: every root arrives through an update, untyped.
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(source));
  const participant = new Y.Doc();
  Y.applyUpdate(participant, Y.encodeStateAsUpdate(server));
  /** What `edit` sends from the participant, and whether the server's guard refuses it. */
  const refuses = (edit: (doc: Y.Doc) => unknown): boolean => {
    const before = Y.encodeStateVector(participant);
    edit(participant);
    const update = Y.encodeStateAsUpdate(participant, before);
    const verdict = touchesTopLevel(server, update);
    Y.applyUpdate(server, update);
    return verdict;
  };
  return { server, participant, company, sales, top, topKr, mine, upLink: upLink.ok ? upLink.id : '', refuses };
}

describe('the top-level guard', () => {
  it.each([
    ['moving a company objective', (b: Board) => moveNote(b.participant, b.top, 50, 50, me)],
    ['typing into a company objective', (b: Board) => setNoteText(b.participant, b.top, 'Grow profitable revenue', me)],
    ['deleting a company key result', (b: Board) => deleteNote(b.participant, b.topKr, me)],
    ['adding a note to the company team', (b: Board) => addNote(b.participant, { kind: 'idea', text: 'x', teamId: b.company, author: 'p' }, me)],
    ['moving the company frame', (b: Board) => moveTeam(b.participant, b.company, 10, 10, me)],
    ['renaming the company team', (b: Board) => updateTeam(b.participant, b.company, { name: 'Board' }, me)],
    ['deleting the company team', (b: Board) => deleteTeam(b.participant, b.company, me)],
    ['moving a department objective into the company team', (b: Board) => setNoteTeam(b.participant, b.mine, b.company, me)],
    ['raising a department to the top level', (b: Board) => updateTeam(b.participant, b.sales, { level: 0 }, me)],
  ])('refuses %s', (_name, edit) => {
    const b = board();
    expect(b.refuses((doc) => edit({ ...b, participant: doc }))).toBe(true);
  });

  it.each([
    ['moving a department objective', (b: Board) => moveNote(b.participant, b.mine, 80, 420, me)],
    ['typing into a department objective', (b: Board) => setNoteText(b.participant, b.mine, 'Win southern Europe', me)],
    ['adding a note to a department', (b: Board) => addNote(b.participant, { kind: 'kr', text: 'x', teamId: b.sales, objectiveId: b.mine, author: 'p' }, me)],
    ['linking a department note up to a company key result', (b: Board) => link(b.participant, b.mine, b.topKr, me)],
    ['removing the link up to the company objective', (b: Board) => unlink(b.participant, b.upLink, me)],
    ['deleting a department objective linked to the company one', (b: Board) => deleteNote(b.participant, b.mine, me)],
    ['moving the department frame', (b: Board) => moveTeam(b.participant, b.sales, 0, 600, me)],
  ])('lets through %s', (_name, edit) => {
    const b = board();
    expect(b.refuses((doc) => edit({ ...b, participant: doc }))).toBe(false);
  });

  it('refuses an edit in the middle of a company note typed earlier, traced through its siblings', () => {
    const b = board();
    b.refuses((doc) => setNoteText(doc, b.mine, 'Win Europe fast', me));
    expect(b.refuses((doc) => setNoteText(doc, b.top, 'Grow our revenue', me))).toBe(true);
    expect(b.refuses((doc) => setNoteText(doc, b.mine, 'Win all of Europe fast', me))).toBe(false);
  });

  it("lets through a reconnecting participant's sync step 2, which repeats deletions the server already made", () => {
    const b = board();
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(b.server));
    deleteNote(facilitator, b.topKr, me);
    setNoteText(facilitator, b.top, 'Grow revenue in Europe', me);
    Y.applyUpdate(b.server, Y.encodeStateAsUpdate(facilitator));
    Y.applyUpdate(b.participant, Y.encodeStateAsUpdate(b.server));
    moveNote(b.participant, b.mine, 10, 420, me);
    expect(touchesTopLevel(b.server, Y.encodeStateAsUpdate(b.participant, Y.encodeStateVector(b.server)))).toBe(false);
    expect(touchesTopLevel(b.server, Y.encodeStateAsUpdate(b.participant))).toBe(false);
  });

  it('refuses an update it cannot trace to an entry of the board', () => {
    const b = board();
    const stranger = new Y.Doc();
    stranger.getMap('notes').set('n1', 'x');
    const orphan = new Y.Doc();
    Y.applyUpdate(orphan, Y.encodeStateAsUpdate(stranger));
    const before = Y.encodeStateVector(orphan);
    orphan.getMap('notes').set('n1', 'y');
    // The second write sits next to the first, which the server never saw.
    expect(touchesTopLevel(b.server, Y.encodeStateAsUpdate(orphan, before))).toBe(true);
  });

  it('refuses exactly the edits that change a top-level team or note, before or after', () => {
    const ids = ['company', 'sales', 'top', 'topKr', 'mine'] as const;
    const pick = fc.constantFrom(...ids);
    const edit = fc.oneof(
      fc.record({ op: fc.constant('move' as const), id: pick, x: fc.integer({ min: 1, max: 500 }) }),
      fc.record({ op: fc.constant('text' as const), id: pick, text: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.record({ op: fc.constant('delete' as const), id: pick }),
      fc.record({ op: fc.constant('team' as const), id: pick, to: pick }),
      fc.record({ op: fc.constant('level' as const), id: pick, level: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ op: fc.constant('add' as const), id: pick }),
      fc.record({ op: fc.constant('link' as const), id: pick, to: pick }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const b = board();
        const idOf = (name: (typeof ids)[number]) => b[name];
        for (const e of edits) {
          const before = snapshotBoard(b.server);
          const guarded = b.refuses((doc) => {
            const id = idOf(e.id);
            if (e.op === 'move') return moveTeam(doc, id, e.x, e.x, me) || moveNote(doc, id, e.x, e.x, me);
            if (e.op === 'text') return setNoteText(doc, id, e.text, me);
            if (e.op === 'delete') return deleteNote(doc, id, me) || deleteTeam(doc, id, me);
            if (e.op === 'team') return setNoteTeam(doc, id, idOf(e.to), me);
            if (e.op === 'level') return updateTeam(doc, id, { level: e.level }, me);
            if (e.op === 'add') return addNote(doc, { kind: 'idea', text: 'i', teamId: id, author: 'p' }, me);
            return link(doc, id, idOf(e.to), me);
          });
          const after = snapshotBoard(b.server);
          const changed = changedTeamsAndNotes(before, after);
          const top = new Set([...topLevelIds(before), ...topLevelIds(after)]);
          // A write of an unchanged value changes nothing, and the guard may refuse it either way.
          if (changed.length > 0) expect(guarded).toBe(changed.some((id) => top.has(id)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

type Board = ReturnType<typeof board>;

function changedTeamsAndNotes(before: ReturnType<typeof snapshotBoard>, after: ReturnType<typeof snapshotBoard>): string[] {
  const entries = (board: ReturnType<typeof snapshotBoard>) =>
    new Map([...board.teams, ...board.notes].map((entry) => [entry.id, JSON.stringify(entry)]));
  const was = entries(before);
  const now = entries(after);
  return [...new Set([...was.keys(), ...now.keys()])].filter((id) => was.get(id) !== now.get(id));
}
