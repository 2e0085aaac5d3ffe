import { useState, type FormEvent } from 'react';
import type { CreateBoardResponse } from '../../shared/protocol/api';
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES, importBoard, importRequest } from './importFile';

/**
 * Picks a board file or an OKR CSV and creates a new board from it. The server's refusal
 * names the field or line; it is shown as it comes, next to the file.
 */
export function ImportForm({ onImported }: { onImported(board: CreateBoardResponse): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      return;
    }
    setBusy(true);
    try {
      const request = importRequest(file.name, await file.text(), title);
      if (!request.ok) throw new Error(request.error);
      onImported(await importBoard(request.body));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="stack import-form" data-testid="import-form">
      <h2>Start from a file</h2>
      <p className="muted small">
        A board file (.json) exported from Alignboard, or an OKR list (.csv) with the columns team, objective and key
        result (and optionally function, level, aligned to, link meaning, author).
      </p>
      <label className="field">
        <span>File</span>
        <input
          type="file"
          accept={IMPORT_ACCEPT}
          data-testid="import-file"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(null);
          }}
        />
      </label>
      <label className="field">
        <span>Title (optional; replaces the file's own)</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} data-testid="import-title" />
      </label>
      {error && (
        <p className="form-error import-form__error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={!file || busy} data-testid="import-submit">
        {busy ? 'Importing…' : 'Import into a new board'}
      </button>
    </form>
  );
}
