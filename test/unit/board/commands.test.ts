import * as Y from 'yjs';
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
  relink,
  setKrObjective,
  setNoteTeam,
  setNoteText,
  unlink,
  updateTeam,
} from '../../../shared/board/commands';
import { createOrigin, isBoardOrigin } from '../../../shared/board/origin';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { KR_STACK_GAP, NOTE_SIZE } from '../../../shared/board/types';

const me = createOrigin('user', 'me');

function boardWithObjective() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Q3', createdAt: 1 }, me);
  const team = addTeam(doc, { name: 'Leadership', function: 'Company', level: 0 }, me);
  const objective = addNote(doc, { kind: 'objective', text: 'Grow revenue', teamId: team, author: 'me', x: 100, y: 100 }, me);
  return { doc, team, objective };
}

describe('board commands', () => {
  it('creates a board with the default levels, budget and format version', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Q3 planning', createdAt: 42 }, me);
    expect(snapshotBoard(doc).meta).toEqual({
      title: 'Q3 planning',
      createdAt: 42,
      formatVersion: 1,
      levels: ['Company', 'Department', 'Team'],
      budget: { objectivesPerTeam: 3, krsPerObjective: 4 },
      extra: {},
    });
  });

  it('writes each command as one transaction tagged with the caller\'s origin', () => {
    const { doc, objective } = boardWithObjective();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    moveNote(doc, objective, 5, 5, me);
    setNoteText(doc, objective, 'Grow revenue in Europe', me);
    expect(origins).toEqual([me, me]);
    expect(isBoardOrigin(origins[0])).toBe(true);
  });

  it('stacks key results under their objective and files them in its team', () => {
    const { doc, team, objective } = boardWithObjective();
    const first = addNote(doc, { kind: 'kr', text: 'ARR from $10M to $14M', objectiveId: objective, author: 'me' }, me);
    const second = addNote(doc, { kind: 'kr', text: 'NRR from 100% to 115%', objectiveId: objective, author: 'me' }, me);
    const notes = Object.fromEntries(snapshotBoard(doc).notes.map((n) => [n.id, n]));
    expect(notes[first]).toMatchObject({ teamId: team, objectiveId: objective, x: 100, y: 100 + NOTE_SIZE.h + KR_STACK_GAP });
    expect(notes[second]!.y).toBe(notes[first]!.y + NOTE_SIZE.h + KR_STACK_GAP);
  });

  it('carries an objective\'s key results along when it moves', () => {
    const { doc, objective } = boardWithObjective();
    const kr = addNote(doc, { kind: 'kr', text: 'KR', objectiveId: objective, author: 'me' }, me);
    const before = snapshotBoard(doc).notes.find((n) => n.id === kr)!;
    moveNote(doc, objective, 300, 400, me);
    const after = snapshotBoard(doc).notes.find((n) => n.id === kr)!;
    expect([after.x - before.x, after.y - before.y]).toEqual([200, 300]);
  });

  it('moves a team frame with every note inside it', () => {
    const { doc, team, objective } = boardWithObjective();
    moveTeam(doc, team, 50, 60, me);
    const snapshot = snapshotBoard(doc);
    expect(snapshot.teams[0]).toMatchObject({ x: 50, y: 60 });
    expect(snapshot.notes.find((n) => n.id === objective)).toMatchObject({ x: 150, y: 160 });
  });

  it('updates team fields and moves an objective with its key results into another team', () => {
    const { doc, objective } = boardWithObjective();
    const sales = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1 }, me);
    updateTeam(doc, sales, { name: 'Sales EMEA', color: '#f00' }, me);
    const kr = addNote(doc, { kind: 'kr', text: 'KR', objectiveId: objective, author: 'me' }, me);
    setNoteTeam(doc, objective, sales, me);
    const snapshot = snapshotBoard(doc);
    expect(snapshot.teams.find((t) => t.id === sales)).toMatchObject({ name: 'Sales EMEA', color: '#f00' });
    expect(snapshot.notes.filter((n) => n.teamId === sales).map((n) => n.id).sort()).toEqual([objective, kr].sort());
    expect(setNoteTeam(doc, objective, 'no-such-team', me)).toBe(false);
  });

  it('edits text through the Y.Text so only the changed middle is replaced', () => {
    const { doc, objective } = boardWithObjective();
    const events: unknown[] = [];
    const note = doc.getMap('notes').get(objective) as Y.Map<unknown>;
    (note.get('text') as Y.Text).observe((event) => events.push(event.delta));
    setNoteText(doc, objective, 'Grow annual revenue', me);
    expect(events).toEqual([[{ retain: 5 }, { insert: 'annual ' }]]);
  });

  it('deletes an objective with its key results and every link touching any of them', () => {
    const { doc, team, objective } = boardWithObjective();
    const kr = addNote(doc, { kind: 'kr', text: 'KR', objectiveId: objective, author: 'me' }, me);
    const lower = addNote(doc, { kind: 'objective', text: 'Sales grows', teamId: team, author: 'me' }, me);
    const copy = addNote(doc, { kind: 'kr', text: 'copy', objectiveId: lower, author: 'me' }, me);
    link(doc, lower, objective, me);
    link(doc, copy, kr, me);
    const unrelated = link(doc, copy, lower, me);
    deleteNote(doc, objective, me);
    const snapshot = snapshotBoard(doc);
    expect(snapshot.notes.map((n) => n.id).sort()).toEqual([lower, copy].sort());
    expect(snapshot.links.map((l) => l.id)).toEqual([unrelated.ok ? unrelated.id : '']);
  });

  it('deletes a team with its notes and links, re-parenting child teams', () => {
    const { doc, team, objective } = boardWithObjective();
    const dept = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1, parentId: team }, me);
    const squad = addTeam(doc, { name: 'Squad', function: 'Sales', level: 2, parentId: dept }, me);
    const lower = addNote(doc, { kind: 'objective', text: 'Win EMEA', teamId: dept, author: 'me' }, me);
    link(doc, lower, objective, me);
    deleteTeam(doc, dept, me);
    const snapshot = snapshotBoard(doc);
    expect(snapshot.teams.find((t) => t.id === squad)?.parentId).toBe(team);
    expect(snapshot.notes.map((n) => n.id)).toEqual([objective]);
    expect(snapshot.links).toEqual([]);
  });

  it('refuses self-links, duplicates in either direction and missing ends', () => {
    const { doc, team, objective } = boardWithObjective();
    const lower = addNote(doc, { kind: 'objective', text: 'Sales grows', teamId: team, author: 'me' }, me);
    expect(link(doc, objective, objective, me)).toEqual({ ok: false, reason: 'self-link' });
    expect(link(doc, lower, objective, me).ok).toBe(true);
    expect(link(doc, lower, objective, me)).toEqual({ ok: false, reason: 'duplicate' });
    expect(link(doc, objective, lower, me)).toEqual({ ok: false, reason: 'duplicate' });
    expect(link(doc, lower, 'ghost', me)).toEqual({ ok: false, reason: 'missing-note' });
    expect(snapshotBoard(doc).links).toHaveLength(1);
  });

  it('unlinks and re-points a link at another upper note', () => {
    const { doc, team, objective } = boardWithObjective();
    const kr = addNote(doc, { kind: 'kr', text: 'KR', objectiveId: objective, author: 'me' }, me);
    const lower = addNote(doc, { kind: 'objective', text: 'Sales grows', teamId: team, author: 'me' }, me);
    const cascade = link(doc, lower, kr, me);
    if (!cascade.ok) throw new Error('link refused');
    expect(relink(doc, cascade.id, objective, me).ok).toBe(true);
    expect(snapshotBoard(doc).links[0]).toMatchObject({ from: lower, to: objective });
    expect(unlink(doc, cascade.id, me)).toBe(true);
    expect(snapshotBoard(doc).links).toEqual([]);
  });

  it('moves a key result under another objective only if that is an objective', () => {
    const { doc, team, objective } = boardWithObjective();
    const kr = addNote(doc, { kind: 'kr', text: 'KR', teamId: team, author: 'me' }, me);
    const idea = addNote(doc, { kind: 'idea', text: 'idea', teamId: team, author: 'me' }, me);
    expect(setKrObjective(doc, kr, idea, me)).toBe(false);
    expect(setKrObjective(doc, kr, objective, me)).toBe(true);
    expect(snapshotBoard(doc).notes.find((n) => n.id === kr)?.objectiveId).toBe(objective);
  });

  it('lets each person undo only their own changes', () => {
    const { doc, objective } = boardWithObjective();
    const other = createOrigin('user', 'other');
    const undo = new Y.UndoManager([doc.getMap('notes'), doc.getMap('links')], { trackedOrigins: new Set([me]) });
    moveNote(doc, objective, 1, 1, me);
    addNote(doc, { kind: 'idea', text: 'theirs', author: 'other' }, other);
    undo.undo();
    const snapshot = snapshotBoard(doc);
    expect(snapshot.notes.find((n) => n.id === objective)).toMatchObject({ x: 100, y: 100 });
    expect(snapshot.notes.some((n) => n.text === 'theirs')).toBe(true);
  });
});
