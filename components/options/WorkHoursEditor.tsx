import { useRef, useState } from 'preact/hooks';
import type { DayHours } from '../../core/settings/settings';
import { t, uiLocale } from '../../utils/i18n';
import { errorAt } from './field-error-message';
import { FieldError } from './FieldError';
import type { SettingsSectionProps } from './settings-section-props';
import { Toggle } from './Toggle';

/** Monday first, as most work weeks are written; indices are date-fns getDay() (0 = Sunday). */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function dayName(index: number): string {
  // 2026-01-04 was a Sunday; the browser's locale names the days.
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'long' }).format(new Date(2026, 0, 4 + index));
}

interface RowProps {
  index: number;
  day: DayHours;
  error?: string;
  onCommit(day: DayHours): void;
}

/** One weekday: on/off and its hours. Typed times stay visible while rejected. */
function DayRow({ index, day, error, onCommit }: RowProps) {
  // The edited day and the stored day it was edited from (see NumberField).
  const edit = useRef<{ day: DayHours; base: DayHours } | null>(null);
  const [, rerender] = useState(0);
  const base = edit.current?.base;
  const moved = base && (base.enabled !== day.enabled || base.start !== day.start || base.end !== day.end);
  if (moved && !error) edit.current = null;
  const draft = edit.current ? edit.current.day : day;
  const name = dayName(index);
  const id = `day-${index}`;
  const commit = (next: DayHours) => {
    edit.current = { day: next, base: day };
    rerender((n) => n + 1);
    onCommit(next);
  };
  return (
    <tr class={error ? 'day day--invalid' : 'day'}>
      <th scope="row">
        <span class="day__check">
          <input
            id={`${id}-enabled`}
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => commit({ ...draft, enabled: e.currentTarget.checked })}
          />
          <label for={`${id}-enabled`}>{name}</label>
        </span>
      </th>
      <td>
        <input
          id={`${id}-start`}
          class="input input--time"
          type="time"
          value={draft.start}
          disabled={!draft.enabled}
          aria-label={t('options_day_start', name)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => commit({ ...draft, start: e.currentTarget.value })}
        />
      </td>
      <td>
        <input
          id={`${id}-end`}
          class="input input--time"
          type="time"
          value={draft.end}
          disabled={!draft.enabled}
          aria-label={t('options_day_end', name)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => commit({ ...draft, end: e.currentTarget.value })}
        />
      </td>
      <td class="day__error">
        <FieldError id={`${id}-error`} message={error} />
      </td>
    </tr>
  );
}

export function WorkHoursEditor({ settings, errors, save }: SettingsSectionProps) {
  const { workHours } = settings;
  const dayError = (i: number) =>
    errorAt(errors, `workHours.days.${i}`) ?? errorAt(errors, `workHours.days.${i}.start`) ?? errorAt(errors, `workHours.days.${i}.end`);
  return (
    <div class="workhours">
      <Toggle
        id="workHoursEnabled"
        label={t('options_workHours_label')}
        hint={t('options_workHours_hint')}
        checked={workHours.enabled}
        onChange={(on) => void save((s) => ({ ...s, workHours: { ...s.workHours, enabled: on } }), ['workHours.enabled'])}
      />
      {workHours.enabled && (
        <table class="days">
          <caption class="visually-hidden">{t('options_workHours_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_workHours_day')}</th>
              <th scope="col">{t('options_workHours_from')}</th>
              <th scope="col">{t('options_workHours_to')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {WEEK_ORDER.map((i) => (
              <DayRow
                key={i}
                index={i}
                day={workHours.days[i]!}
                error={dayError(i)}
                onCommit={(day) =>
                  void save(
                    (s) => {
                      const days = [...s.workHours.days] as typeof s.workHours.days;
                      days[i] = day;
                      return { ...s, workHours: { ...s.workHours, days } };
                    },
                    [`workHours.days.${i}`],
                  )
                }
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
