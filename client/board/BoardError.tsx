import type { BoardInfoResult } from '../api';
import { navigate } from '../router';

type Reason = Extract<BoardInfoResult, { ok: false }>['reason'];

const TEXT: Record<Reason, { title: string; advice: string }> = {
  unauthorized: {
    title: 'This link does not open the board',
    advice: 'The key in the link is wrong or incomplete. Ask the facilitator to send the link again, and copy all of it.',
  },
  notFound: {
    title: 'There is no board here',
    advice: 'The board may have been deleted, or the link was cut short.',
  },
  unreachable: {
    title: 'Cannot reach Alignboard',
    advice: 'The server did not answer. Check your connection, then try again.',
  },
};

export function BoardError({ reason, message, onRetry }: { reason: Reason; message: string; onRetry(): void }) {
  return (
    <main className="error-page" data-testid="board-error" data-reason={reason}>
      <div className="card stack">
        <h1>{TEXT[reason].title}</h1>
        <p>{TEXT[reason].advice}</p>
        <p className="muted small">Server said: {message}</p>
        <div className="row">
          {reason === 'unreachable' && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              Try again
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate('/')}>
            Go to start page
          </button>
        </div>
      </div>
    </main>
  );
}
