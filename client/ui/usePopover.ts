import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * An open/closed state for a menu anchored in the top bar: a click outside the anchor or
 * Escape closes it.
 */
export function usePopover<T extends HTMLElement>(): { open: boolean; setOpen(open: boolean): void; anchor: RefObject<T | null> } {
  const [open, setOpen] = useState(false);
  const anchor = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  return { open, setOpen, anchor };
}
