import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStoreApi, type NodeChange } from '@xyflow/react';
import { useBoardSession } from '../../board/BoardContext';
import { NO_DECORATIONS } from '../../overlay/decorations';
import type { OverlayState } from '../../overlay/overlayModel';
import { useOverlayState } from '../../overlay/useOverlay';
import type { BoardNode, LinkFlowEdge } from '../toFlow';
import { createSketchPainter, type SketchPainter } from './sketchPainter';
import type { SketchScene } from './sketchScene';
import { SketchTooltip } from './SketchTooltip';
import { useSketchPointer, type SelectionBox, type SketchHover } from './useSketchPointer';

interface SketchLayerProps {
  scene: SketchScene;
  onNodesChange(changes: NodeChange<BoardNode>[]): void;
}

const selectDecorations = (state: OverlayState) => state.decorations;
const SCREEN = { details: true, links: true } as const;

/**
 * The board zoomed out: every frame, link and note drawn on one canvas under React Flow's
 * (then empty) viewport, redrawn at most once a frame, whether the board changed or the
 * view moved. The canvas says how many notes and links its scene holds (data-notes,
 * data-links) once drawn.
 */
export function SketchLayer({ scene, onNodesChange }: SketchLayerProps) {
  const { canEdit } = useBoardSession();
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<SketchPainter | null>(null);
  const store = useStoreApi<BoardNode, LinkFlowEdge>();
  const decorations = useOverlayState(selectDecorations, NO_DECORATIONS);
  const [hover, setHover] = useState<SketchHover | null>(null);
  const [selectionBox, setSelectionBox] = useState<SelectionBox | null>(null);

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const created = createSketchPainter(element, SCREEN, (counts, drawn) => {
      element.dataset.notes = String(drawn.notes.length);
      element.dataset.links = String(drawn.links.length);
      element.dataset.notesInView = String(counts.notes);
    });
    painter.current = created;
    return () => {
      created.destroy();
      painter.current = null;
    };
  }, []);
  useLayoutEffect(() => painter.current?.setScene(scene), [scene]);
  useLayoutEffect(() => painter.current?.setMarks({ decorations, hovered: hover?.hit.node.id ?? null }), [decorations, hover]);
  useEffect(() => {
    const follow = () => {
      const { transform, width, height } = store.getState();
      painter.current?.setView({ x: transform[0], y: transform[1], zoom: transform[2], width, height });
    };
    follow();
    return store.subscribe(follow);
  }, [store]);

  useSketchPointer({ scene, canEdit, onNodesChange, onHover: setHover, onSelectionBox: setSelectionBox });

  return (
    <>
      <canvas ref={canvas} className="sketch-layer" data-testid="sketch" aria-hidden="true" />
      {hover && <SketchTooltip hover={hover} />}
      {selectionBox && <div className="react-flow__selection sketch-selection" data-testid="sketch-selection" style={selectionBox} />}
    </>
  );
}
