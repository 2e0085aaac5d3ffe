import { useLayoutEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { setNoteText } from '../../shared/board';
import { noteText, notesMap } from '../../shared/board/schema';
import { useBoardSession } from '../board/BoardContext';
import { docOfNote } from '../facilitator/privateWrites';
import { transformCaret } from '../sync/caret';
import { useUi } from '../ui/store';

/**
 * The textarea of a note being typed into, bound to the note's Y.Text. My keystrokes go
 * in as diffs (setNoteText), so a word someone else types at the same time survives;
 * their keystrokes come out here with my caret moved past them, never reset.
 */
export function NoteEditor({ id }: { id: string }) {
  const session = useBoardSession();
  const { origin, undoManager } = session;
  // My private ideas are typed into my private doc, like any note into the board's.
  const doc = docOfNote(session, id);
  const stopEditing = useUi((s) => s.stopEditing);
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    const entry = notesMap(doc).get(id);
    const ytext = entry && noteText(entry);
    if (!el || !ytext) return;
    el.value = ytext.toString();
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    // Typing is its own undo step, not merged with the note's creation or a drag.
    undoManager?.stopCapturing();

    const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin) return;
      const start = transformCaret(el.selectionStart, event.delta);
      const end = transformCaret(el.selectionEnd, event.delta);
      el.value = ytext.toString();
      el.setSelectionRange(start, end);
    };
    ytext.observe(onRemote);
    return () => ytext.unobserve(onRemote);
  }, [doc, id, origin, undoManager]);

  return (
    <textarea
      ref={ref}
      className="sticky__editor nodrag nowheel nopan"
      data-testid="note-editor"
      data-note-editor=""
      aria-label="Note text"
      spellCheck={false}
      onInput={(event) => setNoteText(doc, id, event.currentTarget.value, origin)}
      onBlur={stopEditing}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.metaKey || event.ctrlKey))) {
          event.currentTarget.blur();
        }
      }}
    />
  );
}
