import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGE_TYPES } from '../../../shared/protocol/messageTypes';
import { routeExtensionMessages } from '../../../client/sync/extensionMessages';

function offlineProvider() {
  const doc = new Y.Doc();
  return new WebsocketProvider('ws://127.0.0.1:9', 'board', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
}

describe('routeExtensionMessages', () => {
  it("hands the server's control messages to subscribers, past the type", () => {
    const provider = offlineProvider();
    const channel = routeExtensionMessages(provider);
    const heard = vi.fn((decoder: decoding.Decoder) => decoding.readVarString(decoder));
    channel.subscribe(MESSAGE_TYPES.control, heard);
    const message = encoding.createEncoder();
    encoding.writeVarString(message, 'step 2');
    const reply = encoding.createEncoder();
    provider.messageHandlers[MESSAGE_TYPES.control]!(reply, decoding.createDecoder(encoding.toUint8Array(message)), provider, true, MESSAGE_TYPES.control);
    expect(heard).toHaveReturnedWith('step 2');
    expect(encoding.length(reply)).toBe(0);
    provider.destroy();
  });

  it("leaves y-websocket's own message types to y-websocket", () => {
    const provider = offlineProvider();
    const own = provider.messageHandlers[MESSAGE_TYPES.sync];
    routeExtensionMessages(provider);
    expect(provider.messageHandlers[MESSAGE_TYPES.sync]).toBe(own);
    provider.destroy();
  });

  it('stops hearing after unsubscribe', () => {
    const provider = offlineProvider();
    const channel = routeExtensionMessages(provider);
    const heard = vi.fn();
    channel.subscribe(MESSAGE_TYPES.clock, heard)();
    provider.messageHandlers[MESSAGE_TYPES.clock]!(encoding.createEncoder(), decoding.createDecoder(new Uint8Array()), provider, true, MESSAGE_TYPES.clock);
    expect(heard).not.toHaveBeenCalled();
    provider.destroy();
  });
});
