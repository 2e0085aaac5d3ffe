import { useEffect, useMemo, type ReactNode } from 'react';
import { useBoardSession } from '../board/BoardContext';
import { createOverlayModel } from './overlayModel';
import { OverlayContext } from './useOverlay';
import { useOverlayMode } from './useOverlayMode';
import './overlay.css';

/** Gives the canvas and panels inside it the board's overlay, in the mode this person sees. */
export function OverlayProvider({ children }: { children: ReactNode }) {
  const { store } = useBoardSession();
  const model = useMemo(() => createOverlayModel(store), [store]);
  const { mode } = useOverlayMode();
  useEffect(() => model.attach(), [model]);
  useEffect(() => model.setMode(mode), [model, mode]);
  return <OverlayContext.Provider value={model}>{children}</OverlayContext.Provider>;
}
