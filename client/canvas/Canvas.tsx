import { useMemo, useRef, type MouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type OnConnectEnd,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { addNoteAt, connectNotes } from '../board/actions';
import { useBoardSession } from '../board/BoardContext';
import { useWorkshopCanvas } from '../facilitator/useWorkshopCanvas';
import { useBoardSnapshot } from '../sync/useBoardSnapshot';
import { useUi } from '../ui/store';
import Cursors from './Cursors';
import LinkEdge from './LinkEdge';
import { keepUnchanged, sameEdge, sameNode, withLocalState } from './localNodes';
import { minimapColor } from './minimap';
import StickyNote from './StickyNote';
import TeamFrame from './TeamFrame';
import type { BoardNode, LinkFlowEdge } from './toFlow';
import { useBoardInteractions } from './useBoardInteractions';
import { useCanvasKeys } from './useCanvasKeys';
import { useCursorTracking } from './useCursorTracking';

const nodeTypes: NodeTypes = { note: StickyNote, team: TeamFrame };
const edgeTypes: EdgeTypes = { link: LinkEdge };

/** Where a double-click does not add a note: on notes, frame headers, links and panels. */
const NO_ADD_TARGETS = '.react-flow__node-note, .team-frame__header, .react-flow__edge, .link-label, .react-flow__panel';

/** The board: frames, notes and links from the doc, with my drags and selection on top. */
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
        nodes={nodes}
        edges={edges}
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
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1 }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.6} color="#cfd0d8" />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(240, 240, 245, 0.7)" />
        <Controls showInteractive={false} />
        <Cursors awareness={session.awareness} />
      </ReactFlow>
    </div>
  );
}
