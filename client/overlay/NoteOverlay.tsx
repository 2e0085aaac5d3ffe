import { memo, useCallback, useState, useSyncExternalStore } from 'react';
import type { NoteKind } from '../../shared/board';
import { useBoardSession } from '../board/BoardContext';
import { Badges } from './Badges';
import { copyDownSources } from './copyDownChoices';
import { useOverlayUi } from './overlayUi';
import { useNoteOverlay } from './useOverlay';

/**
 * What the overlay adds to a note: finding badges, the cross-functional ring or silo
 * shading with the functions that support it, an output key result's hint, and on an
 * upper key result the "Copy down" action. Each note reads only its own decoration.
 */
function NoteOverlay({ id, kind }: { id: string; kind: NoteKind }) {
  const decoration = useNoteOverlay(id);
  return (
    <>
      {decoration?.ring && <div className="note-ring overlay-decoration" data-testid="cross-functional-ring" aria-hidden="true" />}
      {decoration?.silo && <div className="note-silo overlay-decoration" aria-hidden="true" />}
      {decoration && <Badges badges={decoration.badges} className="overlay-badges--note" />}
      {decoration?.supporters && (
        <div className="note-supporters overlay-decoration" title={`Supported by ${decoration.supporters.map((s) => s.name).join(', ')}`}>
          {decoration.supporters.map(({ name, color }) => (
            <span key={name} className="note-supporter" style={{ background: color }}>
              {name}
            </span>
          ))}
        </div>
      )}
      {decoration?.hint && <OutputHint message={decoration.hint.message} suggestion={decoration.hint.suggestion} />}
      {kind === 'kr' && <CopyDownButton id={id} />}
    </>
  );
}

export default memo(NoteOverlay);

/** A small hint icon: hover shows why the key result reads like a task; a click keeps it open. */
function OutputHint({ message, suggestion }: { message: string; suggestion: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`note-hint overlay-decoration${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="note-hint__button nodrag"
        aria-label="Why this key result reads like a task"
        aria-expanded={open}
        data-testid="output-kr-hint"
        onClick={(event) => {
          event.stopPropagation();
          setOpen((was) => !was);
        }}
        onDoubleClick={(event) => event.stopPropagation()}
      >
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M6 1.2a3.4 3.4 0 0 0-2 6.1V8.6h4V7.3a3.4 3.4 0 0 0-2-6.1Z M4.4 10.2h3.2" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
        </svg>
      </button>
      <div className="note-hint__pop" role="note">
        <p>{message}</p>
        {suggestion && <p className="note-hint__rewrite">{suggestion}</p>}
      </div>
    </div>
  );
}

/** "Copy down to my team", on a key result with team frames below its own. */
function CopyDownButton({ id }: { id: string }) {
  const { store, canEdit } = useBoardSession();
  const isSource = useSyncExternalStore(
    store.subscribe,
    useCallback(() => copyDownSources(store.getSnapshot()).has(id), [store, id]),
  );
  if (!canEdit || !isSource) return null;
  return (
    <button
      type="button"
      className="note-copy-down nodrag"
      data-testid="copy-down"
      title="Copy down to my team: a key result my team is directly responsible for"
      onClick={(event) => {
        event.stopPropagation();
        useOverlayUi.getState().openCopyDown(id);
      }}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      Copy down
    </button>
  );
}
