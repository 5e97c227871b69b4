import { CATALOGUE as EXERCISES } from '../../content/catalogue';
import { filterCatalogue } from '../../core/picker/picker';
import { POSITIONS, type Position } from '../../core/settings/settings';
import { t } from '../../utils/i18n';
import { errorAt } from './field-error-message';
import { FieldError } from './FieldError';
import { ScreeningFieldset } from './ScreeningFieldset';
import { Section } from './Section';
import type { SettingsSectionProps } from './settings-section-props';
import { Toggle } from './Toggle';

/** Below this many, the picker's no-repeat rotation gets short and breaks feel samey. */
const FEW_EXERCISES = 6;

export function ExercisesSection({ settings, errors, save }: SettingsSectionProps) {
  const prefs = settings.exercises;
  const count = filterCatalogue(EXERCISES, prefs).length;
  const positionsError = errorAt(errors, 'exercises.positions');

  const togglePosition = (p: Position, on: boolean) =>
    void save(
      (s) => ({
        ...s,
        exercises: {
          ...s.exercises,
          // Keep the schema's order so the stored list does not churn.
          positions: POSITIONS.filter((q) => (q === p ? on : s.exercises.positions.includes(q))),
        },
      }),
      ['exercises.positions'],
    );

  return (
    <Section id="exercises" title={t('options_exercises_title')} intro={t('options_exercises_intro')}>
      <fieldset class={`field${positionsError ? ' field--invalid' : ''}`} aria-describedby={positionsError ? 'positions-error' : undefined}>
        <legend class="field__label">{t('options_positions_legend')}</legend>
        <div class="choice__options choice__options--inline">
          {POSITIONS.map((p) => (
            <div class="choice__option" key={p}>
              <input
                id={`position-${p}`}
                type="checkbox"
                checked={prefs.positions.includes(p)}
                aria-invalid={positionsError ? 'true' : undefined}
                onChange={(e) => togglePosition(p, e.currentTarget.checked)}
              />
              <label for={`position-${p}`}>
                <span class="choice__label">{t(`options_position_${p}`)}</span>
              </label>
            </div>
          ))}
        </div>
        <FieldError id="positions-error" message={positionsError} />
      </fieldset>

      <div class="toggles">
        <Toggle
          id="allowBand"
          label={t('options_band_label')}
          hint={t('options_band_hint')}
          checked={prefs.allowBand}
          onChange={(on) => void save((s) => ({ ...s, exercises: { ...s.exercises, allowBand: on } }), ['exercises.allowBand'])}
        />
        <Toggle
          id="allowBall"
          label={t('options_ball_label')}
          hint={t('options_ball_hint')}
          checked={prefs.allowBall}
          onChange={(on) => void save((s) => ({ ...s, exercises: { ...s.exercises, allowBall: on } }), ['exercises.allowBall'])}
        />
        <Toggle
          id="officeDiscreetOnly"
          label={t('options_discreet_label')}
          hint={t('options_discreet_hint')}
          checked={prefs.officeDiscreetOnly}
          onChange={(on) =>
            void save((s) => ({ ...s, exercises: { ...s.exercises, officeDiscreetOnly: on } }), ['exercises.officeDiscreetOnly'])
          }
        />
      </div>

      <ScreeningFieldset settings={settings} errors={errors} save={save} idPrefix="options" />

      <p class={count < FEW_EXERCISES ? 'count count--few' : 'count'} role="status" data-testid="exercise-count">
        <strong>{t('options_exerciseCount', count, EXERCISES.length)}</strong>
        {count < FEW_EXERCISES && (
          <span class="count__warning">{count === 0 ? t('options_exerciseCount_none') : t('options_exerciseCount_few')}</span>
        )}
      </p>
    </Section>
  );
}
