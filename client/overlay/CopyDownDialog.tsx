import { useState } from 'react';
import { createPortal } from 'react-dom';
import { copyDown, type CopyDownResult } from '../../shared/board/copyDown';
import { useBoardSession, type BoardSession } from '../board/BoardContext';
import { useUi } from '../ui/store';
import {
  copyDownTeams,
  initialCopyDownChoice,
  rememberCopyDown,
  rememberedCopyDown,
  teamObjectives,
} from './copyDownChoices';
import { useOverlayUi } from './overlayUi';

const REFUSALS: Record<Extract<CopyDownResult, { ok: false }>['reason'], string> = {
  'missing-note': 'That key result or objective was just deleted.',
  'not-a-kr': 'Only a key result can be copied down.',
  'not-an-objective': 'A key result is copied down under an objective.',
  'already-copied': 'That objective already holds a copy of this key result.',
};

/** The dialog "Copy down to my team" opens, while a key result is being copied down. */
export function CopyDownDialog() {
  const krId = useOverlayUi((s) => s.copyDownKr);
  const session = useBoardSession();
  if (!krId || !session.canEdit) return null;
  return <CopyDownForm key={krId} krId={krId} session={session} />;
}

/**
 * Pick my team (a frame below the key result's level), then one of its objectives; the
 * copy lands under it with its copies-down link, as one undo step. The choice is
 * remembered on this device for the next copy.
 */
function CopyDownForm({ krId, session }: { krId: string; session: BoardSession }) {
  // A snapshot on open is enough: the dialog is short-lived and re-checks on copy.
  const [board] = useState(() => session.store.getSnapshot());
  const [choice, setChoice] = useState(() => initialCopyDownChoice(board, krId, rememberedCopyDown(session.boardId)));
  const kr = board.notes.find(({ id }) => id === krId);
  const teams = copyDownTeams(board, krId);
  const objectives = choice.teamId ? teamObjectives(board, choice.teamId) : [];
  const close = () => useOverlayUi.getState().openCopyDown(null);

  const submit = () => {
    if (!choice.teamId || !choice.objectiveId) return;
    session.undoManager?.stopCapturing();
    const result = copyDown(session.doc, krId, choice.objectiveId, session.author, session.origin);
    session.undoManager?.stopCapturing();
    if (!result.ok) {
      useUi.getState().toast(REFUSALS[result.reason], 'warning');
      return;
    }
    rememberCopyDown(session.boardId, { teamId: choice.teamId, objectiveId: choice.objectiveId });
    useUi.getState().selectOnly([result.krId]);
    const team = teams.find(({ id }) => id === choice.teamId);
    useUi.getState().toast(`Copied down to ${team?.name || 'the team'}.`);
    close();
  };

  return createPortal(
    <div className="dialog-backdrop" onPointerDown={(event) => event.target === event.currentTarget && close()}>
      <form
        className="card dialog stack copy-down"
        role="dialog"
        aria-modal="true"
        aria-labelledby="copy-down-title"
        data-testid="copy-down-dialog"
        onKeyDown={(event) => event.key === 'Escape' && close()}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h1 id="copy-down-title">Copy down to my team</h1>
        <p className="copy-down__kr">{kr?.text || 'This key result'}</p>
        <p className="copy-down__why">
          Copy down only a key result your team is directly responsible for; for the rest, localize the objective.
        </p>
        <label className="field">
          My team
          <select
            autoFocus
            value={choice.teamId ?? ''}
            data-testid="copy-down-team"
            onChange={(event) => {
              const teamId = event.target.value;
              setChoice({ teamId, objectiveId: teamObjectives(board, teamId)[0]?.id ?? null });
            }}
          >
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name || 'Unnamed team'} · {board.meta.levels[team.level] ?? `Level ${team.level + 1}`}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Under the objective
          <select
            value={choice.objectiveId ?? ''}
            disabled={objectives.length === 0}
            data-testid="copy-down-objective"
            onChange={(event) => setChoice({ ...choice, objectiveId: event.target.value })}
          >
            {objectives.length === 0 && <option value="">This team has no objective yet</option>}
            {objectives.map((objective) => (
              <option key={objective.id} value={objective.id}>
                {objective.text || 'Untitled objective'}
              </option>
            ))}
          </select>
        </label>
        <div className="row copy-down__actions">
          <button type="button" className="button button--quiet" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!choice.objectiveId} data-testid="copy-down-confirm">
            Copy down
          </button>
        </div>
      </form>
    </div>,
    document.body,
  );
}
