import { useState, type FormEvent } from 'react';
import { rememberName } from '../sync/identity';

/** Asks the person's name once; remembered in this browser for every board. */
export function NameDialog({ title, onName }: { title: string; onName(name: string): void }) {
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    rememberName(trimmed);
    onName(trimmed);
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog card stack" role="dialog" aria-labelledby="name-title" onSubmit={submit} data-testid="name-dialog">
        <h1 id="name-title">Join “{title}”</h1>
        <p className="muted">Your name goes on the notes you write and next to your cursor.</p>
        <label className="field">
          <span>Your name</span>
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} maxLength={40} data-testid="name-input" />
        </label>
        <button type="submit" className="button button--primary" disabled={!name.trim()} data-testid="name-submit">
          Join board
        </button>
      </form>
    </div>
  );
}
