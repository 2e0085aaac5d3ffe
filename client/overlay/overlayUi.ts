import { create } from 'zustand';
import type { OverlayMode } from '../../shared/script/overlayModes';

/**
 * Local overlay UI state, never synced: a mode I picked for my own view, the finding I
 * went to, the key result I am copying down, the cascade fix on offer.
 */

/** A mode picked for my own view while the room was in `roomMode`. */
export interface MyView {
  mode: OverlayMode;
  roomMode: OverlayMode;
}

export interface CascadeOffer {
  linkId: string;
  message: string;
}

interface OverlayUiState {
  myView: MyView | null;
  /** The key of the finding last activated in the findings panel. */
  activeFinding: string | null;
  /** Show every rule's findings, not only the mode's. */
  allRules: boolean;
  copyDownKr: string | null;
  cascadeOffer: CascadeOffer | null;

  pickMyView(mode: OverlayMode, roomMode: OverlayMode): void;
  /** Forgets my view once the room moved on from the mode it was picked in. */
  roomModeIs(roomMode: OverlayMode): void;
  setActiveFinding(key: string | null): void;
  toggleAllRules(): void;
  openCopyDown(krId: string | null): void;
  offerCascadeFix(offer: CascadeOffer | null): void;
}

export const useOverlayUi = create<OverlayUiState>()((set, get) => ({
  myView: null,
  activeFinding: null,
  allRules: false,
  copyDownKr: null,
  cascadeOffer: null,

  pickMyView: (mode, roomMode) => set({ myView: mode === roomMode ? null : { mode, roomMode } }),
  roomModeIs: (roomMode) => {
    const { myView } = get();
    if (myView && myView.roomMode !== roomMode) set({ myView: null });
  },
  setActiveFinding: (activeFinding) => set({ activeFinding }),
  toggleAllRules: () => set((state) => ({ allRules: !state.allRules })),
  openCopyDown: (copyDownKr) => set({ copyDownKr }),
  offerCascadeFix: (cascadeOffer) => set({ cascadeOffer }),
}));

/**
 * The mode I see: my own pick while the room stays in the mode I picked it in, else the
 * room's. Pure, so a room change wins at once, before any effect forgets my pick.
 *
 * @example resolveOverlayMode('silos', { mode: 'kr-quality', roomMode: 'silos' }) // 'kr-quality'
 */
export function resolveOverlayMode(roomMode: OverlayMode, myView: MyView | null): OverlayMode {
  return myView && myView.roomMode === roomMode ? myView.mode : roomMode;
}
