import { useEffect } from 'react';
import type { BoardSession } from '../board/BoardContext';
import { deleteSelection } from '../board/actions';

/** Which shortcut a key press is, if any. Exported for tests; pure. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): 'undo' | 'redo' | 'delete' | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) return 'delete';
  return null;
}

function isTextField(target: EventTarget | null): target is HTMLElement {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
  );
}

/**
 * Delete/Backspace removes the selection, Ctrl/Cmd+Z undoes my own changes, Shift+Ctrl/Cmd+Z
 * and Ctrl+Y redo. In a text field, keys belong to the field, except undo/redo inside a
 * note: its text lives in the doc, so the browser's own textarea undo knows nothing of it.
 */
export function useCanvasKeys(session: BoardSession): void {
  useEffect(() => {
    if (!session.canEdit) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      const inText = isTextField(event.target);
      const inNote = inText && (event.target as HTMLElement).hasAttribute('data-note-editor');
      if (inText && !(inNote && shortcut !== 'delete')) return;
      event.preventDefault();
      if (shortcut === 'delete') deleteSelection(session, session.store.getSnapshot());
      else if (shortcut === 'undo') session.undoManager?.undo();
      else session.undoManager?.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
