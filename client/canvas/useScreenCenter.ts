import { useCallback } from 'react';
import { useReactFlow, useStoreApi, type XYPosition } from '@xyflow/react';

/** The board point in the middle of the canvas on screen, where toolbar and pasted notes go. */
export function useScreenCenter(): () => XYPosition {
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(() => {
    const rect = flowStore.getState().domNode?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  }, [flowStore, screenToFlowPosition]);
}
