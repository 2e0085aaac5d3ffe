import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { NOTE_SIZE, addNote, addTeam, createBoard, createOrigin, link, moveNote, snapshotBoard } from '../../../shared/board';
import { LINKS_AND_NOTES } from './boards';
import { Z, createFlowConverter, toFlow, type Flow, type NoteNode, type TeamNode } from '../../../client/canvas/toFlow';
import { createBoardStore } from '../../../client/sync/boardStore';

const me = createOrigin('user', 'me');

describe('toFlow', () => {
  it('draws frames under links under notes, every node with its size known up front', () => {
    const { nodes, edges } = toFlow(LINKS_AND_NOTES.snapshot());
    const team = nodes.find((node) => node.type === 'team') as TeamNode;
    const note = nodes.find((node) => node.type === 'note') as NoteNode;
    expect(team.zIndex).toBeLessThan(edges[0]!.zIndex!);
    expect(edges[0]!.zIndex).toBeLessThan(note.zIndex!);
    expect([note.width, note.height]).toEqual([NOTE_SIZE.w, NOTE_SIZE.h]);
    expect(team.zIndex).toBe(Z.team);
    expect(nodes.every((node) => node.width !== undefined && node.height !== undefined)).toBe(true);
  });

  it("gives every note its link ends up front, on the middle of each side", () => {
    const { nodes } = toFlow(LINKS_AND_NOTES.snapshot());
    const note = nodes.find((node) => node.type === 'note')!;
    const top = note.handles!.find((handle) => handle.id === 'top')!;
    const right = note.handles!.find((handle) => handle.id === 'right')!;
    expect([top.x, top.y]).toEqual([NOTE_SIZE.w / 2, 0]);
    expect([right.x, right.y]).toEqual([NOTE_SIZE.w, NOTE_SIZE.h / 2]);
    expect(note.measured).toEqual({ width: NOTE_SIZE.w, height: NOTE_SIZE.h });
  });

  it('places notes in absolute board coordinates, never nested in their frame', () => {
    const { nodes } = toFlow(LINKS_AND_NOTES.snapshot());
    const upper = nodes.find((node) => node.id === LINKS_AND_NOTES.ids.upper)!;
    expect(upper.position).toEqual({ x: 60, y: 70 });
    expect(nodes.some((node) => node.parentId !== undefined)).toBe(false);
  });

  it("names a frame's level from the board's levels and counts an objective's key results", () => {
    const { nodes } = toFlow(LINKS_AND_NOTES.snapshot());
    const sales = nodes.find((node) => node.id === LINKS_AND_NOTES.ids.sales) as TeamNode;
    expect(sales.data).toMatchObject({ name: 'Sales', function: 'Sales', level: 1, levelName: 'Department' });
    const upper = nodes.find((node) => node.id === LINKS_AND_NOTES.ids.upper) as NoteNode;
    expect(upper.data.krCount).toBe(1);
  });

  it('gives each link the meaning of its ends: localizes, cascades, copies down, contributes', () => {
    const { edges } = toFlow(LINKS_AND_NOTES.snapshot());
    const meaningOf = (id: string) => edges.find((edge) => edge.id === id)!.data!.meaning;
    const { links } = LINKS_AND_NOTES.ids;
    expect(meaningOf(links.localizes)).toBe('localizes');
    expect(meaningOf(links.cascades)).toBe('cascades');
    expect(meaningOf(links.copiesDown)).toBe('copiesDown');
    expect(meaningOf(links.contributes)).toBe('contributes');
  });

  it('draws a link from the lower note (source) to the upper one (target)', () => {
    const { edges } = toFlow(LINKS_AND_NOTES.snapshot());
    const localizes = edges.find((edge) => edge.id === LINKS_AND_NOTES.ids.links.localizes)!;
    expect([localizes.source, localizes.target]).toEqual([LINKS_AND_NOTES.ids.lower, LINKS_AND_NOTES.ids.upper]);
    expect([localizes.sourceHandle, localizes.targetHandle]).toEqual(['top', 'bottom']);
  });

  it('draws a link with an idea at one end plainly, with no meaning', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Ideas', createdAt: 1 }, me);
    const team = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1 }, me);
    const idea = addNote(doc, { kind: 'idea', teamId: team, author: 'me', x: 0, y: 300 }, me);
    const objective = addNote(doc, { kind: 'objective', teamId: team, author: 'me', x: 0, y: 0 }, me);
    link(doc, idea, objective, me);
    expect(toFlow(snapshotBoard(doc)).edges[0]!.data!.meaning).toBeNull();
  });
});

describe('createFlowConverter', () => {
  it('hands back the same node and edge objects for everything a change left alone', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Q3', createdAt: 1 }, me);
    const team = addTeam(doc, { name: 'Sales', function: 'Sales', level: 1 }, me);
    const upper = addNote(doc, { kind: 'objective', text: 'Grow', teamId: team, author: 'me', x: 0, y: 0 }, me);
    const lower = addNote(doc, { kind: 'objective', text: 'Win the Nordics', teamId: team, author: 'me', x: 0, y: 400 }, me);
    const idea = addNote(doc, { kind: 'idea', text: 'Partner', author: 'me', x: 600, y: 0 }, me);
    link(doc, lower, upper, me);
    const store = createBoardStore(doc, () => undefined);
    const convert = createFlowConverter();
    const before = convert(store.getSnapshot());
    moveNote(doc, idea, 640, 20, me);
    const after = convert(store.getSnapshot());
    const node = (flow: Flow, id: string) => flow.nodes.find((n) => n.id === id)!;
    expect(node(after, upper)).toBe(node(before, upper));
    expect(node(after, team)).toBe(node(before, team));
    expect(after.edges[0]).toBe(before.edges[0]);
    expect(node(after, idea)).not.toBe(node(before, idea));
    expect(node(after, idea).position).toEqual({ x: 640, y: 20 });
  });

  it('gives a note a new node when its key results change, and a link a new edge when its ends turn', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Q3', createdAt: 1 }, me);
    const upper = addNote(doc, { kind: 'objective', text: 'Grow', author: 'me', x: 0, y: 0 }, me);
    const lower = addNote(doc, { kind: 'objective', text: 'Win', author: 'me', x: 0, y: 400 }, me);
    link(doc, lower, upper, me);
    const convert = createFlowConverter();
    const before = convert(snapshotBoard(doc));
    addNote(doc, { kind: 'kr', text: 'ARR from 1 to 2', objectiveId: upper, author: 'me' }, me);
    moveNote(doc, lower, 0, -400, me);
    const after = convert(snapshotBoard(doc));
    expect((after.nodes.find((n) => n.id === upper) as NoteNode).data.krCount).toBe(1);
    expect(after.edges[0]).not.toBe(before.edges[0]);
    expect([after.edges[0]!.sourceHandle, after.edges[0]!.targetHandle]).toEqual(['bottom', 'top']);
  });
});
