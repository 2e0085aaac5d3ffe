import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, setNoteText } from '../../shared/board/commands';
import { createOrigin } from '../../shared/board/origin';
import { snapshotBoard } from '../../shared/board/snapshot';
import type { SnapshotInfo, SnapshotListResponse } from '../../shared/protocol/api';
import { connectClient, waitFor } from '../helpers/clients';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.stop());

const me = createOrigin('user', 'me');
const api = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const postJson = (path: string, body: unknown) =>
  api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('snapshots', () => {
  it('keeps the board as it was when taken, lists it and restores it as a new board', async () => {
    const board = await createBoardOver(server.url, { title: 'Q3' });
    const client = await connectClient(server.url, board.id, board.keys.participant);
    const id = addNote(client.doc, { kind: 'objective', text: 'Before', author: 'me' }, me);
    await waitFor(() => server.server.rooms.readDoc(board.id, (doc) => snapshotBoard(doc).notes.length) === 1);

    const taken = await postJson(`/api/boards/${board.id}/snapshots?key=${board.keys.facilitator}`, { name: 'After localize' });
    expect(taken.status).toBe(201);
    const info = (await taken.json()) as SnapshotInfo;
    expect(info).toMatchObject({ name: 'After localize', auto: false });

    setNoteText(client.doc, id, 'After', me);
    await waitFor(() => server.server.rooms.readDoc(board.id, (doc) => snapshotBoard(doc).notes[0]?.text) === 'After');

    const list = (await (await api(`/api/boards/${board.id}/snapshots?key=${board.keys.viewer}`)).json()) as SnapshotListResponse;
    expect(list.snapshots.map((s) => s.name)).toEqual(['After localize']);

    const state = new Uint8Array(await (await api(`/api/boards/${board.id}/snapshots/${info.id}/state?key=${board.keys.viewer}`)).arrayBuffer());
    const old = new Y.Doc();
    Y.applyUpdate(old, state);
    expect(snapshotBoard(old).notes.map((n) => n.text)).toEqual(['Before']);

    const restored = await postJson(`/api/boards/${board.id}/snapshots/${info.id}/restore?key=${board.keys.facilitator}`, {});
    expect(restored.status).toBe(201);
    const created = await restored.json();
    expect(created.id).not.toBe(board.id);
    expect(created.title).toBe('Q3 (restored from After localize)');
    const restoredKey = new URL(created.links.viewer, server.url).searchParams.get('key')!;
    const reader = await connectClient(server.url, created.id, restoredKey);
    expect(snapshotBoard(reader.doc).notes.map((n) => n.text)).toEqual(['Before']);
    client.destroy();
    reader.destroy();
  });

  it('lets only the facilitator take one', async () => {
    const board = await createBoardOver(server.url);
    for (const role of ['participant', 'viewer'] as const) {
      const res = await postJson(`/api/boards/${board.id}/snapshots?key=${board.keys[role]}`, { name: 'x' });
      expect(res.status).toBe(403);
    }
    expect((await (await api(`/api/boards/${board.id}/snapshots?key=${board.keys.viewer}`)).json()).snapshots).toEqual([]);
  });

  it('answers 404 for a snapshot of another board or none', async () => {
    const a = await createBoardOver(server.url);
    const b = await createBoardOver(server.url);
    const info = (await (await postJson(`/api/boards/${a.id}/snapshots?key=${a.keys.facilitator}`, { name: 'x' })).json()) as SnapshotInfo;
    expect((await api(`/api/boards/${b.id}/snapshots/${info.id}?key=${b.keys.viewer}`)).status).toBe(404);
    expect((await api(`/api/boards/${a.id}/snapshots/nope?key=${a.keys.viewer}`)).status).toBe(404);
  });
});
