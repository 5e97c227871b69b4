import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tCount } from '../utils/i18n';
import { useDismiss } from './use-dismiss';

export interface IntervalPickerProps {
  /** The saved interval in minutes. */
  value: number;
  presets: readonly number[];
  min: number;
  max: number;
  /** Saves a valid value; resolves false when saving failed. */
  onSave: (minutes: number) => Promise<boolean>;
}

/** Whole minutes within [min, max], or null. Accepts only plain digits: "4.5", "1e2", "" are invalid. */
export function parseMinutes(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * "Every 45 min", opening a small panel: "Remind me every [45] min" with preset
 * buttons. A <details> popover, so the popup stays short until someone wants
 * to change it. An invalid value shows an inline error and saves nothing; a
 * valid one is saved at once.
 */
export function IntervalPicker({ value, presets, min, max, onSave }: IntervalPickerProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState('');
  const ref = useRef<HTMLDetailsElement>(null);
  const { onToggle } = useDismiss(ref);
  // A change saved elsewhere (options page, another popup) shows up here too.
  useEffect(() => setText(String(value)), [value]);

  const save = async (minutes: number) => {
    setError('');
    setText(String(minutes));
    if (!(await onSave(minutes))) setError(t('common_save_failed'));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const minutes = parseMinutes(text, min, max);
    if (minutes === null) setError(t('popup_interval_error', min, max));
    else if (minutes !== value) void save(minutes);
    else setError('');
  };

  return (
    <details class="interval" ref={ref} onToggle={onToggle}>
      {/* Visible "Every 45 min"; the name spells out what it is. */}
      <summary class="btn btn--quiet" aria-label={t('popup_interval_summary_label', value)}>
        {t('popup_interval_summary', value)}
      </summary>
      <form class="interval__panel" onSubmit={submit} noValidate>
        <div class="interval__row">
          <label for="interval-min">{t('popup_interval_label')}</label>
          <input
            id="interval-min"
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby="interval-error"
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
          <span aria-hidden="true">{t('popup_interval_unit')}</span>
          <button type="submit" class="btn btn--small">
            {t('popup_interval_set')}
          </button>
        </div>
        <div class="interval__presets" role="group" aria-label={t('popup_interval_presets')}>
          {presets.map((p) => (
            <button
              key={p}
              type="button"
              class="chip"
              aria-pressed={p === value}
              aria-label={tCount('common_minutes', p)}
              onClick={() => void save(p)}
            >
              {p}
            </button>
          ))}
        </div>
        <p id="interval-error" class="interval__error" role="alert">
          {error}
        </p>
      </form>
    </details>
  );
}
