import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { SnapshotInfo } from '../../shared/protocol/api';
import { fetchBoardInfo, type BoardInfoResult } from '../api';
import { BoardContext } from '../board/BoardContext';
import { BoardError } from '../board/BoardError';
import { Canvas } from '../canvas/Canvas';
import { Toasts } from '../ui/Toasts';
import { openReadOnlyBoard, type ReadOnlyBoard } from './readOnlyBoard';
import { SnapshotBanner } from './SnapshotBanner';
import { fetchSnapshotInfo, fetchSnapshotState } from './snapshotApi';
import './snapshots.css';

interface SnapshotPageProps {
  id: string;
  snapshotId: string;
  boardKey: string;
}

type Loaded = { info: SnapshotInfo; board: ReadOnlyBoard };

/**
 * One snapshot, read-only, on the same canvas as the live board: fetched once, no
 * websocket. The key is checked like the board page checks it, so a wrong link gets the
 * same clear page.
 */
export function SnapshotPage({ id, snapshotId, boardKey }: SnapshotPageProps) {
  const [access, setAccess] = useState<BoardInfoResult | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    let opened: ReadOnlyBoard | null = null;
    void (async () => {
      const checked = await fetchBoardInfo(id, boardKey);
      if (!live) return;
      setAccess(checked);
      if (!checked.ok) return;
      try {
        const [info, state] = await Promise.all([fetchSnapshotInfo(id, boardKey, snapshotId), fetchSnapshotState(id, boardKey, snapshotId)]);
        if (!live) return;
        opened = openReadOnlyBoard(id, state);
        setLoaded({ info, board: opened });
      } catch (error) {
        if (live) setFailure((error as Error).message);
      }
    })();
    return () => {
      live = false;
      opened?.destroy();
      setLoaded(null);
      setFailure(null);
    };
  }, [id, snapshotId, boardKey, attempt]);

  if (access && !access.ok) return <BoardError reason={access.reason} message={access.message} onRetry={() => setAttempt((n) => n + 1)} />;
  if (failure) {
    return (
      <main className="error-page" data-testid="snapshot-error">
        <div className="card stack">
          <h1>This snapshot cannot be opened</h1>
          <p className="muted small">Server said: {failure}</p>
        </div>
      </main>
    );
  }
  if (!loaded) return <div className="page-loading">Opening snapshot…</div>;
  return (
    <div className="board-page snapshot-page" data-testid="snapshot-page" data-role="viewer">
      <BoardContext.Provider value={loaded.board.session}>
        <SnapshotBanner boardId={id} boardKey={boardKey} snapshot={loaded.info} />
        <ReactFlowProvider>
          <div className="board-main">
            <Canvas />
          </div>
        </ReactFlowProvider>
        <Toasts />
      </BoardContext.Provider>
    </div>
  );
}
