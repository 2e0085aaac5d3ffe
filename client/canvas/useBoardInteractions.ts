import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { moveNote, moveTeam, setNoteTeam, updateTeam, type BoardSnapshot } from '../../shared/board';
import type { BoardSession } from '../board/BoardContext';
import { explainHeld, heldIds } from '../board/topLevelHold';
import { dropPrivateIdeasIntoFrames, movePrivateIdeas } from '../facilitator/privateWrites';
import { useUi, type SelectionChange } from '../ui/store';
import { createFrameQueue } from './frameQueue';
import type { Interaction } from './localNodes';
import { noteCenter, teamAt } from './placement';
import type { BoardNode, LinkFlowEdge } from './toFlow';

export interface BoardInteractions {
  /** Nodes this person is dragging or resizing, where they are right now. */
  interactions: ReadonlyMap<string, Interaction>;
  onNodesChange(changes: NodeChange<BoardNode>[]): void;
  onEdgesChange(changes: EdgeChange<LinkFlowEdge>[]): void;
}

/**
 * Turns React Flow's change events into board commands. Drags and resizes show locally at
 * once and reach the doc at most once per frame, so everyone sees them move; on drop, a
 * note takes the team of the frame it landed in.
 */
export function useBoardInteractions(session: BoardSession): BoardInteractions {
  // The ref is what the handlers read (several change batches can arrive before a render);
  // the state is what renders.
  const current = useRef<ReadonlyMap<string, Interaction>>(new Map());
  const [interactions, setInteractions] = useState(current.current);

  const queue = useMemo(
    () => createFrameQueue<Interaction>((batch) => writeInteractions(session, batch)),
    [session],
  );
  useEffect(() => () => queue.cancel(), [queue]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      const patches = new Map<string, Interaction>();
      const ended = new Set<string>();
      const selection: SelectionChange[] = [];
      for (const change of changes) {
        if (change.type === 'select') selection.push({ id: change.id, selected: change.selected });
        else if (change.type === 'position' && change.position) {
          patch(patches, change.id, { position: change.position });
          if (change.dragging === false) ended.add(change.id);
        } else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions) {
          patch(patches, change.id, { width: change.dimensions.width, height: change.dimensions.height });
          if (!change.resizing) ended.add(change.id);
        }
      }
      if (selection.length > 0) useUi.getState().changeSelection('nodes', selection);
      if (patches.size === 0) return;

      const next = new Map(current.current);
      for (const [id, value] of patches) {
        const merged = { ...next.get(id), ...value };
        next.set(id, merged);
        queue.put(id, merged);
      }
      if (ended.size > 0) {
        // Hazard: flush before dropping the local position, or the node jumps back to
        // where the doc last had it for one frame.
        queue.flush();
        dropIntoFrames(session, ended);
        dropPrivateIdeasIntoFrames(session, ended);
        for (const id of ended) next.delete(id);
      }
      current.current = next;
      setInteractions(next);
    },
    [queue, session],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<LinkFlowEdge>[]) => {
    const selection = changes.flatMap((change) =>
      change.type === 'select' ? [{ id: change.id, selected: change.selected }] : [],
    );
    if (selection.length > 0) useUi.getState().changeSelection('edges', selection);
  }, []);

  return { interactions, onNodesChange, onEdgesChange };
}

function patch(patches: Map<string, Interaction>, id: string, value: Interaction): void {
  patches.set(id, { ...patches.get(id), ...value });
}

/**
 * One transaction per frame. Frames first, then objectives, then the rest: moving a frame
 * or an objective shifts what it carries, and the absolute positions written after it win.
 */
function writeInteractions(session: BoardSession, batch: ReadonlyMap<string, Interaction>): void {
  const board = session.store.getSnapshot();
  const teams = new Map(board.teams.map((team) => [team.id, team]));
  const notes = new Map(board.notes.map((note) => [note.id, note]));
  const rank = (id: string) => (teams.has(id) ? 0 : notes.get(id)?.kind === 'objective' ? 1 : 2);
  const ordered = [...batch.entries()].sort(([a], [b]) => rank(a) - rank(b));
  const { doc, origin } = session;
  movePrivateIdeas(session, batch);
  doc.transact(() => {
    for (const [id, { position, width, height }] of ordered) {
      const team = teams.get(id);
      if (team && (width !== undefined || height !== undefined)) {
        // A resize from the top-left moves the frame without moving its notes.
        updateTeam(doc, id, { x: position?.x ?? team.x, y: position?.y ?? team.y, w: width ?? team.w, h: height ?? team.h }, origin);
      } else if (team && position) {
        moveTeam(doc, id, position.x, position.y, origin);
      } else if (notes.has(id) && position) {
        moveNote(doc, id, position.x, position.y, origin);
      }
    }
  }, origin);
}

/** Dropped notes join the frame they landed in, unless the step holds that frame: then they keep their team. */
function dropIntoFrames(session: BoardSession, ids: ReadonlySet<string>): void {
  const board: BoardSnapshot = session.store.getSnapshot();
  const held = heldIds(session, board);
  let refused = false;
  for (const note of board.notes) {
    if (!ids.has(note.id)) continue;
    const team = teamAt(board.teams, noteCenter(note));
    const teamId = team?.id ?? null;
    if (teamId === note.teamId) continue;
    if (teamId && held.has(teamId)) refused = true;
    else setNoteTeam(session.doc, note.id, teamId, session.origin);
  }
  if (refused) explainHeld(board);
}
