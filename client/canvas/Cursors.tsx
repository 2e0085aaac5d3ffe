import { memo } from 'react';
import { ViewportPortal, useStore } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import { usePeers } from '../sync/presence';

/** Other people's pointers, placed in board coordinates, drawn the same size at any zoom. */
function Cursors({ awareness }: { awareness: Awareness }) {
  const peers = usePeers(awareness);
  const zoom = useStore((s) => s.transform[2]);
  return (
    <ViewportPortal>
      {peers.map((peer) =>
        peer.isSelf || !peer.cursor ? null : (
          <div
            key={peer.clientId}
            className="cursor"
            data-testid="remote-cursor"
            data-name={peer.name}
            style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})`, color: peer.color }}
          >
            <svg width="18" height="20" viewBox="0 0 18 20" aria-hidden="true">
              <path d="M1 1 L1 16 L5.5 12 L8.5 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="white" strokeWidth="1.5" />
            </svg>
            <span className="cursor__name" style={{ background: peer.color }}>
              {peer.name}
            </span>
          </div>
        ),
      )}
    </ViewportPortal>
  );
}

export default memo(Cursors);
