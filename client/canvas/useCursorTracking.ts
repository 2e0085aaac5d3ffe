import { useEffect, useMemo } from 'react';
import { useReactFlow, type XYPosition } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import { createFrameQueue } from './frameQueue';

export interface CursorHandlers {
  onPointerMove(event: { clientX: number; clientY: number }): void;
  onPointerLeave(): void;
}

/**
 * Publishes my pointer in flow coordinates through awareness, at most once per frame,
 * so everyone sees it at the same spot on the board whatever their zoom.
 */
export function useCursorTracking(awareness: Awareness, enabled: boolean): CursorHandlers {
  const { screenToFlowPosition } = useReactFlow();
  const queue = useMemo(
    () =>
      createFrameQueue<XYPosition | null>((batch) => {
        if (awareness.getLocalState() === null) return;
        awareness.setLocalStateField('cursor', batch.get('cursor') ?? null);
      }),
    [awareness],
  );
  useEffect(() => () => queue.cancel(), [queue]);

  return useMemo(
    () => ({
      onPointerMove(event) {
        if (!enabled) return;
        const { x, y } = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        queue.put('cursor', { x: Math.round(x), y: Math.round(y) });
      },
      onPointerLeave() {
        if (enabled) queue.put('cursor', null);
      },
    }),
    [enabled, queue, screenToFlowPosition],
  );
}
