import type { Exercise } from '../core/exercise';
import { t } from '../utils/i18n';

/**
 * What a physiotherapist adds to the steps: how hard it should feel and how to
 * breathe (always shown), then common mistakes and easier/harder versions one
 * click away, and where the exercise comes from.
 */
export function ExerciseCoaching({ exercise: ex }: { exercise: Exercise }) {
  return (
    <>
      <p class="coach-line">
        <strong>{t('common_intensity')}</strong> {ex.intensity} {ex.breathing}
      </p>
      <details class="coaching">
        <summary>{t('common_coaching')}</summary>
        <p class="coach-line">{ex.why}</p>
        <p class="coach-line">
          <strong>{t('common_mistakes')}</strong> {ex.mistakes.join(' ')}
        </p>
        <p class="coach-line">
          <strong>{t('common_easier')}</strong> {ex.easier}
        </p>
        <p class="coach-line">
          <strong>{t('common_harder')}</strong> {ex.harder}
        </p>
        <p class="provenance">{ex.provenance}</p>
      </details>
    </>
  );
}
