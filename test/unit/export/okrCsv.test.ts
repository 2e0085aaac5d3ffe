import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardFileToSnapshot, parseBoardFile } from '../../../shared/board/file';
import type { BoardSnapshot } from '../../../shared/board/types';
import { boardToCsv } from '../../../shared/export/okrCsv';
import { csvToBoardFile } from '../../../shared/export/okrCsvImport';
import { arbitraryBoard } from '../../helpers/arbitraryBoard';
import { sampleBoard } from './sampleBoard';

const HEADER = 'team,function,level,objective,key result,aligned to,link meaning,author';

function imported(csv: string, levels?: string[]) {
  const result = csvToBoardFile(csv, { title: 'Imported', levels });
  if (!result.ok) throw new Error(result.error);
  return result;
}

function importedBoard(csv: string): BoardSnapshot {
  const parsed = parseBoardFile(imported(csv).file);
  if (!parsed.ok) throw new Error(parsed.error);
  return boardFileToSnapshot(parsed.file, { now: 0 });
}

/** Joins that make CSV quote a field: a comma, a line break, a quote. */
const SEPARATORS = [' ', ', ', '\n', ' "'];

/**
 * Notes are found again by their text, so the round trip is stated for boards whose
 * texts are all different; the id that makes them so is joined on in ways CSV must quote.
 */
const boardWithDistinctTexts = arbitraryBoard().map((board) => ({
  ...board,
  notes: board.notes.map((n, i) => ({ ...n, text: `${n.text}${SEPARATORS[i % SEPARATORS.length]}${n.id}` })),
}));

describe('boardToCsv', () => {
  it('writes a header and a row per key result, objectives without key results and empty teams included', () => {
    expect(boardToCsv(sampleBoard()).split('\r\n')).toEqual([
      HEADER,
      'Leadership,Company,Company,Grow revenue,Increase ARR from $10M to $14M,,,Ana',
      'Leadership,Company,Company,Grow revenue,Win 20 new enterprise customers,,,Ben',
      'People,HR,Department,Hire the sales team we need,Increase sales hires from 4 to 10,"Grow revenue\nGrow revenue","localizes\ncontributes",Cleo',
      'People,HR,Department,Hire the sales team we need,"Decrease time to offer\nfrom 30 to 14 days",Grow revenue,localizes,Dan',
      'Sales,Sales,Department,"Grow revenue, in the mid-market",,Win 20 new enterprise customers,cascades,Eve',
      'Sales,Sales,Department,,Launch the partner page,Increase ARR from $10M to $14M,copies down,Eve',
      'Platform,Product,Team,,,,,',
      ',,,Be a great place to work,,,,Ana',
      '',
    ]);
  });

  it('orders teams by level, then by name', () => {
    const board = sampleBoard();
    board.teams.find((t) => t.id === 't3')!.name = 'Analytics';
    const teams = boardToCsv(board).split('\r\n').slice(1).map((row) => row.split(',')[0]);
    expect([...new Set(teams)]).toEqual(['Leadership', 'Analytics', 'People', 'Platform', '']);
  });

  it('lists a team’s objectives left to right and their key results top to bottom', () => {
    const board = sampleBoard();
    const move = (id: string, x: number, y: number) => Object.assign(board.notes.find((n) => n.id === id)!, { x, y });
    move('k1', 0, 500);
    move('k2', 0, 300);
    const rows = boardToCsv(board).split('\r\n');
    expect(rows[1]).toContain('Win 20 new enterprise customers');
    expect(rows[2]).toContain('Increase ARR');
  });
});

describe('csvToBoardFile', () => {
  it('reads back the board it exported: CSV export, import and export again are identical', () => {
    fc.assert(
      fc.property(boardWithDistinctTexts, (board) => {
        const csv = boardToCsv(board);
        expect(boardToCsv(importedBoard(csv))).toBe(csv);
      }),
    );
  });

  it('makes only board files that parse', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        expect(parseBoardFile(imported(boardToCsv(board)).file).ok).toBe(true);
      }),
    );
  });

  it('re-creates the sample board’s teams, OKRs and links', () => {
    const board = importedBoard(boardToCsv(sampleBoard()));
    const text = (id: string) => board.notes.find((n) => n.id === id)!.text;
    expect(board.teams.map((t) => [t.name, t.function, t.level])).toEqual([
      ['Leadership', 'Company', 0],
      ['People', 'HR', 1],
      ['Sales', 'Sales', 1],
      ['Platform', 'Product', 2],
    ]);
    expect(board.notes.filter((n) => n.kind === 'objective')).toHaveLength(4);
    expect(board.notes.filter((n) => n.kind === 'kr')).toHaveLength(5);
    expect(board.links.map((l) => `${text(l.from)} -> ${text(l.to)}`).sort()).toEqual([
      'Grow revenue, in the mid-market -> Win 20 new enterprise customers',
      'Hire the sales team we need -> Grow revenue',
      'Increase sales hires from 4 to 10 -> Grow revenue',
      'Launch the partner page -> Increase ARR from $10M to $14M',
    ]);
  });

  it('reads a spreadsheet’s CSV: any column order and case, LF line ends, a BOM, no link meanings', () => {
    const csv =
      '\uFEFFKey Result,Objective,Team,Level,Function,Aligned To\n' +
      'ARR from 10 to 14,Grow revenue,Leadership,company,Company,\n' +
      'Sales hires from 4 to 10,Hire a sales team,People,Department,HR,grow  revenue\n';
    const { file, warnings } = imported(csv);
    expect(warnings).toEqual([]);
    expect(file.teams).toEqual([
      { id: 't1', name: 'Leadership', function: 'Company', level: 0, parentId: null },
      { id: 't2', name: 'People', function: 'HR', level: 1, parentId: null },
    ]);
    expect(file.notes.map((n) => [n.id, n.kind, n.text, n.teamId, n.objectiveId ?? null])).toEqual([
      ['n1', 'objective', 'Grow revenue', 't1', null],
      ['n2', 'kr', 'ARR from 10 to 14', 't1', 'n1'],
      ['n3', 'objective', 'Hire a sales team', 't2', null],
      ['n4', 'kr', 'Sales hires from 4 to 10', 't2', 'n3'],
    ]);
    expect(file.links).toEqual([{ id: 'l1', from: 'n4', to: 'n1' }]);
  });

  it('takes the board’s own level names', () => {
    const { file } = imported('team,level,objective,key result\r\nRegion,Division,Grow,\r\n', ['Group', 'Division']);
    expect(file.teams[0]).toMatchObject({ name: 'Region', level: 1 });
    expect(file.levels).toEqual(['Group', 'Division']);
  });

  it('leaves out a link whose upper note is not on the board, and says where', () => {
    const result = imported(`${HEADER}\r\nSales,Sales,Department,Grow,,Conquer the world,localizes,\r\n`);
    expect(result.file.links).toEqual([]);
    expect(result.warnings).toEqual(['line 2, column 6: no objective reads "Conquer the world"; that link was left out']);
  });

  it.each([
    ['an unknown column', 'team,objective,key result,owner\r\n', 'line 1, column 4: unknown column "owner"; the columns are team, function, level, objective, key result, aligned to, link meaning, author'],
    ['a column named twice', 'team,objective,Team,key result\r\n', 'line 1, column 3: the column "team" appears twice'],
    ['a missing required column', 'team,objective\r\nSales,Grow\r\n', 'line 1: missing the "key result" column'],
    ['an empty file', '\r\n\r\n', 'line 1: the file is empty; expected a header row: team, function, level, objective, key result, aligned to, link meaning, author'],
    ['an unclosed quote', 'team,objective,key result\r\nSales,"Grow,x\r\n', 'line 2: unclosed quote'],
    ['a stray quote', 'team,objective,key result\r\nSales,Grow "big",x\r\n', 'line 2: a quote inside an unquoted field; quote the whole field and double the quote ("")'],
    ['an unknown level name', `${HEADER}\r\nSales,Sales,Department,Grow,,,,\r\nOps,Ops,Division,Run,,,,\r\n`, 'line 3, column 3: "Division" is not a level of this board (Company, Department, Team)'],
    ['an empty level', `${HEADER}\r\nSales,Sales,,Grow,,,,\r\n`, 'line 2, column 3: the level is empty; expected one of Company, Department, Team'],
    ['an unknown link meaning', `${HEADER}\r\nSales,Sales,Company,Grow,,Win,aligns,\r\n`, 'line 2, column 7: "aligns" is not a link meaning (localizes, cascades, copies down, contributes)'],
    ['more meanings than aligned-to notes', `${HEADER}\r\nSales,Sales,Company,Grow,,Win,"localizes\ncascades",\r\n`, 'line 2, column 7: 2 link meanings for 1 aligned-to notes; give one per line'],
    ['a meaning whose lower end the row lacks', `${HEADER}\r\nSales,Sales,Company,Grow,,Win,copies down,\r\n`, 'line 2, column 6: "copies down" links from a key result, and this row has none'],
    ['an aligned-to note on a row with neither objective nor key result', 'team,objective,key result,aligned to\r\nSales,,,Grow\r\n', 'line 2, column 4: an aligned-to note needs an objective or a key result on its row'],
    ['a value under no column', 'team,objective,key result\r\nSales,Grow,Win,extra\r\n', 'line 2, column 4: a value in a column with no name in the header row'],
  ])('refuses %s, naming the line', (_, csv, error) => {
    const result = csvToBoardFile(csv, { title: 'Bad' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(error);
  });
});
