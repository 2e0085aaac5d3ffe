import { useEffect, type ReactNode } from 'react';
import { usePopover } from './usePopover';

interface PopoverButtonProps {
  /** The wrapper's class: the popover is placed against it. */
  className: string;
  buttonClassName: string;
  buttonTestId: string;
  buttonTitle?: string;
  /** What the button shows: an icon and a word, or a value. */
  label: ReactNode;
  /** A menu of actions, or a small dialog of settings. */
  popup: 'menu' | 'dialog';
  panelClassName: string;
  panelLabel: string;
  panelTestId?: string;
  /** Called each time the popover opens, to load what it lists. */
  onOpen?(): void;
  /** The open popover's content; `close` shuts it, as choosing a menu item does. */
  children(close: () => void): ReactNode;
}

/**
 * A top-bar or overlay-bar button that opens a popover under it; a click outside or
 * Escape closes it. The export, snapshots and budget popovers all open this way.
 */
export function PopoverButton(props: PopoverButtonProps) {
  const { open, setOpen, anchor } = usePopover<HTMLDivElement>();
  const { onOpen } = props;
  useEffect(() => {
    if (open) onOpen?.();
  }, [open, onOpen]);

  return (
    <div className={props.className} ref={anchor}>
      <button
        type="button"
        className={props.buttonClassName}
        aria-haspopup={props.popup}
        aria-expanded={open}
        data-testid={props.buttonTestId}
        title={props.buttonTitle}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </button>
      {open && (
        <div className={`${props.panelClassName} panel`} role={props.popup} aria-label={props.panelLabel} data-testid={props.panelTestId}>
          {props.children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
