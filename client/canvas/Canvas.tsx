import { useMemo, useRef, type MouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type ReactFlowInstance,
  type OnConnectEnd,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { addNoteAt, connectNotes } from '../board/actions';
import { useBoardSession } from '../board/BoardContext';
import { useWorkshopCanvas } from '../facilitator/useWorkshopCanvas';
import { useBoardSnapshot } from '../sync/useBoardSnapshot';
import { useUi } from '../ui/store';
import { BoardMiniMap } from './BoardMiniMap';
import Cursors from './Cursors';
import { MAX_ZOOM, MIN_ZOOM, WHOLE_BOARD_FIT } from './detail';
import LinkEdge from './LinkEdge';
import { hiddenFromFlow, keepUnchanged, sameEdge, sameNode, withLocalState } from './localNodes';
import { SketchLayer } from './sketch/SketchLayer';
import { useSketchScene } from './sketch/useSketchScene';
import StickyNote from './StickyNote';
import TeamFrame from './TeamFrame';
import type { BoardNode, LinkFlowEdge } from './toFlow';
import { useBoardInteractions } from './useBoardInteractions';
import { useCanvasKeys } from './useCanvasKeys';
import { useCursorTracking } from './useCursorTracking';
import { useDetail } from './useDetail';

const nodeTypes: NodeTypes = { note: StickyNote, team: TeamFrame };
const edgeTypes: EdgeTypes = { link: LinkEdge };
const NO_EDGES: LinkFlowEdge[] = [];

/**
 * React Flow settles the fitView prop when it measures a node or gets a new nodes array;
 * a board that opens sketched has neither (its nodes are hidden), so the fit is asked for
 * again once the viewport is ready.
 */
const fitOnceReady = (flow: ReactFlowInstance<BoardNode, LinkFlowEdge>) => void flow.fitView(WHOLE_BOARD_FIT);

/** Where a double-click does not add a note: on notes, frame headers, links and panels. */
const NO_ADD_TARGETS = '.react-flow__node-note, .team-frame__header, .react-flow__edge, .link-label, .react-flow__panel';

/**
 * The board: frames, notes and links from the doc, with my drags and selection on top.
 * Zoomed in, React Flow draws them, only those on screen in the DOM; zoomed out past
 * reading, the sketch layer draws them all on one canvas and React Flow holds them hidden
 * (detail.ts). An image export asks for every node in the DOM while it copies them.
 */
export function Canvas() {
  const session = useBoardSession();
  const { canEdit } = session;
  const board = useBoardSnapshot(session.store);
  // The board's nodes plus the workshop's: my private ideas, the spotlight, follow-me.
  const flow = useWorkshopCanvas(board);
  const selectedNodes = useUi((s) => s.selectedNodes);
  const selectedEdges = useUi((s) => s.selectedEdges);
  const { interactions, onNodesChange, onEdgesChange } = useBoardInteractions(session);
  const { screenToFlowPosition } = useReactFlow();
  const cursor = useCursorTracking(session.awareness, canEdit);
  useCanvasKeys(session);

  const linking = useStore((s) => s.connection.inProgress);
  const capturing = useUi((s) => s.capturing);
  const zoomDetail = useDetail();
  const detail = capturing ? 'full' : zoomDetail;

  const stableNodes = useRef<BoardNode[]>([]);
  const nodes = useMemo(
    () => (stableNodes.current = keepUnchanged(stableNodes.current, withLocalState(flow.nodes, interactions, selectedNodes), sameNode)),
    [flow.nodes, interactions, selectedNodes],
  );
  const stableEdges = useRef<LinkFlowEdge[]>([]);
  const edges = useMemo(
    () =>
      (stableEdges.current = keepUnchanged(
        stableEdges.current,
        flow.edges.map((edge) => (selectedEdges.has(edge.id) ? { ...edge, selected: true } : edge)),
        sameEdge,
      )),
    [flow.edges, selectedEdges],
  );
  // Until the first fit (detail null) the nodes stay hidden too, and nothing is drawn.
  const hidden = detail !== 'full';
  const flowNodes = useMemo(() => (hidden ? hiddenFromFlow(nodes) : nodes), [hidden, nodes]);
  // Links are worked out only for the sketch layer: the minimap draws frames and notes.
  const scene = useSketchScene(nodes, detail === 'sketch' ? edges : NO_EDGES);

  const onDoubleClick = (event: MouseEvent) => {
    if (!canEdit || (event.target as Element).closest(NO_ADD_TARGETS)) return;
    const center = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    addNoteAt(session, session.store.getSnapshot(), useUi.getState().tool, center);
  };
  const onConnect = (connection: Connection) => connectNotes(session, connection.source, connection.target);
  // A link dropped on a note's body rather than near one of its handles still links to it.
  const onConnectEnd: OnConnectEnd = (event, state) => {
    if (state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const target = point && document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('[data-note-id]');
    if (target?.dataset.noteId) connectNotes(session, state.fromNode.id, target.dataset.noteId);
  };

  return (
    <div
      className={`canvas${canEdit ? '' : ' is-read-only'}${linking ? ' is-linking' : ''}`}
      data-testid="canvas"
      onDoubleClick={onDoubleClick}
      onPointerMove={cursor.onPointerMove}
      onPointerLeave={cursor.onPointerLeave}
    >
      <ReactFlow<BoardNode, LinkFlowEdge>
        nodes={flowNodes}
        edges={hidden ? NO_EDGES : edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onMove={flow.onMove}
        onConnect={canEdit ? onConnect : undefined}
        onConnectEnd={canEdit ? onConnectEnd : undefined}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={28}
        nodesDraggable={canEdit}
        nodesConnectable={canEdit}
        elementsSelectable={canEdit}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        elevateNodesOnSelect={false}
        elevateEdgesOnSelect={false}
        onlyRenderVisibleElements={!capturing}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        fitView
        fitViewOptions={WHOLE_BOARD_FIT}
        onInit={fitOnceReady}
      >
        {detail === 'sketch' && <SketchLayer scene={scene} onNodesChange={onNodesChange} />}
        {detail === 'full' && <Background variant={BackgroundVariant.Dots} gap={24} size={1.6} color="#cfd0d8" />}
        <BoardMiniMap scene={scene} />
        <Controls showInteractive={false} fitViewOptions={WHOLE_BOARD_FIT} />
        <Cursors awareness={session.awareness} />
      </ReactFlow>
    </div>
  );
}
