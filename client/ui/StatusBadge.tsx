import type { ConnectionStatus } from '../sync/connectionStatus';

const LABELS: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const EXPLAIN: Record<ConnectionStatus, string> = {
  connecting: 'Opening the board.',
  connected: 'Live: everyone sees your changes as you make them.',
  reconnecting: 'Lost the server for a moment. Your changes are kept and sent when it is back.',
  offline: 'Cannot reach the server. Keep working: your changes are sent when it is back.',
};

export function StatusBadge({ status, refusal }: { status: ConnectionStatus; refusal: string | null }) {
  return (
    <span className={`status status--${status}`} data-testid="connection-status" data-status={status} title={refusal ?? EXPLAIN[status]}>
      <span className="status__dot" />
      {LABELS[status]}
    </span>
  );
}
