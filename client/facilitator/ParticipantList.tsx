import type { Awareness } from 'y-protocols/awareness';
import { initials } from '../sync/identity';
import { usePeers } from '../sync/presence';

const ROLE_LABEL = { facilitator: 'Facilitator', participant: 'Participant', viewer: 'Viewer' } as const;

/** Everyone on the board now, from presence: name, colour and role. */
export function ParticipantList({ awareness }: { awareness: Awareness }) {
  const peers = usePeers(awareness);
  return (
    <div className="participant-list">
      <h3 className="facilitator-panel__heading">Here now · {peers.length}</h3>
      <ul data-testid="participant-list">
        {peers.map((peer) => (
          <li key={peer.clientId} data-testid="participant" data-name={peer.name} data-role={peer.role}>
            <span className="participant-list__avatar" style={{ background: peer.color }} aria-hidden="true">
              {initials(peer.name)}
            </span>
            <span className="participant-list__name">
              {peer.name}
              {peer.isSelf && ' (you)'}
            </span>
            <span className="participant-list__role">{ROLE_LABEL[peer.role]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
