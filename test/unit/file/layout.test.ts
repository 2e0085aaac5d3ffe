import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardFileToSnapshot, parseBoardFile, serialiseBoardFile } from '../../../shared/board/file';
import type { BoardFile } from '../../../shared/board/fileSchema';
import { NOTE_SIZE, type BoardSnapshot, type Note, type Team } from '../../../shared/board/types';
import { arbitraryBoard } from '../../helpers/arbitraryBoard';
import { sampleFile } from './sampleFile';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const noteBox = (n: Note): Box => ({ x: n.x, y: n.y, w: NOTE_SIZE.w, h: NOTE_SIZE.h });
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

function pairs<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));
}

function withoutGeometry(board: BoardSnapshot): BoardFile {
  const file = serialiseBoardFile(board);
  return {
    ...file,
    teams: file.teams.map(({ x: _x, y: _y, w: _w, h: _h, ...team }) => team),
    notes: file.notes.map(({ x: _x, y: _y, ...note }) => note),
  };
}

function laidOut(input: unknown): BoardSnapshot {
  const result = parseBoardFile(input);
  if (!result.ok) throw new Error(result.error);
  return boardFileToSnapshot(result.file);
}

const teamOf = (board: BoardSnapshot, id: string): Team => board.teams.find((t) => t.id === id)!;
const noteOf = (board: BoardSnapshot, id: string): Note => board.notes.find((n) => n.id === id)!;

describe('the layout of a file without geometry', () => {
  it('puts every note inside its team frame, and nothing on top of anything else', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const out = laidOut(withoutGeometry(board));
        for (const [a, b] of pairs(out.teams)) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
        for (const [a, b] of pairs(out.notes)) expect(overlap(noteBox(a), noteBox(b)), `${a.id} and ${b.id}`).toBe(false);
        for (const note of out.notes) {
          if (note.teamId) expect(inside(noteBox(note), teamOf(out, note.teamId)), note.id).toBe(true);
          else for (const team of out.teams) expect(overlap(noteBox(note), team), `${note.id} in ${team.id}`).toBe(false);
        }
      }),
    );
  });

  it('puts the top level in the first row and each level below the one above', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const out = laidOut(withoutGeometry(board));
        for (const [a, b] of pairs(out.teams)) {
          if (a.level < b.level) expect(a.y + a.h).toBeLessThan(b.y);
          if (b.level < a.level) expect(b.y + b.h).toBeLessThan(a.y);
        }
      }),
    );
  });

  it('stacks key results under their objective, in file order', () => {
    const file = sampleFile();
    file.notes = [
      { id: 'o1', kind: 'objective', text: 'Grow revenue', teamId: 't1' },
      { id: 'o2', kind: 'objective', text: 'Delight customers', teamId: 't1' },
      { id: 'k1', kind: 'kr', text: 'ARR from 10 to 14', objectiveId: 'o1' },
      { id: 'k2', kind: 'kr', text: 'NPS from 30 to 45', objectiveId: 'o2' },
      { id: 'k3', kind: 'kr', text: 'Churn from 5% to 3%', objectiveId: 'o1' },
    ];
    file.links = [];
    const out = laidOut(file);
    const [o1, o2, k1, k2, k3] = ['o1', 'o2', 'k1', 'k2', 'k3'].map((id) => noteOf(out, id));
    expect(o1!.x).toBeLessThan(o2!.x);
    expect([k1!.x, k3!.x]).toEqual([o1!.x, o1!.x]);
    expect(k2!.x).toBe(o2!.x);
    expect(o1!.y).toBeLessThan(k1!.y);
    expect(k1!.y).toBeLessThan(k3!.y);
  });

  it('grows a frame to hold many objectives', () => {
    const file = sampleFile();
    file.notes = Array.from({ length: 8 }, (_, i) => ({ id: `o${i}`, kind: 'objective', text: `Objective ${i}`, teamId: 't1' }));
    file.links = [];
    const out = laidOut(file);
    for (const note of out.notes) expect(inside(noteBox(note), teamOf(out, 't1'))).toBe(true);
    expect(teamOf(out, 't1').w).toBeGreaterThan(8 * NOTE_SIZE.w);
  });
});

describe('the layout of a file with some geometry', () => {
  it('leaves what the file placed where it is and puts new notes in its frame, clear of the placed ones', () => {
    const file = sampleFile();
    Object.assign(file.teams[0]!, { x: 100, y: 100, w: 760, h: 520 });
    Object.assign(file.notes[0]!, { x: 130, y: 160 });
    delete file.notes[1]!.x;
    delete file.notes[1]!.y;
    file.notes.push({ id: 'n9', kind: 'idea', text: 'Partner program', teamId: 't1' });
    const out = laidOut(file);
    const frame = teamOf(out, 't1');
    expect(frame).toMatchObject({ x: 100, y: 100, w: 760, h: 520 });
    expect(noteOf(out, 'n1')).toMatchObject({ x: 130, y: 160 });
    const krOfPlaced = noteOf(out, 'n2');
    expect(krOfPlaced.x).toBe(130);
    expect(krOfPlaced.y).toBeGreaterThan(160 + NOTE_SIZE.h);
    const idea = noteOf(out, 'n9');
    expect(inside(noteBox(idea), frame)).toBe(true);
    for (const other of [noteOf(out, 'n1'), krOfPlaced]) expect(overlap(noteBox(idea), noteBox(other))).toBe(false);
  });

  it('grows a placed frame that is too small for the notes it receives', () => {
    const file = sampleFile();
    Object.assign(file.teams[1]!, { x: 0, y: 0, w: 100, h: 100 });
    const out = laidOut(file);
    const frame = teamOf(out, 't2');
    expect([frame.x, frame.y]).toEqual([0, 0]);
    for (const id of ['n7', 'n8']) expect(inside(noteBox(noteOf(out, id)), frame)).toBe(true);
  });

  it('places a frame without a position clear of the placed ones, its placed notes moving with it', () => {
    const file = sampleFile();
    Object.assign(file.teams[0]!, { x: 0, y: 0, w: 760, h: 520 });
    Object.assign(file.notes[2]!, { x: 5000, y: 5000 });
    Object.assign(file.notes[3]!, { x: 5300, y: 5040 });
    const out = laidOut(file);
    const frame = teamOf(out, 't2');
    expect(overlap(frame, teamOf(out, 't1'))).toBe(false);
    const [kr, objective] = [noteOf(out, 'n7'), noteOf(out, 'n8')];
    for (const note of [kr, objective]) expect(inside(noteBox(note), frame)).toBe(true);
    expect([objective.x - kr.x, objective.y - kr.y]).toEqual([300, 40]);
  });

  it('puts notes without a team or a position below every frame', () => {
    const file = sampleFile();
    file.notes.push({ id: 'n9', kind: 'idea', text: 'Partner program' }, { id: 'n10', kind: 'kr', text: '5 partners' });
    const out = laidOut(file);
    const bottom = Math.max(...out.teams.map((t) => t.y + t.h));
    const [a, b] = [noteOf(out, 'n9'), noteOf(out, 'n10')];
    expect(Math.min(a.y, b.y)).toBeGreaterThan(bottom);
    expect(overlap(noteBox(a), noteBox(b))).toBe(false);
  });
});
