import type * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_TYPES, type MessageType } from '../../shared/protocol/messageTypes';

/** The message types y-websocket itself understands; every other one is ours. */
const Y_WEBSOCKET_TYPES: readonly number[] = [
  MESSAGE_TYPES.sync,
  MESSAGE_TYPES.awareness,
  MESSAGE_TYPES.auth,
  MESSAGE_TYPES.queryAwareness,
];

export type ExtensionListener = (decoder: decoding.Decoder) => void;

export interface ExtensionMessages {
  /** Hears every message of `type` from the server (the decoder is past the type varint). */
  subscribe(type: MessageType, listener: ExtensionListener): () => void;
  /** Sends an encoded message if the socket is open; false when it is not (nothing is queued). */
  send(message: Uint8Array): boolean;
  /** Calls `listener` each time the socket (re)connects. */
  onConnected(listener: () => void): () => void;
}

/**
 * Teaches the provider the server's own message types (workshop control, clock) so it
 * hands them to subscribers instead of logging "Unable to compute message"; panels that
 * need them subscribe, the rest of the board never sees them.
 */
export function routeExtensionMessages(provider: WebsocketProvider): ExtensionMessages {
  const listeners = new Map<number, Set<ExtensionListener>>();
  for (const type of Object.values(MESSAGE_TYPES)) {
    if (Y_WEBSOCKET_TYPES.includes(type)) continue;
    // Writes nothing to the reply encoder: y-websocket sends a reply only when one was written.
    provider.messageHandlers[type] = (_encoder, decoder) => {
      for (const listener of listeners.get(type) ?? []) listener(decoder);
    };
  }
  return {
    subscribe(type, listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
      return () => set.delete(listener);
    },
    send(message) {
      const ws = provider.ws;
      if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return false;
      ws.send(message);
      return true;
    },
    onConnected(listener) {
      const onStatus = ({ status }: { status: string }) => {
        if (status === 'connected') listener();
      };
      provider.on('status', onStatus);
      return () => provider.off('status', onStatus);
    },
  };
}
