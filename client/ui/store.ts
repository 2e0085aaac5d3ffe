import { create } from 'zustand';
import type { NoteKind } from '../../shared/board';

/**
 * Local UI state only: what this person has selected, is editing, has open. Never synced;
 * the board lives in Yjs and presence in awareness.
 */

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'warning';
}

export interface SelectionChange {
  id: string;
  selected: boolean;
}

interface UiState {
  /** The kind a double-click on the board adds. */
  tool: NoteKind;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  /** The note whose text is being typed, or the team whose header is being renamed. */
  editing: { type: 'note' | 'team'; id: string } | null;
  legendOpen: boolean;
  toasts: Toast[];
  /** An image export is copying the canvas: every node must be in the DOM, at full detail. */
  capturing: boolean;
  /** The copy I last pasted, as the clipboard held it, and how often: each paste of it lands a step further. */
  lastPaste: { copy: string; times: number } | null;

  setTool(tool: NoteKind): void;
  changeSelection(kind: 'nodes' | 'edges', changes: readonly SelectionChange[]): void;
  selectOnly(nodeIds: readonly string[]): void;
  clearSelection(): void;
  startEditing(type: 'note' | 'team', id: string): void;
  stopEditing(): void;
  toggleLegend(): void;
  setCapturing(capturing: boolean): void;
  setLastPaste(lastPaste: UiState['lastPaste']): void;
  toast(message: string, tone?: Toast['tone']): void;
  dismissToast(id: number): void;
}

export const TOAST_MS = 3500;
const EMPTY: ReadonlySet<string> = new Set();
let nextToastId = 1;

export const useUi = create<UiState>()((set, get) => ({
  tool: 'objective',
  selectedNodes: EMPTY,
  selectedEdges: EMPTY,
  editing: null,
  legendOpen: false,
  toasts: [],
  capturing: false,
  lastPaste: null,

  setTool: (tool) => set({ tool }),
  changeSelection: (kind, changes) => {
    const key = kind === 'nodes' ? 'selectedNodes' : 'selectedEdges';
    const next = new Set(get()[key]);
    for (const change of changes) {
      if (change.selected) next.add(change.id);
      else next.delete(change.id);
    }
    set({ [key]: next });
  },
  selectOnly: (nodeIds) => set({ selectedNodes: new Set(nodeIds), selectedEdges: EMPTY }),
  clearSelection: () => set({ selectedNodes: EMPTY, selectedEdges: EMPTY }),
  startEditing: (type, id) => set({ editing: { type, id } }),
  stopEditing: () => set({ editing: null }),
  toggleLegend: () => set((state) => ({ legendOpen: !state.legendOpen })),
  setCapturing: (capturing) => set({ capturing }),
  setLastPaste: (lastPaste) => set({ lastPaste }),
  toast: (message, tone = 'info') => {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts, { id, message, tone }] }));
    setTimeout(() => get().dismissToast(id), TOAST_MS);
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

/** The note being typed into, or null. */
export const selectEditingNote = (state: UiState): string | null =>
  state.editing?.type === 'note' ? state.editing.id : null;
