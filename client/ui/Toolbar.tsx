import { useEffect, type ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { NoteKind } from '../../shared/board';
import { currentStep } from '../../shared/workshop/controlState';
import { addKeyResult, addNoteAt, addTeamFrame } from '../board/actions';
import { useBoardSession } from '../board/BoardContext';
import { WHOLE_BOARD_FIT } from '../canvas/detail';
import { useControlSelector } from '../facilitator/useControlSelector';
import { useScreenCenter } from '../canvas/useScreenCenter';
import { useUndoAvailability } from '../sync/useUndoManager';
import { FitIcon, FrameIcon, IdeaIcon, KeyResultIcon, LegendIcon, ObjectiveIcon, RedoIcon, UndoIcon } from './icons';
import { useUi } from './store';

const NOTE_TOOLS: readonly { kind: NoteKind; label: string; icon: ReactNode }[] = [
  { kind: 'objective', label: 'Objective', icon: <ObjectiveIcon /> },
  { kind: 'kr', label: 'Key result', icon: <KeyResultIcon /> },
  { kind: 'idea', label: 'Idea', icon: <IdeaIcon /> },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/**
 * Adding notes and frames, undo/redo, fit view, legend. A note button adds one in the
 * middle of the screen and makes that kind the one a double-click adds; "Key result" with
 * an objective selected adds it under that objective. The kinds the workshop's step asks
 * for are marked, and a new step makes the first of them the kind a double-click adds.
 */
export function Toolbar() {
  const session = useBoardSession();
  const tool = useUi((s) => s.tool);
  const legendOpen = useUi((s) => s.legendOpen);
  const { canUndo, canRedo } = useUndoAvailability(session.undoManager);
  const { fitView } = useReactFlow();
  const screenCenter = useScreenCenter();
  // Joined into a string: the selector must return a value, not a new array each time.
  const invitedKey = useControlSelector(session.control, (state) => (state ? currentStep(state).invitedKinds.join(',') : ''));
  const invited = kindsOf(invitedKey);
  useEffect(() => {
    const [first, ...more] = kindsOf(invitedKey);
    if (first && ![first, ...more].includes(useUi.getState().tool)) useUi.getState().setTool(first);
  }, [invitedKey]);

  const addNote = (kind: NoteKind) => {
    const ui = useUi.getState();
    ui.setTool(kind);
    const board = session.store.getSnapshot();
    const selected = [...ui.selectedNodes];
    const objective = board.notes.find((note) => note.kind === 'objective' && selected.length === 1 && note.id === selected[0]);
    if (kind === 'kr' && objective) addKeyResult(session, objective.id);
    else addNoteAt(session, board, kind, screenCenter());
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools" data-testid="toolbar">
      {NOTE_TOOLS.map(({ kind, label, icon }) => (
        <ToolButton
          key={kind}
          label={`Add ${label.toLowerCase()}`}
          hint={kind === tool ? 'Double-click the board to add more' : invited.includes(kind) ? 'This step asks for these' : undefined}
          testId={`tool-${kind}`}
          active={kind === tool}
          invited={invited.includes(kind)}
          onClick={() => addNote(kind)}
        >
          {icon}
        </ToolButton>
      ))}
      <ToolButton label="Add team frame" testId="tool-team" onClick={() => addTeamFrame(session, session.store.getSnapshot())}>
        <FrameIcon />
      </ToolButton>
      <span className="toolbar__sep" />
      <ToolButton label={`Undo (${MOD}Z)`} testId="undo" disabled={!canUndo} onClick={() => session.undoManager?.undo()}>
        <UndoIcon />
      </ToolButton>
      <ToolButton label={`Redo (${MOD}Shift+Z)`} testId="redo" disabled={!canRedo} onClick={() => session.undoManager?.redo()}>
        <RedoIcon />
      </ToolButton>
      <span className="toolbar__sep" />
      <ToolButton label="Fit board to screen" testId="fit-view" onClick={() => fitView({ ...WHOLE_BOARD_FIT, duration: 300 })}>
        <FitIcon />
      </ToolButton>
      <ToolButton label="Legend" testId="legend-toggle" active={legendOpen} onClick={() => useUi.getState().toggleLegend()}>
        <LegendIcon />
      </ToolButton>
    </div>
  );
}

function kindsOf(joined: string): NoteKind[] {
  return joined ? (joined.split(',') as NoteKind[]) : [];
}

interface ToolButtonProps {
  label: string;
  hint?: string;
  testId: string;
  active?: boolean;
  /** The workshop's current step asks for this kind of note. */
  invited?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function ToolButton({ label, hint, testId, active, invited, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={`toolbar__button${active ? ' is-active' : ''}${invited ? ' is-invited' : ''}`}
      aria-label={label}
      aria-pressed={active}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
      <span className="toolbar__tip" role="presentation">
        {label}
        {hint && <small>{hint}</small>}
      </span>
    </button>
  );
}
