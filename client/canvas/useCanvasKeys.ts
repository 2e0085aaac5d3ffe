import { useEffect } from 'react';
import type { BoardSession } from '../board/BoardContext';
import { copySelection, deleteSelection, duplicateSelection, pasteClipboard } from '../board/actions';
import { useUi } from '../ui/store';

export type Shortcut = 'undo' | 'redo' | 'delete' | 'copy' | 'paste' | 'duplicate' | 'selectAll' | 'deselect';

/** Which shortcut a key press is, if any. Exported for tests; pure. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): Shortcut | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'c') return 'copy';
  if (mod && key === 'v') return 'paste';
  if (mod && key === 'd') return 'duplicate';
  if (mod && key === 'a') return 'selectAll';
  if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) return 'delete';
  if (!mod && event.key === 'Escape') return 'deselect';
  return null;
}

/**
 * Does what a shortcut asks of the board; false when it has nothing to act on, so that,
 * say, Ctrl+C with no note selected still copies the text selected on the page.
 */
function act(session: BoardSession, shortcut: Shortcut): boolean {
  const board = session.store.getSnapshot();
  const ui = useUi.getState();
  switch (shortcut) {
    case 'copy':
      return copySelection(board);
    case 'paste':
      return pasteClipboard(session, board);
    case 'duplicate':
      duplicateSelection(session, board);
      return true;
    case 'delete':
      deleteSelection(session, board);
      return true;
    case 'selectAll':
      ui.selectOnly(board.notes.map((note) => note.id));
      return true;
    case 'deselect':
      ui.clearSelection();
      return true;
    case 'undo':
      session.undoManager?.undo();
      return true;
    case 'redo':
      session.undoManager?.redo();
      return true;
  }
}

/** In a note's editor, these still act on the board: its text lives in the doc, so the textarea's own undo knows nothing of it. */
const BOARD_KEYS_IN_NOTE: ReadonlySet<Shortcut> = new Set(['undo', 'redo']);

function isTextField(target: EventTarget | null): target is HTMLElement {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
  );
}

/**
 * The board's keys: Delete/Backspace removes the selection; Ctrl/Cmd+C copies the selected
 * notes, Ctrl/Cmd+V pastes them, Ctrl/Cmd+D duplicates them, Ctrl/Cmd+A selects every
 * note and Escape clears the selection; Ctrl/Cmd+Z undoes my own changes, Shift+Ctrl/Cmd+Z
 * and Ctrl+Y redo. In a text field, keys belong to the field, except undo and redo in a note.
 */
export function useCanvasKeys(session: BoardSession): void {
  useEffect(() => {
    if (!session.canEdit) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      const inText = isTextField(event.target);
      const inNote = inText && (event.target as HTMLElement).hasAttribute('data-note-editor');
      if (inText && !(inNote && BOARD_KEYS_IN_NOTE.has(shortcut))) return;
      if (act(session, shortcut)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
