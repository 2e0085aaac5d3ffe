import { analyze, type AnalysisResult } from '../../shared/analysis';
import type { BoardSnapshot } from '../../shared/board';
import type { OverlayMode } from '../../shared/script/overlayModes';
import type { BoardStore } from '../sync/boardStore';
import { deriveDecorations, NO_DECORATIONS, type Decorations } from './decorations';

export interface OverlayState {
  mode: OverlayMode;
  /** Null while the overlay is off: nothing asks for it, so nothing computes it. */
  analysis: AnalysisResult | null;
  board: BoardSnapshot | null;
  decorations: Decorations;
}

export interface OverlayModel {
  getState(): OverlayState;
  subscribe(listener: () => void): () => void;
  setMode(mode: OverlayMode): void;
  /** Starts following the board; returns the stop. Until then the overlay reads the board only on a mode change. */
  attach(): () => void;
}

const OFF: OverlayState = { mode: 'off', analysis: null, board: null, decorations: NO_DECORATIONS };

/**
 * The overlay of one open board, framework-free: the board store tells it at most once per
 * animation frame that the board changed, and the analysis runs on the next read after
 * that, once, however many components read it. Decorations keep their previous objects
 * where nothing changed, so notes far from an edit do not re-render.
 */
export function createOverlayModel(store: BoardStore, run: (board: BoardSnapshot) => AnalysisResult = analyze): OverlayModel {
  let state: OverlayState = OFF;
  let stale = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const refresh = (mode: OverlayMode) => {
    stale = false;
    if (mode === 'off') {
      state = state.mode === 'off' ? state : OFF;
      return;
    }
    const board = store.getSnapshot();
    // The same board in another mode needs no new analysis, only new decorations.
    const analysis = state.analysis && state.board === board ? state.analysis : run(board);
    state = { mode, analysis, board, decorations: deriveDecorations(board, analysis, mode, state.decorations) };
  };

  const onBoardChange = () => {
    if (state.mode === 'off') return;
    stale = true;
    notify();
  };

  return {
    getState() {
      if (stale) refresh(state.mode);
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setMode(mode) {
      if (mode === state.mode) return;
      refresh(mode);
      notify();
    },
    attach() {
      // The board may have changed while detached.
      onBoardChange();
      return store.subscribe(onBoardChange);
    },
  };
}
