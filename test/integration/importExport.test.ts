import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/analyze';
import type { AnalysisResult } from '../../shared/analysis/types';
import { fixtureFile, fixtureSnapshot } from '../helpers/fixtureSnapshot';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.stop());

const FIXTURES = ['ballooning', 'market-share', 'functional-silos', 'hr-growth'];

const postBoard = (body: unknown) =>
  fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function download(boardId: string, key: string, format: string) {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export?format=${format}&key=${key}`);
  expect(res.status).toBe(200);
  return { text: await res.text(), type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition') };
}

function boardCount(): number {
  const db = new Database(join(server.dataDir, 'alignboard.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A board file without the parts that differ between two exports of equal boards. */
function withoutIdsAndTimes(json: string): unknown {
  const file = JSON.parse(json);
  delete file.createdAt;
  for (const note of file.notes) delete note.createdAt;
  return file;
}

describe('seed fixtures through the API', () => {
  it.each(FIXTURES)('%s imports and returns the same findings as the shared analysis', async (name) => {
    const created = await createBoardOver(server.url, { board: fixtureFile(name) });
    const res = await fetch(`${server.url}/api/boards/${created.id}/analysis?key=${created.keys.viewer}`);
    const served = (await res.json()) as AnalysisResult;
    expect(served.findings).toEqual(analyze(fixtureSnapshot(name)).findings);
  });
});

describe('exports', () => {
  it('downloads the JSON board file, CSV, Markdown OKR list and report with file names', async () => {
    const board = await createBoardOver(server.url, { board: fixtureFile('hr-growth'), title: 'Q3 Growth' });
    const json = await download(board.id, board.keys.viewer, 'json');
    expect(json.type).toMatch(/application\/json/);
    expect(json.disposition).toMatch(/attachment; filename="q3-growth-\d{4}-\d{2}-\d{2}\.json"/);
    expect(JSON.parse(json.text)).toMatchObject({ format: 'alignboard', version: 1, title: 'Q3 Growth' });

    const csv = await download(board.id, board.keys.participant, 'csv');
    expect(csv.type).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('team,function,level,objective,key result,aligned to,link meaning,author');
    expect(csv.text).toContain('Increase the number of sales hires from 4 to 10');

    const md = await download(board.id, board.keys.facilitator, 'md');
    expect(md.text).toMatch(/^## /m);
    const report = await download(board.id, board.keys.facilitator, 'report');
    expect(report.disposition).toMatch(/report/);
    expect(report.text).toContain('# Workshop report: Q3 Growth');
    expect(report.text).toContain('## Findings');
    expect(report.text).toContain('## Cascade projection');
  });

  it('round-trips JSON: export, import, export is identical apart from ids and times', async () => {
    const first = await createBoardOver(server.url, { board: fixtureFile('market-share') });
    const exported = (await download(first.id, first.keys.viewer, 'json')).text;
    const second = await createBoardOver(server.url, { board: JSON.parse(exported) });
    const again = (await download(second.id, second.keys.viewer, 'json')).text;
    expect(withoutIdsAndTimes(again)).toEqual(withoutIdsAndTimes(exported));
  });

  it('round-trips CSV: export, import, export is identical', async () => {
    const first = await createBoardOver(server.url, { board: fixtureFile('ballooning') });
    const csv = (await download(first.id, first.keys.viewer, 'csv')).text;
    const second = await createBoardOver(server.url, { csv, title: 'From CSV' });
    expect((await download(second.id, second.keys.viewer, 'csv')).text).toBe(csv);
  });

  it('refuses an unknown format with a clear 400', async () => {
    const board = await createBoardOver(server.url);
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=pdf&key=${board.keys.viewer}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/json, csv, md, report/);
  });
});

describe('refused imports create nothing', () => {
  const good = () => JSON.parse(readFileSync('test/fixtures/hr-growth.json', 'utf8'));
  const cases: [string, () => unknown, number, RegExp][] = [
    ['truncated JSON', () => JSON.stringify({ board: good() }).slice(0, 200), 400, /not valid JSON/],
    ['a file of another version', () => ({ board: { ...good(), version: 2 } }), 422, /version/],
    ['a file missing its notes', () => ({ board: { ...good(), notes: undefined } }), 422, /notes/],
    ['a note in a team that does not exist', () => {
      const file = good();
      file.notes[0].teamId = 'nowhere';
      return { board: file };
    }, 422, /notes\[0\]\.teamId/],
    ['a CSV with an unclosed quote', () => ({ csv: 'team,objective,key result\nSales,"Grow,x\n' }), 422, /line 2/],
    ['a CSV with an unknown column', () => ({ csv: 'team,objective,key result,mood\nSales,Grow,x,happy\n' }), 422, /unknown column "mood"/],
    ['a 50 MB upload', () => JSON.stringify({ board: good(), padding: 'x'.repeat(50 * 1024 * 1024) }), 413, /larger than the limit/],
  ];

  it.each(cases)('refuses %s with a clear message', async (_, body, status, message) => {
    const before = boardCount();
    const res = await postBoard(body());
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(message);
    expect(boardCount()).toBe(before);
  });
});
