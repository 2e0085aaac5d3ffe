import { useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardInfoResponse } from '../../shared/protocol/api';
import { BoardExportMenu } from '../export/BoardExportMenu';
import { SnapshotsMenu } from '../snapshots/SnapshotsMenu';
import type { ConnectionStatus } from '../sync/connectionStatus';
import { navigate } from '../router';
import { BoardLinks } from './BoardLinks';
import { EyeIcon, LinkIcon } from './icons';
import { PresenceAvatars } from './PresenceAvatars';
import { StatusBadge } from './StatusBadge';

interface TopBarProps {
  info: BoardInfoResponse;
  status: ConnectionStatus;
  refusal: string | null;
  /** Null until connected: no one to show yet. */
  awareness: Awareness | null;
}

/** Board title, who is here, connection status, my role, and (facilitator) the links to share. */
export function TopBar({ info, status, refusal, awareness }: TopBarProps) {
  const [sharing, setSharing] = useState(false);
  return (
    <header className="topbar" data-testid="topbar">
      <div className="topbar__left">
        <a
          className="topbar__brand"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            navigate('/');
          }}
          aria-label="Alignboard home"
        >
          <span className="logo" aria-hidden="true" />
        </a>
        <h1 className="topbar__title" data-testid="board-title">
          {info.title}
        </h1>
        {info.role === 'viewer' && (
          <span className="badge badge--view" data-testid="view-only">
            <EyeIcon /> View only
          </span>
        )}
        {info.role === 'facilitator' && <span className="badge">Facilitator</span>}
      </div>
      <div className="topbar__right">
        {awareness && <PresenceAvatars awareness={awareness} />}
        <StatusBadge status={status} refusal={refusal} />
        <SnapshotsMenu info={info} />
        <BoardExportMenu info={info} />
        {info.links && (
          <div className="share">
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setSharing((open) => !open)}
              aria-expanded={sharing}
              data-testid="share"
            >
              <LinkIcon /> Share
            </button>
            {sharing && (
              <div className="share__popover panel" role="dialog" aria-label="Board links">
                <BoardLinks links={info.links} />
              </div>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
