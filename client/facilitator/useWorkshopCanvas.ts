import { useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { BoardSnapshot } from '../../shared/board';
import type { SpotlightTarget } from '../../shared/workshop/controlState';
import { useBoardSession } from '../board/BoardContext';
import { heldIds, holdNodes } from '../board/topLevelHold';
import { WHOLE_BOARD_FIT } from '../canvas/detail';
import { createFlowConverter, type BoardNode, type LinkFlowEdge } from '../canvas/toFlow';
import type { BoardStore } from '../sync/boardStore';
import { useControlState } from '../sync/useControlState';
import { useUi } from '../ui/store';
import { PresentingContext } from './followUi';
import { withPrivateIdeas } from './privateLayer';
import { dimOutsideSpotlight, spotlightScope } from './spotlight';
import { useFollowViewport } from './useFollowViewport';
import './workshop.css';

const SPOTLIGHT_FIT = { padding: 0.25, duration: 450, maxZoom: 1.2 } as const;

const noSubscribe = () => () => undefined;
const noIdeas = () => null;

export interface WorkshopCanvas {
  nodes: BoardNode[];
  edges: LinkFlowEdge[];
  /** For React Flow's `onMove`: my own pan or zoom steps me out of follow-me. */
  onMove(event: MouseEvent | TouchEvent | null): void;
}

/**
 * What the workshop adds to the canvas: the top level held still in a step that says so,
 * my private ideas over the board, the spotlight dimming the rest, follow-me, and fitting
 * the view to a new spotlight once.
 */
export function useWorkshopCanvas(board: BoardSnapshot): WorkshopCanvas {
  const session = useBoardSession();
  const { state } = useControlState();
  const ideas = usePrivateSnapshot(session.privateIdeas?.store ?? null);
  const { onMove, role } = useFollowViewport();

  // Keyed by value: every control state is a new object, the spotlight rarely changes.
  const spotlightKey = state?.spotlight ? `${state.spotlight.kind}:${state.spotlight.id}` : '';
  const scope = useMemo(() => spotlightScope(board, parseSpotlight(spotlightKey)), [board, spotlightKey]);
  const convert = useMemo(createFlowConverter, []);
  const held = useMemo(() => heldIds(session, board), [session, board]);
  const flow = useMemo(() => {
    const base = convert(board);
    return dimOutsideSpotlight({ nodes: withPrivateIdeas(holdNodes(base.nodes, held), ideas), edges: base.edges }, scope);
  }, [convert, board, held, ideas, scope]);
  // The step lands mid-sentence: close an editor on what it now holds, so no keystroke is refused.
  useEffect(() => {
    const { editing, stopEditing } = useUi.getState();
    if (editing && held.has(editing.id)) stopEditing();
  }, [held]);

  const { fitBounds, fitView } = useReactFlow();
  const presenting = useContext(PresentingContext);
  const ready = useStore((s) => s.panZoom !== null && !s.fitViewQueued);
  const fitted = useRef('');
  useEffect(() => {
    if (!ready || spotlightKey === fitted.current) return;
    fitted.current = spotlightKey;
    // Followers see the leader's own fit; fitting here too would fight it.
    if (role.following) return;
    const current = spotlightScope(session.store.getSnapshot(), parseSpotlight(spotlightKey));
    if (current) void fitBounds(current.bounds, SPOTLIGHT_FIT);
    else if (presenting) void fitView({ ...WHOLE_BOARD_FIT, duration: SPOTLIGHT_FIT.duration });
  }, [ready, spotlightKey, role.following, presenting, fitBounds, fitView, session.store]);

  return { nodes: flow.nodes, edges: flow.edges, onMove };
}

function parseSpotlight(key: string): SpotlightTarget | null {
  const cut = key.indexOf(':');
  if (cut === -1) return null;
  const kind = key.slice(0, cut);
  return kind === 'note' || kind === 'team' ? { kind, id: key.slice(cut + 1) } : null;
}

function usePrivateSnapshot(store: BoardStore | null): BoardSnapshot | null {
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.getSnapshot ?? noIdeas);
}
