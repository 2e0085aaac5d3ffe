import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, moveNote } from '../../shared/board/commands';
import { createOrigin } from '../../shared/board/origin';
import { snapshotBoard } from '../../shared/board/snapshot';
import { connectClient, waitFor, type SyncClient } from '../helpers/clients';
import { freePort } from '../helpers/ports';
import { createBoardOver, spawnServer, startServer, tempDataDir, type ServerProcess } from '../helpers/server';

const me = createOrigin('user', 'me');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track(client: SyncClient): SyncClient {
  cleanups.push(() => client.destroy());
  return client;
}

async function spawnTracked(dataDir: string, port: number): Promise<ServerProcess> {
  const server = await spawnServer(dataDir, { PORT: String(port) });
  cleanups.push(() => server.kill());
  return server;
}

describe('a killed server', () => {
  it('loses none of the edits clients saw, and clients reconnect by themselves', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const first = await spawnTracked(dataDir, port);
    const board = await createBoardOver(first.url, { title: 'Crash drill' });
    const writer = track(await connectClient(first.url, board.id, board.keys.participant));
    const watcher = track(await connectClient(first.url, board.id, board.keys.participant));

    const ids: string[] = [];
    for (let i = 0; i < 150; i++) {
      ids.push(addNote(writer.doc, { kind: 'objective', text: `note ${i}`, author: 'w', x: i, y: 0 }, me));
      if (i % 3 === 0) moveNote(writer.doc, ids[i]!, i, 500, me);
    }
    await waitFor(() => snapshotBoard(watcher.doc).notes.length === 150, 10_000, 'watcher saw the burst');
    const seen = JSON.stringify(snapshotBoard(watcher.doc));

    await first.kill();
    const second = await spawnTracked(dataDir, port);

    const fresh = track(await connectClient(second.url, board.id, board.keys.viewer));
    expect(JSON.stringify(snapshotBoard(fresh.doc))).toBe(seen);

    await waitFor(() => writer.provider.wsconnected && watcher.provider.wsconnected, 15_000, 'reconnect');
    addNote(watcher.doc, { kind: 'kr', text: 'after restart', author: 'w' }, me);
    await waitFor(() => snapshotBoard(writer.doc).notes.some((n) => n.text === 'after restart'), 5_000, 'edit after restart');
  });

  it('flushes and exits cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const server = await spawnTracked(dataDir, port);
    const board = await createBoardOver(server.url);
    const client = track(await connectClient(server.url, board.id, board.keys.participant));
    const other = track(await connectClient(server.url, board.id, board.keys.participant));
    addNote(client.doc, { kind: 'objective', text: 'kept', author: 'c' }, me);
    await waitFor(() => snapshotBoard(other.doc).notes.length === 1);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const restarted = await spawnTracked(dataDir, port);
    const reader = track(await connectClient(restarted.url, board.id, board.keys.viewer));
    expect(snapshotBoard(reader.doc).notes.map((n) => n.text)).toEqual(['kept']);
  });
});

describe('rooms and the store', () => {
  it('unloads a room when its last connection leaves, compacted into one state row', async () => {
    const server = await startServer();
    cleanups.push(() => server.stop());
    const board = await createBoardOver(server.url);
    const client = await connectClient(server.url, board.id, board.keys.participant);
    for (let i = 0; i < 20; i++) addNote(client.doc, { kind: 'idea', text: `idea ${i}`, author: 'c' }, me);
    await waitFor(() => server.server.store.pendingUpdateCount(board.id) > 1);
    expect(server.server.rooms.loadedCount).toBe(1);
    client.destroy();
    await waitFor(() => server.server.rooms.loadedCount === 0, 5_000, 'room unload');
    const rows = server.server.store.loadUpdates(board.id);
    expect(rows).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0]!);
    expect(snapshotBoard(doc).notes).toHaveLength(20);
  });

  it('folds the update log into one state past the threshold without losing content', async () => {
    const server = await startServer({ compactAfter: 10 });
    cleanups.push(() => server.stop());
    const board = await createBoardOver(server.url);
    const client = track(await connectClient(server.url, board.id, board.keys.participant));
    const other = track(await connectClient(server.url, board.id, board.keys.participant));
    for (let i = 0; i < 35; i++) addNote(client.doc, { kind: 'idea', text: `idea ${i}`, author: 'c' }, me);
    await waitFor(() => snapshotBoard(other.doc).notes.length === 35);
    expect(server.server.store.pendingUpdateCount(board.id)).toBeLessThanOrEqual(11);
    const doc = new Y.Doc();
    for (const update of server.server.store.loadUpdates(board.id)) Y.applyUpdate(doc, update);
    expect(snapshotBoard(doc).notes).toHaveLength(35);
  });
});
