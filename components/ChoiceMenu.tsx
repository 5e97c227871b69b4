import { useEffect, useRef, useState } from 'preact/hooks';

export interface Choice<T> {
  value: T;
  label: string;
}

export interface ChoiceMenuProps<T> {
  label: string;
  choices: readonly Choice<T>[];
  onChoose: (value: T) => void;
}

/**
 * A button that opens a short list of choices (snooze length, pause length).
 * Built on <details> so it opens with Enter/Space with no script; choosing,
 * Escape, or a click elsewhere closes it again.
 */
export function ChoiceMenu<T>({ label, choices, onChoose }: ChoiceMenuProps<T>) {
  const ref = useRef<HTMLDetailsElement>(null);
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
    // Capture phase: Escape closes this menu before anything else (the break window) sees it.
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

  return (
    <details class="menu" ref={ref} onToggle={() => setOpen(ref.current?.open ?? false)}>
      <summary class="btn btn--quiet">{label}</summary>
      <div class="menu__list" role="group" aria-label={label}>
        {choices.map((c) => (
          <button
            key={String(c.value)}
            type="button"
            class="btn btn--quiet"
            onClick={() => {
              close(true);
              onChoose(c.value);
            }}
          >
            {c.label}
          </button>
        ))}
      </div>
    </details>
  );
}
