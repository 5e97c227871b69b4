import type { SessionDose } from '../core/session-spec';
import { t } from '../utils/i18n';

/** The dose in a few words: "Hold 25 s on each side", "10 reps on each side", "Walk for 60 s". */
export function doseLabel(dose: SessionDose): string {
  if (dose.type === 'timed') return t('common_dose_timed', dose.seconds);
  const side = dose.perSide ? '_side' : '';
  if (dose.type === 'reps') return t(`common_dose_reps${side}`, dose.reps);
  return dose.rounds > 1
    ? t(`common_dose_hold_rounds${side}`, dose.holdSeconds, dose.rounds)
    : t(`common_dose_hold${side}`, dose.holdSeconds);
}
