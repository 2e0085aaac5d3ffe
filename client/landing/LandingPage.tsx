import { useState, type FormEvent } from 'react';
import type { CreateBoardResponse } from '../../shared/protocol/api';
import { createBoard } from '../api';
import { ImportForm } from '../export/ImportForm';
import { navigate } from '../router';
import { BoardLinks } from '../ui/BoardLinks';
import { parseBoardLink } from './parseBoardLink';

/** Create a board and hand out its three links, or open a board from a pasted link. */
export function LandingPage() {
  const [created, setCreated] = useState<CreateBoardResponse | null>(null);
  return (
    <main className="landing">
      <header className="landing__brand">
        <span className="logo" aria-hidden="true" />
        <span>Alignboard</span>
      </header>
      <section className="landing__hero">
        <h1>Localize your OKRs together, live.</h1>
        <p>
          A shared board for OKR workshops: each team aligns to the objectives above it and writes its own,
          instead of cascading key results into a balloon of silos.
        </p>
      </section>
      <div className="landing__cards">
        <section className="card">{created ? <Created board={created} onAgain={() => setCreated(null)} /> : <CreateForm onCreated={setCreated} />}</section>
        <div className="stack">
          <section className="card card--secondary">
            <OpenBoardForm />
          </section>
          <section className="card card--secondary">
            <ImportForm onImported={setCreated} />
          </section>
        </div>
      </div>
    </main>
  );
}

function CreateForm({ onCreated }: { onCreated(board: CreateBoardResponse): void }) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createBoard(title.trim() || 'Untitled board'));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="stack">
      <h2>Create a board</h2>
      <label className="field">
        <span>Workshop title</span>
        <input
          autoFocus
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="Q3 OKR localization"
          data-testid="board-title-input"
          maxLength={120}
        />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="create-board">
        {busy ? 'Creating…' : 'Create board'}
      </button>
    </form>
  );
}

function Created({ board, onAgain }: { board: CreateBoardResponse; onAgain(): void }) {
  return (
    <div className="stack" data-testid="created-board">
      <h2>“{board.title}” is ready</h2>
      <p className="muted">Three links, one per role. Anyone with a link can open the board; nobody needs an account.</p>
      <BoardLinks links={board.links} />
      <div className="row">
        <button type="button" className="button button--primary" onClick={() => navigate(board.links.facilitator)} data-testid="open-facilitator">
          Open as facilitator
        </button>
        <button type="button" className="button button--quiet" onClick={onAgain}>
          Create another
        </button>
      </div>
    </div>
  );
}

function OpenBoardForm() {
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = parseBoardLink(link);
    if (path) navigate(path);
    else setError('That is not a board link. It looks like …/b/<board>?key=<key>.');
  };
  return (
    <form onSubmit={submit} className="stack">
      <h2>Open a board</h2>
      <label className="field">
        <span>Paste the link you were given</span>
        <input
          value={link}
          onChange={(event) => {
            setLink(event.target.value);
            setError(null);
          }}
          placeholder="https://…/b/…?key=…"
          data-testid="open-link-input"
        />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="button" data-testid="open-link">
        Open board
      </button>
    </form>
  );
}
