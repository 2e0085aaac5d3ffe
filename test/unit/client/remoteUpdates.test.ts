import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import { addNote, createOrigin, snapshotBoard } from '../../../shared/board';
import { MESSAGE_TYPES } from '../../../shared/protocol/messageTypes';
import { applyRemoteUpdatesQuietly } from '../../../client/sync/remoteUpdates';

/** The server's answer to a newcomer: every note of `source`, as a sync step 2. */
function syncStep2From(source: Y.Doc): decoding.Decoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeSyncStep2(encoder, source);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  decoding.readVarUint(decoder);
  return decoder;
}

describe('applyRemoteUpdatesQuietly', () => {
  it("applies the server's updates without the provider's listener, which it puts back for my own changes", () => {
    const source = new Y.Doc();
    addNote(source, { kind: 'objective', text: 'Grow revenue', author: 'Ann' }, createOrigin('user', 'ann'));
    const doc = new Y.Doc();
    const provider = new WebsocketProvider('ws://127.0.0.1:9', 'board', doc, { connect: false, WebSocketPolyfill: WebSocket as never });
    applyRemoteUpdatesQuietly(provider);
    const updateListeners = () => (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update');
    const heard: boolean[] = [];
    doc.on('update', () => heard.push(updateListeners()?.has(provider._updateHandler) ?? false));

    provider.messageHandlers[MESSAGE_TYPES.sync]!(encoding.createEncoder(), syncStep2From(source), provider, true, MESSAGE_TYPES.sync);

    expect(snapshotBoard(doc).notes.map((note) => note.text)).toEqual(['Grow revenue']);
    // Other listeners still heard the update, while the provider's was off.
    expect(heard).toEqual([false]);
    expect(updateListeners()?.has(provider._updateHandler)).toBe(true);
    provider.destroy();
  });
});
