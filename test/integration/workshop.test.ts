import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addNote, addTeam, moveNote } from '../../shared/board/commands';
import { createOrigin } from '../../shared/board/origin';
import { snapshotBoard } from '../../shared/board/snapshot';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes';
import type { SnapshotListResponse } from '../../shared/protocol/api';
import { localizationWorkshop } from '../../shared/script/localizationWorkshop';
import { connectClient, openRawSocket, updateMessage, waitFor, type SyncClient } from '../helpers/clients';
import { openControlClient, type ControlClient } from '../helpers/controlClient';
import { freePort } from '../helpers/ports';
import { createBoardOver, spawnServer, startServer, tempDataDir, type RunningServer } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.stop());

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((client) => client.close()));

async function control(boardId: string, key: string): Promise<ControlClient> {
  const client = await openControlClient(server.url, boardId, key);
  open.push({ close: () => client.ws.close() });
  await client.waitForState(() => true, 'greeting');
  return client;
}

async function sync(room: string, key: string, params: Record<string, string> = {}): Promise<SyncClient> {
  const client = await connectClient(server.url, room, key, params);
  open.push({ close: () => client.destroy() });
  return client;
}

const ada = createOrigin('user', 'ada');

describe('workshop control', () => {
  it('greets every connection with the current step', async () => {
    const board = await createBoardOver(server.url);
    const viewer = await control(board.id, board.keys.viewer);
    expect(viewer.latestState()).toMatchObject({ stepIndex: 0, locked: false, scriptId: 'localization' });
  });

  it('moves the whole room when the facilitator goes to the next step, with an automatic snapshot', async () => {
    const board = await createBoardOver(server.url);
    const facilitator = await control(board.id, board.keys.facilitator);
    const participant = await control(board.id, board.keys.participant);
    facilitator.command({ type: 'next' });
    const state = await participant.waitForState((s) => s.stepIndex === 1);
    expect(state.timer).toMatchObject({ durationMs: localizationWorkshop.steps[1]!.minutes * 60_000 });
    expect(state.timer.runningSince).not.toBeNull();
    const list = (await (await fetch(`${server.url}/api/boards/${board.id}/snapshots?key=${board.keys.viewer}`)).json()) as SnapshotListResponse;
    expect(list.snapshots).toMatchObject([{ name: 'Step 2: Strategic intent', auto: true }]);
  });

  it.each(['participant', 'viewer'] as const)('refuses every change from a %s and changes nothing', async (role) => {
    const board = await createBoardOver(server.url);
    const facilitator = await control(board.id, board.keys.facilitator);
    const other = await control(board.id, board.keys[role]);
    const before = facilitator.latestState()!;
    const attempts = [
      { type: 'next' },
      { type: 'jump', stepIndex: 4 },
      { type: 'timer-start' },
      { type: 'timer-add', ms: 60_000 },
      { type: 'lock', locked: true },
      { type: 'spotlight', target: { kind: 'team', id: 'x' } },
      { type: 'reveal' },
    ];
    attempts.forEach((command, i) => other.command(command, `r${i}`));
    await waitFor(() => other.received.filter((m) => m.type === 'control-refused').length === attempts.length);
    expect(other.received.filter((m) => m.type === 'control-refused').map((m) => m.requestId)).toEqual(attempts.map((_, i) => `r${i}`));
    facilitator.ping(1);
    await waitFor(() => facilitator.received.some((m) => m.type === 'pong'));
    expect(facilitator.latestState()).toEqual(before);
    expect(server.server.store.listSnapshots(board.id)).toEqual([]);
  });

  it('refuses a malformed command without changing anything, and closes on garbage', async () => {
    const board = await createBoardOver(server.url);
    const facilitator = await control(board.id, board.keys.facilitator);
    facilitator.command({ type: 'jump', stepIndex: -3 }, 'bad');
    await waitFor(() => facilitator.received.some((m) => m.type === 'control-refused' && m.requestId === 'bad'));
    expect(facilitator.latestState()!.version).toBe(1);
    facilitator.ws.send(new Uint8Array([10, 3, 0x7b, 0x7b, 0x7b]));
    expect((await facilitator.closed).code).toBe(CLOSE_CODES.malformedMessage);
  });

  it('answers clock pings with server receive and send times', async () => {
    const board = await createBoardOver(server.url);
    const viewer = await control(board.id, board.keys.viewer);
    const before = Date.now();
    viewer.ping(123);
    await waitFor(() => viewer.received.some((m) => m.type === 'pong'));
    const pong = viewer.received.find((m) => m.type === 'pong')!;
    expect(pong.t0).toBe(123);
    expect(pong.t1 as number).toBeGreaterThanOrEqual(before);
    expect(pong.t2 as number).toBeGreaterThanOrEqual(pong.t1 as number);
  });
});

describe('lock', () => {
  it('refuses participants\' updates while locked and accepts the facilitator\'s', async () => {
    const board = await createBoardOver(server.url);
    const facilitator = await control(board.id, board.keys.facilitator);
    const reader = await sync(board.id, board.keys.viewer);
    facilitator.command({ type: 'lock', locked: true });
    await facilitator.waitForState((s) => s.locked);

    const doc = new Y.Doc();
    addNote(doc, { kind: 'objective', text: 'sneaky', author: 'p' }, ada);
    const participant = await openRawSocket(server.url, board.id, board.keys.participant);
    participant.ws.send(updateMessage(Y.encodeStateAsUpdate(doc)));
    expect((await participant.closed).code).toBe(CLOSE_CODES.locked);

    const facilitatorDoc = await sync(board.id, board.keys.facilitator);
    addNote(facilitatorDoc.doc, { kind: 'objective', text: 'allowed', author: 'f' }, ada);
    await waitFor(() => snapshotBoard(reader.doc).notes.length === 1);
    expect(snapshotBoard(reader.doc).notes.map((n) => n.text)).toEqual(['allowed']);

    facilitator.command({ type: 'lock', locked: false });
    await facilitator.waitForState((s) => !s.locked);
    const unlocked = await sync(board.id, board.keys.participant);
    addNote(unlocked.doc, { kind: 'objective', text: 'after unlock', author: 'p' }, ada);
    await waitFor(() => snapshotBoard(reader.doc).notes.length === 2);
  });
});

describe('a step with a read-only top level', () => {
  it("refuses a participant's change to a company note, keeps their own team open, and frees the top level again after the step", async () => {
    const board = await createBoardOver(server.url);
    const facilitator = await control(board.id, board.keys.facilitator);
    const facilitatorDoc = await sync(board.id, board.keys.facilitator);
    const company = addTeam(facilitatorDoc.doc, { name: 'Leadership', function: 'Company', level: 0 }, ada);
    const sales = addTeam(facilitatorDoc.doc, { name: 'Sales', function: 'Sales', level: 1 }, ada);
    const top = addNote(facilitatorDoc.doc, { kind: 'objective', text: 'Grow', teamId: company, author: 'f', x: 0, y: 0 }, ada);
    const mine = addNote(facilitatorDoc.doc, { kind: 'objective', text: 'Win', teamId: sales, author: 'p', x: 0, y: 400 }, ada);
    const reader = await sync(board.id, board.keys.viewer);
    await waitFor(() => snapshotBoard(reader.doc).notes.length === 2);
    const intent = localizationWorkshop.steps.findIndex((step) => step.id === 'strategic-intent');
    facilitator.command({ type: 'jump', stepIndex: intent });
    await facilitator.waitForState((s) => s.stepIndex === intent);
    const xOf = (id: string) => snapshotBoard(reader.doc).notes.find((note) => note.id === id)!.x;

    const participant = await sync(board.id, board.keys.participant);
    const closes: number[] = [];
    participant.provider.on('connection-close', (event: CloseEvent | null) => event && closes.push(event.code));
    moveNote(participant.doc, mine, 40, 400, ada);
    await waitFor(() => xOf(mine) === 40, 5_000, 'own note moved');
    moveNote(participant.doc, top, 99, 0, ada);
    await waitFor(() => closes.includes(CLOSE_CODES.topLevelReadOnly), 5_000, 'refusal');
    participant.destroy();

    moveNote(facilitatorDoc.doc, top, 10, 0, ada);
    await waitFor(() => xOf(top) === 10, 5_000, "the facilitator's move");
    const fresh = await sync(board.id, board.keys.viewer);
    expect(snapshotBoard(fresh.doc).notes.find((note) => note.id === top)!.x).toBe(10);

    facilitator.command({ type: 'jump', stepIndex: 0 });
    await facilitator.waitForState((s) => s.stepIndex === 0);
    const later = await sync(board.id, board.keys.participant);
    moveNote(later.doc, top, 20, 0, ada);
    await waitFor(() => xOf(top) === 20, 5_000, 'top level open again');
  });
});

describe('private brainstorm', () => {
  it('keeps ideas out of every other participant\'s doc until the reveal, then puts them on the board', async () => {
    const board = await createBoardOver(server.url);
    const teamId = snapshotBoard((await sync(board.id, board.keys.viewer)).doc).teams[0]!.id;
    const facilitator = await control(board.id, board.keys.facilitator);
    facilitator.command({ type: 'jump', stepIndex: 2 });
    await facilitator.waitForState((s) => s.privateMode);

    const adaPrivate = await sync(`${board.id}/private`, board.keys.participant, { owner: 'ada-secret-0123456789' });
    addNote(adaPrivate.doc, { kind: 'idea', text: 'Hire 3 sales reps', author: 'Ada', teamId, x: 40, y: 60 }, ada);
    const bob = await sync(board.id, board.keys.participant);
    const bobRaw = await openRawSocket(server.url, board.id, board.keys.participant);
    await waitFor(() => server.server.store.listDocIds(`${board.id}/private/`).length === 1);
    expect(snapshotBoard(bob.doc).notes).toEqual([]);
    expect(bobRaw.messages.some((m) => Buffer.from(m).includes('Hire 3 sales reps'))).toBe(false);

    adaPrivate.destroy();
    const adaAgain = await sync(`${board.id}/private`, board.keys.participant, { owner: 'ada-secret-0123456789' });
    expect(snapshotBoard(adaAgain.doc).notes.map((n) => n.text)).toEqual(['Hire 3 sales reps']);

    facilitator.command({ type: 'reveal' });
    await waitFor(() => snapshotBoard(bob.doc).notes.length === 1, 5_000, 'reveal reaches bob');
    expect(snapshotBoard(bob.doc).notes[0]).toMatchObject({ kind: 'idea', text: 'Hire 3 sales reps', author: 'Ada', teamId, x: 40, y: 60 });
    await waitFor(() => snapshotBoard(adaAgain.doc).notes.length === 0, 5_000, 'private layer emptied');
  });
});

describe('restart', () => {
  it('keeps the control state across a server restart', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = await spawnServer(dataDir, { PORT: String(port) });
    try {
      const board = await createBoardOver(first.url);
      const facilitator = await openControlClient(first.url, board.id, board.keys.facilitator);
      facilitator.command({ type: 'jump', stepIndex: 3 });
      facilitator.command({ type: 'lock', locked: true });
      await facilitator.waitForState((s) => s.stepIndex === 3 && s.locked);
      facilitator.ws.close();
      await first.kill();
      const second = await spawnServer(dataDir, { PORT: String(port) });
      try {
        const again = await openControlClient(second.url, board.id, board.keys.viewer);
        expect(await again.waitForState(() => true)).toMatchObject({ stepIndex: 3, locked: true, reachedStepIndex: 3 });
        again.ws.close();
      } finally {
        await second.kill();
      }
    } finally {
      await first.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
