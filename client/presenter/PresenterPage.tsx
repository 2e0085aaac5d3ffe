import { useEffect, useState } from 'react';
import { fetchBoardInfo, type BoardInfoResult } from '../api';
import { BoardError } from '../board/BoardError';
import { PresenterView } from './PresenterView';

/**
 * The presenter view's page: checks the key like the board page does (a clear error on
 * the projector rather than a canvas that never loads), then shows the room.
 */
export function PresenterPage({ id, boardKey }: { id: string; boardKey: string }) {
  const [result, setResult] = useState<BoardInfoResult | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setResult(null);
    void fetchBoardInfo(id, boardKey).then((next) => live && setResult(next));
    return () => {
      live = false;
    };
  }, [id, boardKey, attempt]);

  if (!result) return <div className="page-loading">Opening the presenter view…</div>;
  if (!result.ok) return <BoardError reason={result.reason} message={result.message} onRetry={() => setAttempt((n) => n + 1)} />;
  return <PresenterView info={result.info} boardKey={boardKey} />;
}
