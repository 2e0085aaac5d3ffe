import { useEffect } from 'react';
import type { BoardSession } from '../board/BoardContext';
import { copySelection, deleteSelection, duplicateSelection, pasteFromClipboard } from '../board/actions';
import { useScreenCenter } from './useScreenCenter';
import { useUi } from '../ui/store';

export type Shortcut = 'undo' | 'redo' | 'delete' | 'duplicate' | 'selectAll' | 'deselect';

/** Which shortcut a key press is, if any. Exported for tests; pure. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): Shortcut | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'd') return 'duplicate';
  if (mod && key === 'a') return 'selectAll';
  if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) return 'delete';
  if (!mod && event.key === 'Escape') return 'deselect';
  return null;
}

/** Does what a shortcut asks of the board. */
function act(session: BoardSession, shortcut: Shortcut): void {
  const board = session.store.getSnapshot();
  const ui = useUi.getState();
  if (shortcut === 'delete') deleteSelection(session, board);
  else if (shortcut === 'duplicate') duplicateSelection(session, board);
  else if (shortcut === 'selectAll') ui.selectOnly(board.notes.map((note) => note.id));
  else if (shortcut === 'deselect') ui.clearSelection();
  else if (shortcut === 'undo') session.undoManager?.undo();
  else session.undoManager?.redo();
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
 * The board's keys: Delete/Backspace removes the selection, Ctrl/Cmd+D duplicates the
 * selected notes, Ctrl/Cmd+A selects every note and Escape clears the selection;
 * Ctrl/Cmd+Z undoes my own changes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo. Copy and paste go
 * through the browser's clipboard events, so notes travel between boards and lines of text
 * from a document become notes. In a text field, keys and the clipboard belong to the
 * field, except undo and redo in a note.
 */
export function useCanvasKeys(session: BoardSession): void {
  const screenCenter = useScreenCenter();
  useEffect(() => {
    if (!session.canEdit) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      const inText = isTextField(event.target);
      const inNote = inText && (event.target as HTMLElement).hasAttribute('data-note-editor');
      if (inText && !(inNote && BOARD_KEYS_IN_NOTE.has(shortcut))) return;
      event.preventDefault();
      act(session, shortcut);
    };
    // With no note selected or nothing of ours to paste, the page's own copy and paste go on.
    const onCopy = (event: ClipboardEvent) => {
      if (isTextField(event.target) || !event.clipboardData) return;
      if (copySelection(session.store.getSnapshot(), event.clipboardData)) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextField(event.target) || !event.clipboardData) return;
      if (pasteFromClipboard(session, session.store.getSnapshot(), event.clipboardData, screenCenter())) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [session, screenCenter]);
}
