import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { binarySender } from '../../server/sync/sharedFrame';
import { waitFor } from '../helpers/clients';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A ws server on a free port and `count` clients, each collecting the messages it gets. */
async function connected(count: number, perMessageDeflate = false) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate });
  cleanups.push(() => new Promise((done) => server.close(done)));
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serverSides: WebSocket[] = [];
  server.on('connection', (ws) => serverSides.push(ws));
  const received: Buffer[][] = [];
  for (let i = 0; i < count; i++) {
    const client = new WebSocket(url, { perMessageDeflate });
    cleanups.push(() => client.terminate());
    const messages: Buffer[] = [];
    client.on('message', (data) => messages.push(data as Buffer));
    received.push(messages);
    await once(client, 'open');
  }
  await waitFor(() => serverSides.length === count);
  return { serverSides, received };
}

/** Lengths on both sides of each frame header size (7-bit, 16-bit, 64-bit). */
const MESSAGES = [0, 1, 125, 126, 65_535, 65_536, 200_000].map((length) => {
  const message = new Uint8Array(length);
  for (let i = 0; i < length; i++) message[i] = (i * 7 + length) % 251;
  return message;
});

/** Whether a client got exactly these messages, compared as bytes. */
function sameMessages(got: Buffer[], sent: Uint8Array[]): boolean {
  return got.length === sent.length && got.every((message, i) => message.equals(sent[i]!));
}

describe('binarySender', () => {
  it('delivers one framed message to every connection, byte for byte and in order, at every header size', async () => {
    const { serverSides, received } = await connected(3);
    const senders = serverSides.map(binarySender);
    for (const message of MESSAGES) for (const send of senders) send(message);
    await waitFor(() => received.every((messages) => messages.length === MESSAGES.length));
    for (const messages of received) expect(sameMessages(messages, MESSAGES)).toBe(true);
  });

  it('never overtakes a frame ws is still compressing: with permessage-deflate it sends through ws', async () => {
    const { serverSides, received } = await connected(1, true);
    const ws = serverSides[0]!;
    const send = binarySender(ws);
    const sent = [MESSAGES[2]!, MESSAGES[5]!, MESSAGES[1]!];
    send(sent[0]!);
    ws.send(sent[1]!);
    send(sent[2]!);
    await waitFor(() => received[0]!.length === 3);
    expect(sameMessages(received[0]!, sent)).toBe(true);
  });
});
