import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => (server = await startServer({ maxUploadBytes: 1024 * 1024 })));
afterAll(() => server.stop());

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}/api/boards`, { method: 'POST', headers, body });

describe('the boards API', () => {
  it('creates a board with three distinct capability links of at least 128 bits each', async () => {
    const board = await createBoardOver(server.url, { title: 'Q3 planning' });
    expect(board.title).toBe('Q3 planning');
    expect(board.links.facilitator).toMatch(new RegExp(`^/b/${board.id}\\?key=`));
    const keys = Object.values(board.keys);
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
  });

  it('tells each key its role, and shows every link only to the facilitator', async () => {
    const board = await createBoardOver(server.url, { title: 'Roles' });
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const res = await fetch(`${server.url}/api/boards/${board.id}?key=${board.keys[role]}`);
      const info = await res.json();
      expect(info).toMatchObject({ id: board.id, title: 'Roles', role });
      expect(info.links !== undefined).toBe(role === 'facilitator');
    }
  });

  it('refuses a wrong or missing key with 401 and an unknown board with 404', async () => {
    const board = await createBoardOver(server.url);
    expect((await fetch(`${server.url}/api/boards/${board.id}?key=wrong`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/boards/${board.id}`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/boards/nope?key=${board.keys.viewer}`)).status).toBe(404);
  });

  it('gives an untitled board a default title', async () => {
    const board = await createBoardOver(server.url, {});
    expect(board.title).toBe('Untitled workshop');
  });

  it('refuses bodies that are not JSON objects with a clear 400', async () => {
    const truncated = await post('{"title": "x"');
    expect(truncated.status).toBe(400);
    expect((await truncated.json()).error).toMatch(/not valid JSON/);
    expect((await post('[1,2]')).status).toBe(400);
    const badTitle = await post(JSON.stringify({ title: 42 }));
    expect(await badTitle.json()).toMatchObject({ field: 'title' });
  });

  it('refuses an upload over the limit with 413 without creating a board', async () => {
    const res = await post(JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than the limit/);
  });

  it('answers health checks and unknown API routes', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ ok: true });
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
  });
});
