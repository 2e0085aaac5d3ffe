import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { createSketchPainter, type SketchPainter } from './sketch/sketchPainter';
import { NO_DECORATIONS } from '../overlay/decorations';
import { boundsOf } from './placement';
import { sceneBounds, type Box, type SketchScene } from './sketch/sketchScene';
import type { BoardNode, LinkFlowEdge } from './toFlow';

const SIZE = { width: 200, height: 150 } as const;
const PADDING = 8;
const MARKS = { decorations: NO_DECORATIONS, hovered: null } as const;
const PLAIN = { details: false, links: false } as const;
const WHEEL_STEP = 1.2;

interface Viewed {
  /** The board's bounds with the view's: what the minimap shows. */
  shown: Box;
  /** The part of the board on screen. */
  view: Box;
}

/**
 * The whole board in a corner, drawn like the sketch on one canvas (redrawn when the board
 * changes, or when the view leaves the board's bounds), with the part on screen cut out
 * of a veil. Press or drag on it to move the view there; the wheel zooms.
 */
export function BoardMiniMap({ scene }: { scene: SketchScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<SketchPainter | null>(null);
  const store = useStoreApi<BoardNode, LinkFlowEdge>();
  const { setCenter, getZoom, zoomTo } = useReactFlow<BoardNode, LinkFlowEdge>();
  const bounds = useMemo(() => sceneBounds(scene), [scene]);
  const [viewed, setViewed] = useState<Viewed | null>(null);

  useEffect(() => {
    let last = '';
    const follow = () => {
      const { transform, width, height } = store.getState();
      const key = `${transform.join()},${width},${height}`;
      if (!width || !height || key === last) return;
      last = key;
      const [x, y, zoom] = transform;
      const view = { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
      setViewed({ view, shown: bounds ? boundsOf([bounds, view]) : view });
    };
    follow();
    return store.subscribe(follow);
  }, [store, bounds]);

  useLayoutEffect(() => {
    if (!canvas.current) return;
    const created = createSketchPainter(canvas.current, PLAIN);
    created.setMarks(MARKS);
    painter.current = created;
    return () => created.destroy();
  }, []);
  useLayoutEffect(() => painter.current?.setScene(scene), [scene]);
  const fit = viewed ? fitting(viewed.shown) : null;
  // A new object at every pan, mostly the same numbers: the painter redraws only on new ones.
  useLayoutEffect(() => {
    if (fit) painter.current?.setView({ ...fit, ...SIZE });
  }, [fit]);

  const moveTo = (event: ReactPointerEvent) => {
    if (!fit) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left - fit.x) / fit.zoom;
    const y = (event.clientY - rect.top - fit.y) / fit.zoom;
    void setCenter(x, y, { zoom: getZoom() });
  };
  const onPointerDown = (event: ReactPointerEvent) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    moveTo(event);
  };
  const onPointerMove = (event: ReactPointerEvent) => {
    if (event.buttons === 1) moveTo(event);
  };
  const onWheel = (event: WheelEvent) => void zoomTo(getZoom() * (event.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP));

  const cut = viewed && fit ? onMap(viewed.view, fit) : null;
  return (
    <Panel position="bottom-right" className="board-minimap" data-testid="minimap">
      <div
        className="board-minimap__map"
        style={SIZE}
        role="img"
        aria-label="Minimap of the whole board: press to move the view there"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      >
        <canvas ref={canvas} style={SIZE} />
        {cut && (
          <svg width={SIZE.width} height={SIZE.height} className="board-minimap__veil" aria-hidden="true">
            <path
              fillRule="evenodd"
              d={`M0,0h${SIZE.width}v${SIZE.height}h${-SIZE.width}z M${cut.x},${cut.y}h${cut.width}v${cut.height}h${-cut.width}z`}
            />
          </svg>
        )}
      </div>
    </Panel>
  );
}

/** The transform that fits `box` in the minimap, centred. */
function fitting(box: Box): { x: number; y: number; zoom: number } {
  const zoom = Math.min((SIZE.width - 2 * PADDING) / box.width, (SIZE.height - 2 * PADDING) / box.height);
  return { zoom, x: (SIZE.width - box.width * zoom) / 2 - box.x * zoom, y: (SIZE.height - box.height * zoom) / 2 - box.y * zoom };
}

function onMap(box: Box, fit: { x: number; y: number; zoom: number }): Box {
  return { x: box.x * fit.zoom + fit.x, y: box.y * fit.zoom + fit.y, width: box.width * fit.zoom, height: box.height * fit.zoom };
}
