import { useState } from 'react';
import type { CreateBoardResponse } from '../../shared/protocol/api';
import { Dialog } from './Dialog';
import { ImportForm } from './ImportForm';
import { NewBoardLinks } from './NewBoardLinks';

/** The board menu's import: a file becomes a new board, whose three links are then handed out. */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const [created, setCreated] = useState<CreateBoardResponse | null>(null);
  return (
    <Dialog label="Import into a new board" testId="import-dialog" onClose={onClose}>
      {created ? (
        <NewBoardLinks board={created} onClose={onClose} />
      ) : (
        <>
          <ImportForm onImported={setCreated} />
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
        </>
      )}
    </Dialog>
  );
}
