import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boardFileToJson,
  boardFileToSnapshot,
  exportBoardFile,
  importBoardFile,
  parseBoardFile,
  parseBoardFileJson,
  serialiseBoardFile,
} from '../../../shared/board/file';
import { IMPORT_ORIGIN, createOrigin } from '../../../shared/board/origin';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { createBoard } from '../../../shared/board/commands';
import type { BoardSnapshot } from '../../../shared/board/types';
import { arbitraryBoardWithExtras } from './arbitraryExtras';
import { sampleFile } from './sampleFile';

function parsed(input: unknown) {
  const result = parseBoardFile(input);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

function importedDoc(snapshot: BoardSnapshot): Y.Doc {
  const doc = new Y.Doc();
  importBoardFile(doc, parsed(JSON.parse(boardFileToJson(serialiseBoardFile(snapshot)))), IMPORT_ORIGIN);
  return doc;
}

describe('the board file round trip', () => {
  it('parses what it serialised back to the same file', () => {
    fc.assert(
      fc.property(arbitraryBoardWithExtras(), (board) => {
        const file = serialiseBoardFile(board);
        const result = parseBoardFileJson(boardFileToJson(file));
        expect(result).toEqual({ ok: true, file });
      }),
    );
  });

  it('reads a serialised board back as the same board', () => {
    fc.assert(
      fc.property(arbitraryBoardWithExtras(), (board) => {
        expect(boardFileToSnapshot(parsed(serialiseBoardFile(board)))).toEqual(board);
      }),
    );
  });

  it('imports a serialised board into a fresh doc whose snapshot is the same board', () => {
    fc.assert(
      fc.property(arbitraryBoardWithExtras(), (board) => {
        expect(snapshotBoard(importedDoc(board))).toEqual(board);
      }),
      { numRuns: 50 },
    );
  });

  it('exports, imports and exports again to the same JSON text', () => {
    fc.assert(
      fc.property(arbitraryBoardWithExtras(), (board) => {
        const first = boardFileToJson(exportBoardFile(importedDoc(board)));
        const again = new Y.Doc();
        importBoardFile(again, parsed(JSON.parse(first)), IMPORT_ORIGIN);
        expect(boardFileToJson(exportBoardFile(again))).toBe(first);
      }),
      { numRuns: 30 },
    );
  });
});

describe('importBoardFile', () => {
  it('keeps unknown fields from import to export, at the top and on every entry', () => {
    const file = sampleFile();
    file.theme = { dark: true };
    file.teams[1]!.okrTool = 'okr-42';
    file.notes[2]!.confidence = 0.7;
    file.links[1]!.comment = 'agreed on Monday';
    const doc = new Y.Doc();
    importBoardFile(doc, parsed(file), IMPORT_ORIGIN);
    const out = exportBoardFile(doc);
    expect(out.theme).toEqual({ dark: true });
    expect(out.teams.find((t) => t.id === 't2')?.okrTool).toBe('okr-42');
    expect(out.notes.find((n) => n.id === 'n7')?.confidence).toBe(0.7);
    expect(out.links.find((l) => l.id === 'l2')?.comment).toBe('agreed on Monday');
  });

  it('writes the whole file in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origin = createOrigin('import', 'test');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    importBoardFile(doc, parsed(sampleFile()), origin);
    expect(origins).toEqual([origin]);
  });

  it('keeps the ids of the file', () => {
    const doc = new Y.Doc();
    importBoardFile(doc, parsed(sampleFile()), IMPORT_ORIGIN);
    const board = snapshotBoard(doc);
    expect(board.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n7', 'n8']);
    expect(board.links.map((l) => [l.id, l.from, l.to])).toEqual([
      ['l1', 'n7', 'n1'],
      ['l2', 'n8', 'n1'],
    ]);
  });

  it('refuses to write into a board that already has content', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Existing' }, IMPORT_ORIGIN);
    expect(() => importBoardFile(doc, parsed(sampleFile()), IMPORT_ORIGIN)).toThrow(/empty board/);
  });

  it('fills what the file left out: defaults, times and a key result’s team', () => {
    const file = sampleFile();
    delete file.levels;
    delete file.budget;
    delete file.notes[1]!.teamId;
    const board = boardFileToSnapshot(parsed(file), { now: 1234 });
    expect(board.meta).toMatchObject({
      createdAt: 1234,
      levels: ['Company', 'Department', 'Team'],
      budget: { objectivesPerTeam: 3, krsPerObjective: 4 },
    });
    const kr = board.notes.find((n) => n.id === 'n2')!;
    expect(kr).toMatchObject({ teamId: 't1', objectiveId: 'n1', author: '', createdAt: 1234 });
    expect(board.teams.find((t) => t.id === 't1')).toMatchObject({ parentId: null, color: '' });
  });

  it('keeps fractional positions exactly', () => {
    const file = sampleFile();
    Object.assign(file.teams[0]!, { x: 0.3, y: 10.1, w: 800.5, h: 600.25 });
    Object.assign(file.notes[0]!, { x: 0.1, y: 70.7 });
    const board = boardFileToSnapshot(parsed(file));
    expect(board.teams.find((t) => t.id === 't1')).toMatchObject({ x: 0.3, y: 10.1, w: 800.5, h: 600.25 });
    expect(board.notes.find((n) => n.id === 'n1')).toMatchObject({ x: 0.1, y: 70.7 });
  });

  it('keeps a key result’s metric', () => {
    const file = sampleFile();
    file.notes[1]!.metric = { baseline: 10, target: 14, unit: '$M' };
    const doc = new Y.Doc();
    importBoardFile(doc, parsed(file), IMPORT_ORIGIN);
    expect(snapshotBoard(doc).notes.find((n) => n.id === 'n2')?.metric).toEqual({ baseline: 10, target: 14, unit: '$M' });
  });
});
