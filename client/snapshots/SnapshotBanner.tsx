import { useContext, useMemo, useState } from 'react';
import { boardPath, type CreateBoardResponse, type SnapshotInfo } from '../../shared/protocol/api';
import { BoardContext } from '../board/BoardContext';
import { Dialog } from '../export/Dialog';
import { ExportMenu } from '../export/ExportMenu';
import { NewBoardLinks } from '../export/NewBoardLinks';
import { navigate } from '../router';
import { useUi } from '../ui/store';
import { restoreSnapshot } from './snapshotApi';
import { snapshotKind, snapshotTime } from './snapshotLabels';

interface SnapshotBannerProps {
  boardId: string;
  boardKey: string;
  snapshot: SnapshotInfo;
}

/** Says what is on screen (a snapshot, read-only) and what can be done with it. */
export function SnapshotBanner({ boardId, boardKey, snapshot }: SnapshotBannerProps) {
  const session = useContext(BoardContext);
  const title = session?.store.getSnapshot().meta.title ?? '';
  const source = useMemo(() => ({ boardId, key: boardKey, title, snapshot }), [boardId, boardKey, title, snapshot]);
  const [restored, setRestored] = useState<CreateBoardResponse | null>(null);
  const [restoring, setRestoring] = useState(false);
  const toast = useUi((s) => s.toast);

  const restore = async () => {
    setRestoring(true);
    try {
      setRestored(await restoreSnapshot(boardId, boardKey, snapshot.id));
    } catch (failure) {
      toast(`Not restored: ${(failure as Error).message}`, 'warning');
    } finally {
      setRestoring(false);
    }
  };

  return (
    <header className="topbar snapshot-banner" data-testid="snapshot-banner">
      <div className="topbar__left">
        <span className="logo" aria-hidden="true" />
        <div className="snapshot-banner__text">
          <strong data-testid="snapshot-title">
            Snapshot “{snapshot.name}” taken at {snapshotTime(snapshot.createdAt)} — read-only
          </strong>
          <span className="muted small">
            {title} · {snapshotKind(snapshot)}
          </span>
        </div>
      </div>
      <div className="topbar__right">
        <ExportMenu source={source} />
        <button type="button" className="button button--small" onClick={restore} disabled={restoring} data-testid="restore-snapshot">
          {restoring ? 'Restoring…' : 'Restore as a new board'}
        </button>
        <button type="button" className="button button--primary button--small" onClick={() => navigate(boardPath(boardId, boardKey))} data-testid="back-to-board">
          Back to the live board
        </button>
      </div>
      {restored && (
        <Dialog label="Restored board" testId="restored-dialog" onClose={() => setRestored(null)}>
          <NewBoardLinks board={restored} onClose={() => setRestored(null)} />
        </Dialog>
      )}
    </header>
  );
}
