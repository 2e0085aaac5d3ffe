import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';

/**
 * Applies the server's sync messages with the provider's own 'update' listener off. Yjs
 * encodes every transaction once more for 'update' listeners, and the provider's listener
 * only sends my changes on, skipping what the provider applied itself: for a remote update
 * that encoding is thrown away. Opening a 5,000-note board spent a third of applying its
 * first sync there. Listeners other than the provider's still get every update.
 */
export function applyRemoteUpdatesQuietly(provider: WebsocketProvider): void {
  const handle = provider.messageHandlers[MESSAGE_TYPES.sync];
  if (!handle) return;
  provider.messageHandlers[MESSAGE_TYPES.sync] = (...args) => {
    provider.doc.off('update', provider._updateHandler);
    try {
      handle(...args);
    } finally {
      provider.doc.on('update', provider._updateHandler);
    }
  };
}
