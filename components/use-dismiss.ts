import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Popover behaviour for a <details>: while it is open, Escape or a pointer
 * press outside closes it. Escape is caught in the capture phase and stopped,
 * so the break window (which closes on Escape) only closes when nothing else
 * is open. Returns whether it is open, and the onToggle handler to attach.
 */
export function useDismiss(ref: RefObject<HTMLDetailsElement>): { open: boolean; onToggle: () => void; close: (refocus: boolean) => void } {
  const [open, setOpen] = useState(false);
  const close = (refocus: boolean) => {
    if (ref.current) ref.current.open = false;
    if (refocus) ref.current?.querySelector('summary')?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      e.preventDefault();
      close(true);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  return { open, onToggle: () => setOpen(ref.current?.open ?? false), close };
}
