import { cascadeFix } from '../../shared/analysis';
import { linkMeaning, relink, unlink, type BoardSnapshot } from '../../shared/board';
import type { BoardSession } from '../board/BoardContext';
import { useUi } from '../ui/store';
import { useOverlayUi } from './overlayUi';

/**
 * The sentence the room reads when someone links an objective to a key result, or null
 * when the link is not a cascade.
 */
export function cascadeExplanation(board: BoardSnapshot, linkId: string): string | null {
  const link = board.links.find(({ id }) => id === linkId);
  const from = board.notes.find(({ id }) => id === link?.from);
  const to = board.notes.find(({ id }) => id === link?.to);
  if (!from || !to || linkMeaning(from.kind, to.kind) !== 'cascades') return null;
  const upperId = cascadeFix(board, linkId);
  const upper = board.notes.find(({ id }) => id === upperId);
  const instead = !upper ? 'an upper objective' : upper.text ? `its objective "${upper.text}"` : 'its objective';
  return `An objective linked to a key result cascades (it just restates that key result); localize ${instead} instead and write your own key results.`;
}

/** After I link two notes: if I made a cascade, explain it and offer the fix. */
export function offerCascadeFix(session: BoardSession, linkId: string): void {
  const message = cascadeExplanation(session.store.getSnapshot(), linkId);
  if (message) useOverlayUi.getState().offerCascadeFix({ linkId, message });
}

export type CascadeFixResult = 'relinked' | 'unlinked' | 'nothing-to-fix';

/**
 * "Link to its objective instead": points the cascade link at the upper key result's
 * objective; when the objective already links there, the cascade link just goes. One undo
 * step of its own.
 */
export function applyCascadeFix(session: BoardSession, linkId: string): CascadeFixResult {
  const board = session.store.getSnapshot();
  const to = cascadeFix(board, linkId);
  if (!to) return 'nothing-to-fix';
  session.undoManager?.stopCapturing();
  const relinked = relink(session.doc, linkId, to, session.origin);
  const result: CascadeFixResult = relinked.ok
    ? 'relinked'
    : relinked.reason === 'duplicate' && unlink(session.doc, linkId, session.origin)
      ? 'unlinked'
      : 'nothing-to-fix';
  session.undoManager?.stopCapturing();
  const upper = board.notes.find(({ id }) => id === to);
  if (result === 'relinked') useUi.getState().toast(`Now it localizes "${upper?.text || 'its objective'}".`);
  if (result === 'unlinked') useUi.getState().toast(`It already localizes "${upper?.text || 'that objective'}": the cascade link is gone.`);
  const offer = useOverlayUi.getState().cascadeOffer;
  if (offer?.linkId === linkId) useOverlayUi.getState().offerCascadeFix(null);
  return result;
}
