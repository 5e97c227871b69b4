import { CATALOGUE } from '../../content/catalogue';
import { PRECAUTIONS, type Precaution } from '../../core/exercise';
import { removedByPrecautions } from '../../core/picker/picker';
import { exerciseName } from '../../utils/exercise-name';
import { formatList, t } from '../../utils/i18n';
import { useLocaleText } from '../locale-text-context';
import type { SettingsSectionProps } from './settings-section-props';

interface Props extends SettingsSectionProps {
  /** Distinct ids when the welcome and the exercises section are on the page together. */
  idPrefix: string;
}

/**
 * The optional health screening: each answer hides every exercise tagged with
 * it, and the list below says which ones are hidden, so nothing disappears
 * without the user knowing.
 */
export function ScreeningFieldset({ settings, save, idPrefix }: Props) {
  const { safety } = useLocaleText();
  const chosen = settings.exercises.precautions;
  const removed = removedByPrecautions(CATALOGUE, settings.exercises);
  const toggle = (p: Precaution, on: boolean) =>
    void save(
      (s) => ({
        ...s,
        exercises: {
          ...s.exercises,
          precautions: PRECAUTIONS.filter((q) => (q === p ? on : s.exercises.precautions.includes(q))),
        },
      }),
      ['exercises.precautions'],
    );
  const summaryId = `${idPrefix}-screening-summary`;
  return (
    <fieldset class="field screening" aria-describedby={`${idPrefix}-screening-note ${summaryId}`}>
      <legend class="field__label">{t('options_screening_legend')}</legend>
      <p id={`${idPrefix}-screening-note`} class="field__hint">
        {safety.screeningNote}
      </p>
      <div class="choice__options">
        {PRECAUTIONS.map((p) => (
          <div class="choice__option" key={p}>
            <input
              id={`${idPrefix}-precaution-${p}`}
              type="checkbox"
              checked={chosen.includes(p)}
              onChange={(e) => toggle(p, e.currentTarget.checked)}
            />
            <label for={`${idPrefix}-precaution-${p}`}>
              <span class="choice__label">{safety.precautions[p].label}</span>
              <span class="choice__hint">{t('options_screening_removes', safety.precautions[p].removes)}</span>
              {safety.precautions[p].note && <span class="choice__hint">{safety.precautions[p].note}</span>}
            </label>
          </div>
        ))}
      </div>
      <p id={summaryId} class="field__hint screening__summary" role="status" data-testid={`${idPrefix}-screening-removed`}>
        {removed.length === 0
          ? chosen.length > 0
            ? t('options_screening_removed_none')
            : ''
          : t('options_screening_removed', formatList(removed.map((e) => exerciseName(e.id))))}
      </p>
    </fieldset>
  );
}
