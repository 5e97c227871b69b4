import { useEffect } from 'preact/hooks';

/** In the break window, Escape closes it (as it closes the toolbar popup). */
export function useEscapeCloses(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
