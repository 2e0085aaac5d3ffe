import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { LinkDecoration, NoteDecoration, TeamDecoration } from './decorations';
import type { OverlayModel, OverlayState } from './overlayModel';

/** The open board's overlay; null where no OverlayProvider is (a read-only snapshot view). */
export const OverlayContext = createContext<OverlayModel | null>(null);

const noSubscription = () => () => {};

/**
 * A narrow slice of the overlay state. `select` must return something stable (a stored
 * object or a primitive): the component re-renders only when it changes.
 */
export function useOverlayState<T>(select: (state: OverlayState) => T, fallback: T): T {
  const model = useContext(OverlayContext);
  const read = useCallback(() => (model ? select(model.getState()) : fallback), [model, select, fallback]);
  return useSyncExternalStore(model?.subscribe ?? noSubscription, read);
}

export function useNoteOverlay(id: string): NoteDecoration | undefined {
  return useOverlayState(useCallback((state: OverlayState) => state.decorations.notes.get(id), [id]), undefined);
}

export function useTeamOverlay(id: string): TeamDecoration | undefined {
  return useOverlayState(useCallback((state: OverlayState) => state.decorations.teams.get(id), [id]), undefined);
}

export function useLinkOverlay(id: string): LinkDecoration | undefined {
  return useOverlayState(useCallback((state: OverlayState) => state.decorations.links.get(id), [id]), undefined);
}
