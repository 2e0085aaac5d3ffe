import { useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes';
import { ROLE_PERMISSIONS, type Role } from '../../shared/protocol/roles';
import { createBoardStore } from '../sync/boardStore';
import { ownerSecret, storedOwnerSecret } from './ownerSecret';
import type { PrivateIdeasLayer } from './privateLayer';

const localStore = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * My private brainstorm doc on this board, or null when I have none. It opens the first
 * time the room goes private (or at once, when this browser already wrote private ideas
 * here), and then stays open for the page's life: the reveal empties it through the
 * server, and ideas written but not yet revealed keep showing after private mode ends.
 * Viewers never have one (the server refuses them).
 */
export function usePrivateIdeas(boardId: string, key: string, role: Role, privateMode: boolean): PrivateIdeasLayer | null {
  const mayWrite = ROLE_PERMISSIONS[role].editBoard;
  const [opened, setOpened] = useState(() => mayWrite && storedOwnerSecret(localStore(), boardId) !== null);
  const [generation, setGeneration] = useState(0);
  const [layer, setLayer] = useState<Omit<PrivateIdeasLayer, 'writing'> | null>(null);

  useEffect(() => {
    if (mayWrite && privateMode) setOpened(true);
  }, [mayWrite, privateMode]);

  useEffect(() => {
    if (!opened) return;
    const doc = new Y.Doc();
    const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const provider = new WebsocketProvider(`${protocol}//${window.location.host}/ws`, `${boardId}/private`, doc, {
      params: { key, owner: ownerSecret(localStore(), boardId) },
      disableBc: true,
    });
    // A write that raced the facilitator's lock is refused by closing the socket; a fresh
    // doc drops it instead of sending it again on every reconnect.
    provider.on('closed', ({ code }) => {
      if (code === CLOSE_CODES.locked) setGeneration((n) => n + 1);
    });
    const store = createBoardStore(doc);
    setLayer({ doc, store });
    return () => {
      store.destroy();
      provider.destroy();
      doc.destroy();
      setLayer(null);
    };
  }, [opened, boardId, key, generation]);

  return useMemo(() => (layer ? { ...layer, writing: privateMode } : null), [layer, privateMode]);
}
