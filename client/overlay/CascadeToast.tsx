import { useEffect } from 'react';
import { useBoardSession } from '../board/BoardContext';
import { applyCascadeFix } from './cascadeActions';
import { useOverlayUi } from './overlayUi';

/** Long enough to read one sentence and decide; the cascade-link finding keeps the fix after. */
export const CASCADE_TOAST_MS = 12_000;

/** Right after I link an objective to a key result: what that does, and the one-click fix. */
export function CascadeToast() {
  const session = useBoardSession();
  const offer = useOverlayUi((s) => s.cascadeOffer);

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => {
      if (useOverlayUi.getState().cascadeOffer === offer) useOverlayUi.getState().offerCascadeFix(null);
    }, CASCADE_TOAST_MS);
    return () => clearTimeout(timer);
  }, [offer]);

  if (!offer) return null;
  // The board may have been locked, or the link deleted, since the offer.
  const fixable = session.canEdit && session.store.getSnapshot().links.some(({ id }) => id === offer.linkId);
  return (
    <div className="cascade-toast" role="alert" data-testid="cascade-toast">
      <p>{offer.message}</p>
      <div className="cascade-toast__actions">
        {fixable && (
          <button type="button" className="button button--primary button--small" data-testid="cascade-fix" onClick={() => applyCascadeFix(session, offer.linkId)}>
            Link to its objective instead
          </button>
        )}
        <button type="button" className="button button--small cascade-toast__keep" aria-label="Keep the link" onClick={() => useOverlayUi.getState().offerCascadeFix(null)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
