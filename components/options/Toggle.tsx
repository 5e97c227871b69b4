interface Props {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off setting: a real checkbox (styled as a switch) with its label and an optional hint. */
export function Toggle({ id, label, hint, checked, disabled, onChange }: Props) {
  return (
    <div class="toggle">
      <input
        id={id}
        class="toggle__input"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div class="toggle__text">
        <label for={id} class="toggle__label">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} class="field__hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
