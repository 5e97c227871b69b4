import { useRef, useState } from 'preact/hooks';
import { FieldError } from './FieldError';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** One more line under the box (what the setting cannot do, say). */
  note?: string;
  value: number;
  min: number;
  max: number;
  /** Unit shown after the box, e.g. "minutes". */
  unit: string;
  error?: string;
  /** Called with the parsed value (NaN for an empty or non-numeric box) when the user commits it. */
  onCommit(value: number): void;
}

/**
 * A whole-number box. The typed text stays as typed while it is invalid, so the
 * user sees what was rejected next to why; it follows the stored value otherwise.
 */
export function NumberField({ id, label, hint, note, value, min, max, unit, error, onCommit }: Props) {
  // What the user typed, and the stored value it was typed over. Kept until the
  // stored value moves on (saved, or changed elsewhere) unless it was rejected.
  // Checked during render, not in an effect, so a late effect never undoes typing.
  const draft = useRef<{ text: string; base: number } | null>(null);
  const [, rerender] = useState(0);
  if (draft.current && draft.current.base !== value && !error) draft.current = null;
  const text = draft.current ? draft.current.text : String(value);

  const describedBy =
    [hint ? `${id}-hint` : '', note ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const commit = (raw: string) => onCommit(raw.trim() === '' ? Number.NaN : Number(raw));

  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id} class="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      <div class="field__row">
        <input
          id={id}
          class="input input--number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => {
            draft.current = { text: e.currentTarget.value, base: value };
            rerender((n) => n + 1);
          }}
          onChange={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
        <span class="field__unit">{unit}</span>
      </div>
      {note && (
        <p id={`${id}-note`} class="field__hint">
          {note}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
