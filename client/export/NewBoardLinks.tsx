import type { CreateBoardResponse } from '../../shared/protocol/api';
import { navigate } from '../router';
import { BoardLinks } from '../ui/BoardLinks';

/** A board just made (imported, or restored from a snapshot): its links and a way in. */
export function NewBoardLinks({ board, onClose }: { board: CreateBoardResponse; onClose(): void }) {
  return (
    <div className="stack" data-testid="new-board">
      <h2>“{board.title}” is ready</h2>
      <p className="muted">A new board with its own three links; the board you came from is unchanged.</p>
      <BoardLinks links={board.links} />
      <div className="row">
        <button type="button" className="button button--primary" onClick={() => navigate(board.links.facilitator)} data-testid="open-new-board">
          Open as facilitator
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
