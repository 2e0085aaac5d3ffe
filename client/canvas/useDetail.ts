import { useEffect, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import { nextDetail, type Detail } from './detail';

/**
 * The level of detail for React Flow's zoom, or null until the first fit is done: nothing
 * is drawn before it (a board drawn at the initial zoom would jump a frame later), and a
 * big board never mounts nodes it would unmount. The first fit decides by the line alone,
 * since there is nothing on screen yet to keep steady.
 */
export function useDetail(): Detail | null {
  const store = useStoreApi();
  const [detail, setDetail] = useState<Detail | null>(null);
  useEffect(() => {
    const follow = () => {
      const { panZoom, fitViewQueued, nodeLookup, transform } = store.getState();
      // An empty board's fit waits for its first node; its zoom is already the one to use.
      const fitting = fitViewQueued && nodeLookup.size > 0;
      if (panZoom !== null && !fitting) setDetail((current) => nextDetail(transform[2], current ?? 'full'));
    };
    follow();
    return store.subscribe(follow);
  }, [store]);
  return detail;
}
