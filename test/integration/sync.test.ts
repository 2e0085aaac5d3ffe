import * as Y from 'yjs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, link, moveNote, setNoteText } from '../../shared/board/commands';
import { createOrigin } from '../../shared/board/origin';
import { snapshotBoard } from '../../shared/board/snapshot';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes';
import { connectClient, openRawSocket, updateMessage, upgradeStatus, waitFor } from '../helpers/clients';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => (server = await startServer({ maxMessageBytes: 64 * 1024 })));
afterAll(() => server.stop());

const alice = createOrigin('user', 'alice');
const bob = createOrigin('user', 'bob');

/** A standalone update that adds one note, as a hand-written client would produce. */
function noteUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  addNote(doc, { kind: 'objective', text, author: 'intruder' }, createOrigin('user', 'x'));
  return Y.encodeStateAsUpdate(doc);
}

const noteTexts = (doc: Y.Doc) => snapshotBoard(doc).notes.map((n) => n.text);

describe('live sync', () => {
  it('makes two clients converge after concurrent random edits', async () => {
    const board = await createBoardOver(server.url);
    const a = await connectClient(server.url, board.id, board.keys.participant);
    const b = await connectClient(server.url, board.id, board.keys.facilitator);
    const edit = fc.record({
      by: fc.constantFrom('a', 'b'),
      op: fc.constantFrom('add', 'move', 'type', 'link'),
      pick: fc.nat(),
      other: fc.nat(),
      text: fc.string({ maxLength: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 5, maxLength: 25 }), async (edits) => {
        for (const { by, op, pick, other, text } of edits) {
          const [client, origin] = by === 'a' ? [a, alice] : [b, bob];
          const ids = [...snapshotBoard(client.doc).notes.map((n) => n.id)];
          const id = ids[pick % Math.max(ids.length, 1)];
          if (op === 'add' || !id) addNote(client.doc, { kind: 'objective', text, author: by, x: pick, y: other }, origin);
          else if (op === 'move') moveNote(client.doc, id, pick, other, origin);
          else if (op === 'type') setNoteText(client.doc, id, text + pick, origin);
          else link(client.doc, id, ids[other % ids.length]!, origin);
        }
        await waitFor(
          () => JSON.stringify(snapshotBoard(a.doc)) === JSON.stringify(snapshotBoard(b.doc)),
          5_000,
          'convergence',
        );
      }),
      { numRuns: 8 },
    );
    a.destroy();
    b.destroy();
  });

  it('keeps both people\'s words when they type into one note at once', async () => {
    const board = await createBoardOver(server.url);
    const a = await connectClient(server.url, board.id, board.keys.participant);
    const b = await connectClient(server.url, board.id, board.keys.participant);
    const id = addNote(a.doc, { kind: 'objective', text: 'Grow revenue', author: 'a' }, alice);
    await waitFor(() => noteTexts(b.doc).includes('Grow revenue'));
    setNoteText(a.doc, id, 'Boldly grow revenue', alice);
    setNoteText(b.doc, id, 'Grow revenue in Europe', bob);
    await waitFor(() => noteTexts(a.doc)[0] === noteTexts(b.doc)[0] && noteTexts(a.doc)[0]!.length > 20);
    expect(noteTexts(a.doc)[0]).toBe('Boldly grow revenue in Europe');
    a.destroy();
    b.destroy();
  });

  it('shares presence (awareness) between clients', async () => {
    const board = await createBoardOver(server.url);
    const a = await connectClient(server.url, board.id, board.keys.participant);
    const b = await connectClient(server.url, board.id, board.keys.viewer);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ada'));
    a.destroy();
    await waitFor(() => ![...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ada'));
    b.destroy();
  });
});

describe('roles and bad input', () => {
  it('never lets a viewer\'s write reach a participant or the store, and closes it with 4403', async () => {
    const board = await createBoardOver(server.url);
    const participant = await connectClient(server.url, board.id, board.keys.participant);
    const viewer = await openRawSocket(server.url, board.id, board.keys.viewer);
    viewer.ws.send(updateMessage(noteUpdate('viewer was here')));
    expect((await viewer.closed).code).toBe(CLOSE_CODES.readOnly);
    addNote(participant.doc, { kind: 'objective', text: 'after', author: 'p' }, alice);
    await waitFor(() => server.server.store.loadUpdates(board.id).length >= 2, 5_000, 'participant write stored');
    expect(noteTexts(participant.doc)).toEqual(['after']);
    const stored = new Y.Doc();
    for (const update of server.server.store.loadUpdates(board.id)) Y.applyUpdate(stored, update);
    expect(noteTexts(stored)).toEqual(['after']);
    participant.destroy();
  });

  it('lets a viewer read everything live', async () => {
    const board = await createBoardOver(server.url);
    const participant = await connectClient(server.url, board.id, board.keys.participant);
    const viewer = await connectClient(server.url, board.id, board.keys.viewer);
    addNote(participant.doc, { kind: 'kr', text: 'Increase NPS from 20 to 40', author: 'p' }, alice);
    await waitFor(() => noteTexts(viewer.doc).includes('Increase NPS from 20 to 40'));
    expect(viewer.provider.wsconnected).toBe(true);
    participant.destroy();
    viewer.destroy();
  });

  it('refuses a wrong or missing key, or an unknown board, at the upgrade', async () => {
    const board = await createBoardOver(server.url);
    expect(await upgradeStatus(server.url, `/ws/${board.id}?key=wrong`)).toBe(401);
    expect(await upgradeStatus(server.url, `/ws/${board.id}`)).toBe(401);
    expect(await upgradeStatus(server.url, `/ws/unknown?key=${board.keys.participant}`)).toBe(404);
    expect(await upgradeStatus(server.url, `/ws/${board.id}?key=${board.keys.participant}`)).toBe(101);
  });

  it('closes only the connection that sent a garbage frame; the room keeps serving', async () => {
    const board = await createBoardOver(server.url);
    const a = await connectClient(server.url, board.id, board.keys.participant);
    const b = await connectClient(server.url, board.id, board.keys.participant);
    for (const garbage of [new Uint8Array([0, 2, 5, 1, 2, 3, 4, 5]), new Uint8Array([0xff, 0xff]), new Uint8Array([0, 9])]) {
      const bad = await openRawSocket(server.url, board.id, board.keys.participant);
      bad.ws.send(garbage);
      expect((await bad.closed).code).toBe(CLOSE_CODES.malformedMessage);
    }
    const text = await openRawSocket(server.url, board.id, board.keys.participant);
    text.ws.send('hello');
    expect((await text.closed).code).toBe(CLOSE_CODES.malformedMessage);
    addNote(a.doc, { kind: 'objective', text: 'still here', author: 'a' }, alice);
    await waitFor(() => noteTexts(b.doc).includes('still here'));
    a.destroy();
    b.destroy();
  });

  it('closes a connection that sends an oversized message with 1009, and only that one', async () => {
    const board = await createBoardOver(server.url);
    const a = await connectClient(server.url, board.id, board.keys.participant);
    const big = await openRawSocket(server.url, board.id, board.keys.participant);
    big.ws.send(updateMessage(noteUpdate('x'.repeat(100 * 1024))));
    expect((await big.closed).code).toBe(CLOSE_CODES.messageTooLarge);
    const b = await connectClient(server.url, board.id, board.keys.participant);
    addNote(a.doc, { kind: 'objective', text: 'small', author: 'a' }, alice);
    await waitFor(() => noteTexts(b.doc).includes('small'));
    expect(noteTexts(b.doc)).not.toContain('x'.repeat(100 * 1024));
    a.destroy();
    b.destroy();
  });
});

describe('private brainstorm rooms', () => {
  it('keep each owner\'s private document apart from the board and from other owners', async () => {
    const board = await createBoardOver(server.url);
    const secretA = 'a'.repeat(24);
    const privateA = await connectClient(server.url, `${board.id}/private`, board.keys.participant, { owner: secretA });
    addNote(privateA.doc, { kind: 'idea', text: 'hire faster', author: 'A' }, alice);
    await waitFor(() => server.server.store.listDocIds(`${board.id}/private/`).length === 1, 5_000, 'private doc stored');

    const againA = await connectClient(server.url, `${board.id}/private`, board.keys.participant, { owner: secretA });
    expect(noteTexts(againA.doc)).toEqual(['hire faster']);
    const privateB = await connectClient(server.url, `${board.id}/private`, board.keys.participant, { owner: 'b'.repeat(24) });
    const boardDoc = await connectClient(server.url, board.id, board.keys.participant);
    expect(noteTexts(privateB.doc)).toEqual([]);
    expect(noteTexts(boardDoc.doc)).toEqual([]);
    for (const client of [privateA, againA, privateB, boardDoc]) client.destroy();
  });

  it('are refused to viewers and to sockets without an owner secret', async () => {
    const board = await createBoardOver(server.url);
    const owner = 'c'.repeat(24);
    expect(await upgradeStatus(server.url, `/ws/${board.id}/private?key=${board.keys.viewer}&owner=${owner}`)).toBe(403);
    expect(await upgradeStatus(server.url, `/ws/${board.id}/private?key=${board.keys.participant}`)).toBe(403);
    expect(await upgradeStatus(server.url, `/ws/${board.id}/private?key=${board.keys.participant}&owner=${owner}`)).toBe(101);
  });
});
