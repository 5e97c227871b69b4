import { useRef } from 'preact/hooks';
import { useDismiss } from './use-dismiss';

export interface Choice<T> {
  value: T;
  label: string;
}

export interface ChoiceMenuProps<T> {
  label: string;
  choices: readonly Choice<T>[];
  onChoose: (value: T) => void;
  /** Extra class on the menu, for where it sits. */
  class?: string;
}

/**
 * A button that opens a short list of choices (snooze length, pause length).
 * Built on <details> so it opens with Enter/Space with no script; choosing,
 * Escape, or a click elsewhere closes it again.
 */
export function ChoiceMenu<T>({ label, choices, onChoose, class: className }: ChoiceMenuProps<T>) {
  const ref = useRef<HTMLDetailsElement>(null);
  const { onToggle, close } = useDismiss(ref);
  return (
    <details class={className ? `menu ${className}` : 'menu'} ref={ref} onToggle={onToggle}>
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
