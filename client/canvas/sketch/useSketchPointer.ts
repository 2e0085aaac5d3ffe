import { useEffect, useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStoreApi, type NodeChange, type XYPosition } from '@xyflow/react';
import { useUi } from '../../ui/store';
import type { BoardNode, LinkFlowEdge } from '../toFlow';
import { hitTest, nodeBox, nodesInside, type SketchHit, type SketchScene } from './sketchScene';

/** The note or frame under the pointer, and where the pointer was when it got there. */
export interface SketchHover {
  hit: SketchHit;
  clientX: number;
  clientY: number;
}

/** A selection box being drawn, in pixels from the canvas's top-left. */
export interface SelectionBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface SketchPointerOptions {
  scene: SketchScene;
  canEdit: boolean;
  /** The canvas's change handler: a sketch drag sends the same position changes React Flow would. */
  onNodesChange(changes: NodeChange<BoardNode>[]): void;
  onHover(hover: SketchHover | null): void;
  onSelectionBox(box: SelectionBox | null): void;
}

/** Screen pixels a press may wander before it is a drag rather than a click. */
const DRAG_THRESHOLD_PX = 3;
const ZOOM_IN = { zoom: 1, duration: 350 } as const;

/** Where on the page a press lands on the board itself, not on a panel or control over it. */
function onBoard(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow__pane') !== null && target.closest('.react-flow__panel') === null;
}

interface Gesture {
  pointerId: number;
  startX: number;
  startY: number;
  moved: boolean;
  /** Where each dragged node started; none for a selection box. */
  starts: ReadonlyMap<string, XYPosition> | null;
  /** The selection a box last made, to skip unchanged updates. */
  boxed?: string;
}

/**
 * Selection, hover, drag and double-click on the sketch, with React Flow's rules: a press
 * on a note selects it (shift adds), a drag moves it or, if it is selected, the whole
 * selection; a frame is grabbed by its name strip; shift-drag on empty board draws a
 * selection box. Any other press on empty board, or any press by someone who cannot edit,
 * is left to React Flow, which pans. Double-click zooms to the note (and opens it for
 * writing) or to the frame.
 */
export function useSketchPointer(options: SketchPointerOptions): void {
  const store = useStoreApi<BoardNode, LinkFlowEdge>();
  const { screenToFlowPosition, setCenter, fitBounds } = useReactFlow<BoardNode, LinkFlowEdge>();
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const board = store.getState().domNode;
    if (!board) return;
    const zoom = () => store.getState().transform[2];
    const hitAt = (event: MouseEvent) => hitTest(latest.current.scene, screenToFlowPosition({ x: event.clientX, y: event.clientY }), zoom());
    let gesture: Gesture | null = null;
    let swallowClick = false;
    let hovered: string | null = null;

    const hover = (event: PointerEvent | null) => {
      const hit = event && onBoard(event.target) ? hitAt(event) : null;
      const id = hit?.node.id ?? null;
      board.classList.toggle('is-over-sketch', hit !== null);
      if (id === hovered) return;
      hovered = id;
      latest.current.onHover(hit && event ? { hit, clientX: event.clientX, clientY: event.clientY } : null);
    };

    const drag = (current: Gesture, starts: ReadonlyMap<string, XYPosition>, event: PointerEvent, dragging: boolean) => {
      const scale = zoom();
      const [dx, dy] = [(event.clientX - current.startX) / scale, (event.clientY - current.startY) / scale];
      const changes: NodeChange<BoardNode>[] = [...starts].map(([id, start]) => ({
        type: 'position',
        id,
        position: { x: start.x + dx, y: start.y + dy },
        dragging,
      }));
      latest.current.onNodesChange(changes);
    };
    const selectInBox = (current: Gesture, event: PointerEvent) => {
      const from = screenToFlowPosition({ x: current.startX, y: current.startY });
      const to = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.abs(to.x - from.x), height: Math.abs(to.y - from.y) };
      const ids = nodesInside(latest.current.scene, box);
      if (ids.join() !== current.boxed) useUi.getState().selectOnly(ids);
      current.boxed = ids.join();
      const origin = board.getBoundingClientRect();
      latest.current.onSelectionBox({
        left: Math.min(current.startX, event.clientX) - origin.left,
        top: Math.min(current.startY, event.clientY) - origin.top,
        width: Math.abs(event.clientX - current.startX),
        height: Math.abs(event.clientY - current.startY),
      });
    };
    const move = (event: PointerEvent, ending: boolean) => {
      const current = gesture;
      if (!current || event.pointerId !== current.pointerId) return;
      if (!current.moved && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD_PX) return;
      current.moved = true;
      if (current.starts) drag(current, current.starts, event, !ending);
      else selectInBox(current, event);
    };
    const onGestureMove = (event: PointerEvent) => move(event, false);
    const onGestureEnd = (event: PointerEvent) => {
      if (!gesture || event.pointerId !== gesture.pointerId) return;
      move(event, true);
      gesture = null;
      latest.current.onSelectionBox(null);
      board.classList.remove('is-sketch-dragging');
      window.removeEventListener('pointermove', onGestureMove);
      window.removeEventListener('pointerup', onGestureEnd);
      window.removeEventListener('pointercancel', onGestureEnd);
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || !latest.current.canEdit || !onBoard(event.target)) return;
      const hit = hitAt(event);
      if (!hit && !event.shiftKey) return;
      // Hazard: without preventDefault the browser still sends mousedown, where React
      // Flow's pan (or its own selection box, which cannot see sketched nodes) starts.
      event.preventDefault();
      event.stopPropagation();
      swallowClick = true;
      hover(null);
      let starts: Map<string, XYPosition> | null = null;
      if (hit) {
        starts = new Map();
        for (const id of select(hit.node.id, event.shiftKey || event.metaKey || event.ctrlKey)) {
          const node = latest.current.scene.byId.get(id);
          // As in React Flow, a selection drag leaves behind what may not be dragged.
          if (node && node.draggable !== false) starts.set(id, node.position);
        }
        board.classList.add('is-sketch-dragging');
      }
      gesture = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, starts, moved: false };
      window.addEventListener('pointermove', onGestureMove);
      window.addEventListener('pointerup', onGestureEnd);
      window.addEventListener('pointercancel', onGestureEnd);
    };
    // The click that ends a press on a note would reach the pane, which clears the selection.
    const onClick = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!gesture && event.buttons === 0) hover(event);
    };
    const onPointerLeave = () => hover(null);
    const onDoubleClick = (event: MouseEvent) => {
      if (!onBoard(event.target)) return;
      const hit = hitAt(event);
      if (!hit) return;
      // Not a new note where a note already is: zoom in to it instead.
      event.stopPropagation();
      const box = nodeBox(hit.node);
      if (hit.type === 'team') {
        void fitBounds(box, { padding: 0.1, duration: ZOOM_IN.duration });
        return;
      }
      void setCenter(box.x + box.width / 2, box.y + box.height / 2, ZOOM_IN).then(() => {
        if (latest.current.canEdit && !hit.node.data.held) useUi.getState().startEditing('note', hit.node.id);
      });
    };

    board.addEventListener('pointerdown', onPointerDown, true);
    board.addEventListener('click', onClick, true);
    board.addEventListener('dblclick', onDoubleClick, true);
    board.addEventListener('pointermove', onPointerMove);
    board.addEventListener('pointerleave', onPointerLeave);
    return () => {
      board.removeEventListener('pointerdown', onPointerDown, true);
      board.removeEventListener('click', onClick, true);
      board.removeEventListener('dblclick', onDoubleClick, true);
      board.removeEventListener('pointermove', onPointerMove);
      board.removeEventListener('pointerleave', onPointerLeave);
      board.classList.remove('is-over-sketch', 'is-sketch-dragging');
      window.removeEventListener('pointermove', onGestureMove);
      window.removeEventListener('pointerup', onGestureEnd);
      window.removeEventListener('pointercancel', onGestureEnd);
      latest.current.onHover(null);
      latest.current.onSelectionBox(null);
    };
  }, [store, screenToFlowPosition, setCenter, fitBounds]);
}

/**
 * Applies a press on `id` to my selection as React Flow does, and returns what the drag
 * that may follow moves: the whole selection if `id` is in it, else `id` alone.
 */
function select(id: string, adding: boolean): ReadonlySet<string> {
  const ui = useUi.getState();
  if (adding) ui.changeSelection('nodes', [{ id, selected: !ui.selectedNodes.has(id) }]);
  else if (!ui.selectedNodes.has(id)) ui.selectOnly([id]);
  const selected = useUi.getState().selectedNodes;
  return selected.has(id) ? selected : new Set([id]);
}
