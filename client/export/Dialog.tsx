import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal card over the page; a click on the backdrop closes it. In a portal: the top
 * bar is a stacking context a backdrop must not be trapped in.
 */
export function Dialog({ label, testId, onClose, children }: { label: string; testId: string; onClose(): void; children: ReactNode }) {
  return createPortal(
    <div className="dialog-backdrop" onPointerDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="card dialog dialog--wide stack" role="dialog" aria-label={label} data-testid={testId}>
        {children}
      </div>
    </div>,
    document.body,
  );
}
