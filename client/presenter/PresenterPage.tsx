import { BoardError } from '../board/BoardError';
import { useBoardInfo } from '../board/useBoardInfo';
import { PresenterView } from './PresenterView';

/**
 * The presenter view's page: checks the key like the board page does (a clear error on
 * the projector rather than a canvas that never loads), then shows the room.
 */
export function PresenterPage({ id, boardKey }: { id: string; boardKey: string }) {
  const { result, retry } = useBoardInfo(id, boardKey);
  if (!result) return <div className="page-loading">Opening the presenter view…</div>;
  if (!result.ok) return <BoardError reason={result.reason} message={result.message} onRetry={retry} />;
  return <PresenterView info={result.info} boardKey={boardKey} />;
}
