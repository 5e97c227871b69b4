import { FieldError } from './FieldError';

interface Props<T extends string | number> {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string; hint?: string }[];
  value: T;
  error?: string;
  /** Lay the choices out in a row (short labels such as "5 min"). */
  inline?: boolean;
  onChange(value: T): void;
}

/** One choice out of a few: radio buttons in a fieldset, so the arrow keys move between them. */
export function ChoiceGroup<T extends string | number>({ name, legend, hint, options, value, error, inline, onChange }: Props<T>) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class="field choice" aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
      <legend class="field__label">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      <div class={inline ? 'choice__options choice__options--inline' : 'choice__options'}>
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <div class="choice__option" key={id}>
              <input
                id={id}
                type="radio"
                name={name}
                value={String(o.value)}
                checked={o.value === value}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(o.value)}
              />
              <label for={id}>
                <span class="choice__label">{o.label}</span>
                {o.hint && (
                  <span id={`${id}-hint`} class="choice__hint">
                    {o.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}
