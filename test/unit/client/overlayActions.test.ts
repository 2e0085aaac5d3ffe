import * as Y from 'yjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNote, addTeam, createBoard, createOrigin, link, snapshotBoard } from '../../../shared/board';
import { linksMap, metaMap, notesMap, teamsMap } from '../../../shared/board/schema';
import type { BoardSession } from '../../../client/board/BoardContext';
import { applyCascadeFix, cascadeExplanation, offerCascadeFix } from '../../../client/overlay/cascadeActions';
import { copyDownSources, copyDownTeams, initialCopyDownChoice } from '../../../client/overlay/copyDownChoices';
import { useOverlayUi } from '../../../client/overlay/overlayUi';
import { createBoardStore } from '../../../client/sync/boardStore';

/** A company objective with two KRs over Sales (one objective) and an empty Support team, one level further down. */
function workshop() {
  const doc = new Y.Doc();
  const origin = createOrigin('user', 'me');
  createBoard(doc, { title: 'Links', createdAt: 0 }, origin);
  const company = addTeam(doc, { name: 'Leadership', function: 'Company', level: 0 }, origin);
  const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, parentId: company }, origin);
  const support = addTeam(doc, { name: 'Support', function: 'Support', level: 2, parentId: sales }, origin);
  const grow = addNote(doc, { kind: 'objective', text: 'Grow revenue', teamId: company, author: 'me' }, origin);
  const arr = addNote(doc, { kind: 'kr', text: 'Increase ARR from $10M to $14M', objectiveId: grow, author: 'me' }, origin);
  const nordics = addNote(doc, { kind: 'objective', text: 'Win the Nordics', teamId: sales, author: 'me' }, origin);
  const pipeline = addNote(doc, { kind: 'kr', text: 'Grow pipeline from 2 to 5', objectiveId: nordics, author: 'me' }, origin);
  const loose = addNote(doc, { kind: 'kr', text: 'Cut churn from 8% to 5%', teamId: null, author: 'me' }, origin);
  const undoManager = new Y.UndoManager([metaMap(doc), teamsMap(doc), notesMap(doc), linksMap(doc)], { trackedOrigins: new Set([origin]) });
  const store = createBoardStore(doc, () => {});
  const session = { boardId: 'b', doc, store, origin, undoManager, canEdit: true, author: 'me', role: 'participant' } as unknown as BoardSession;
  return { doc, session, ids: { company, sales, support, grow, arr, nordics, pipeline, loose } };
}

const linkOf = (doc: Y.Doc, linkId: string) => snapshotBoard(doc).links.find(({ id }) => id === linkId);

describe('the cascade fix', () => {
  beforeEach(() => useOverlayUi.setState({ cascadeOffer: null }));

  it("explains a cascade naming the key result's objective, and says nothing of a good link", () => {
    const { doc, session, ids } = workshop();
    const cascade = link(doc, ids.nordics, ids.arr, session.origin);
    const contributes = link(doc, ids.pipeline, ids.grow, session.origin);
    expect(cascade.ok && cascadeExplanation(snapshotBoard(doc), cascade.id)).toContain('its objective "Grow revenue"');
    expect(contributes.ok && cascadeExplanation(snapshotBoard(doc), contributes.id)).toBeNull();
  });

  it('offers the fix right after I link an objective to a key result', () => {
    const { doc, session, ids } = workshop();
    const cascade = link(doc, ids.nordics, ids.arr, session.origin);
    if (!cascade.ok) throw new Error(cascade.reason);
    offerCascadeFix(session, cascade.id);
    expect(useOverlayUi.getState().cascadeOffer?.linkId).toBe(cascade.id);
  });

  it("re-links the objective to the key result's objective, as one undo step of its own", () => {
    const { doc, session, ids } = workshop();
    const cascade = link(doc, ids.nordics, ids.arr, session.origin);
    if (!cascade.ok) throw new Error(cascade.reason);
    useOverlayUi.getState().offerCascadeFix({ linkId: cascade.id, message: '' });
    expect(applyCascadeFix(session, cascade.id)).toBe('relinked');
    expect(linkOf(doc, cascade.id)).toMatchObject({ from: ids.nordics, to: ids.grow });
    expect(useOverlayUi.getState().cascadeOffer).toBeNull();
    session.undoManager!.undo();
    expect(linkOf(doc, cascade.id)).toMatchObject({ from: ids.nordics, to: ids.arr });
  });

  it('drops the cascade link when the objective already localizes that objective', () => {
    const { doc, session, ids } = workshop();
    link(doc, ids.nordics, ids.grow, session.origin);
    const cascaded = link(doc, ids.nordics, ids.arr, session.origin);
    if (!cascaded.ok) throw new Error(cascaded.reason);
    expect(applyCascadeFix(session, cascaded.id)).toBe('unlinked');
    expect(linkOf(doc, cascaded.id)).toBeUndefined();
  });

  it('leaves a link alone when there is no objective to localize from', () => {
    const { doc, session, ids } = workshop();
    const cascade = link(doc, ids.nordics, ids.loose, session.origin);
    if (!cascade.ok) throw new Error(cascade.reason);
    expect(applyCascadeFix(session, cascade.id)).toBe('nothing-to-fix');
    expect(linkOf(doc, cascade.id)?.to).toBe(ids.loose);
  });
});

describe('copy down choices', () => {
  it('offers copy down on key results with team frames below them only', () => {
    const { doc, ids } = workshop();
    const sources = copyDownSources(snapshotBoard(doc));
    expect(sources.has(ids.arr)).toBe(true);
    expect(sources.has(ids.pipeline)).toBe(true);
    expect(sources.has(ids.loose)).toBe(false);
  });

  it("offers the teams below the key result's own level", () => {
    const { doc, ids } = workshop();
    const board = snapshotBoard(doc);
    expect(copyDownTeams(board, ids.arr).map((team) => team.name)).toEqual(['Sales', 'Support']);
    expect(copyDownTeams(board, ids.pipeline).map((team) => team.name)).toEqual(['Support']);
  });

  it('starts from my last choice while it still fits, else from the first team and objective', () => {
    const { doc, ids } = workshop();
    const board = snapshotBoard(doc);
    expect(initialCopyDownChoice(board, ids.arr, null)).toEqual({ teamId: ids.sales, objectiveId: ids.nordics });
    expect(initialCopyDownChoice(board, ids.arr, { teamId: ids.support, objectiveId: 'gone' })).toEqual({ teamId: ids.support, objectiveId: null });
    expect(initialCopyDownChoice(board, ids.pipeline, { teamId: ids.sales, objectiveId: ids.nordics })).toEqual({ teamId: ids.support, objectiveId: null });
  });
});
