import type { Awareness } from 'y-protocols/awareness';
import { initials } from '../sync/identity';
import { usePeers } from '../sync/presence';

const SHOWN = 6;

/** Who is on the board: me first, then everyone else; the rest folded into "+N". */
export function PresenceAvatars({ awareness }: { awareness: Awareness }) {
  const peers = usePeers(awareness);
  const shown = peers.slice(0, SHOWN);
  const hidden = peers.slice(SHOWN);
  return (
    <div className="avatars" data-testid="presence" aria-label={`${peers.length} on this board`}>
      {shown.map((peer) => (
        <span
          key={peer.clientId}
          className={`avatar${peer.isSelf ? ' is-self' : ''}${peer.role === 'viewer' ? ' is-viewer' : ''}`}
          style={{ background: peer.color }}
          title={`${peer.name}${peer.isSelf ? ' (you)' : ''} · ${peer.role}`}
          data-testid="avatar"
          data-name={peer.name}
        >
          {initials(peer.name)}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="avatar avatar--more" title={hidden.map((peer) => peer.name).join(', ')}>
          +{hidden.length}
        </span>
      )}
    </div>
  );
}
