import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import { CLOSE_CODES, FINAL_CLOSE_CODES } from '../../shared/protocol/closeCodes';
import { useUi } from '../ui/store';
import { createBoardStore, type BoardStore } from './boardStore';
import { createControlChannel, type ControlChannel } from './controlChannel';
import { routeExtensionMessages, type ExtensionMessages } from './extensionMessages';
import { applyRemoteUpdatesQuietly } from './remoteUpdates';
import { connectionStatus, type ConnectionFacts, type ConnectionStatus } from './connectionStatus';

export interface BoardConnection {
  doc: Y.Doc;
  awareness: Awareness;
  store: BoardStore;
  /** The server's messages beyond y-websocket's (workshop control, clock). */
  extensions: ExtensionMessages;
  /** The workshop control state and server clock, heard from the first message on. */
  control: ControlChannel;
}

export interface ConnectionState {
  connection: BoardConnection | null;
  status: ConnectionStatus;
  /** True once the first sync with the server finished: the board is complete. */
  synced: boolean;
  /** Why the server refused us for good, if it did. */
  refusal: string | null;
}

/** Close codes that refuse one write of mine, not the connection, with what to tell me. */
const REFUSED_WRITES = new Map<number, string>([
  [CLOSE_CODES.locked, 'The facilitator locked the board; your last change was not saved.'],
  [CLOSE_CODES.topLevelReadOnly, 'The top level is read-only in this step; your last change to it was not saved.'],
]);

const INITIAL_FACTS: ConnectionFacts = {
  socket: 'connecting',
  everConnected: false,
  failedAttempts: 0,
  online: true,
  refused: false,
};

/**
 * One Y.Doc and one WebsocketProvider per board page, created on mount (or once `enabled`)
 * and destroyed on unmount (provider first: it unsubscribes from the doc). The provider
 * reconnects on its own with backoff; we only translate its events into a status for the
 * top bar.
 */
export function useBoardConnection(boardId: string, key: string, enabled = true): ConnectionState {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const [facts, setFacts] = useState<ConnectionFacts>(INITIAL_FACTS);
  const [synced, setSynced] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Bumped to start over with a fresh doc (see the locked close below).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    // BroadcastChannel off: two tabs of one browser sync through the server like everyone
    // else, so what the server refuses (a viewer's write) never spreads tab to tab.
    const provider = new WebsocketProvider(`${protocol}//${window.location.host}/ws`, boardId, doc, {
      params: { key },
      disableBc: true,
    });
    applyRemoteUpdatesQuietly(provider);
    const extensions = routeExtensionMessages(provider);
    const control = createControlChannel(extensions);
    const store = createBoardStore(doc);
    const update = (patch: Partial<ConnectionFacts>) => setFacts((prev) => ({ ...prev, ...patch }));
    update({ online: navigator.onLine });

    provider.on('status', ({ status }) => {
      if (status === 'connected') update({ socket: 'connected', everConnected: true });
      else update({ socket: status });
    });
    provider.on('connection-close', () => update({ failedAttempts: provider.wsUnsuccessfulReconnects + 1 }));
    provider.on('sync', (isSynced) => {
      if (!isSynced) return;
      setSynced(true);
      update({ failedAttempts: 0 });
    });
    provider.on('closed', ({ code, reason }) => {
      const refusal = REFUSED_WRITES.get(code);
      if (refusal) {
        // My change raced the facilitator (a lock, a step change) and the server refused it.
        // The doc still holds it and would send it again on every reconnect: start over without it.
        useUi.getState().toast(refusal, 'warning');
        setGeneration((n) => n + 1);
        return;
      }
      if (!FINAL_CLOSE_CODES.includes(code)) return;
      update({ refused: true });
      setRefusal(reason || `closed with code ${code}`);
    });
    const onOnline = () => update({ online: true });
    const onOffline = () => update({ online: false });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    setConnection({ doc, awareness: provider.awareness, store, extensions, control });

    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      store.destroy();
      control.destroy();
      provider.destroy();
      doc.destroy();
      setConnection(null);
      setSynced(false);
      setFacts(INITIAL_FACTS);
      setRefusal(null);
    };
  }, [boardId, key, generation, enabled]);

  return { connection, status: connectionStatus(facts), synced, refusal };
}
