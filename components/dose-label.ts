import type { Dose } from '../core/exercise';
import { t, tCount } from '../utils/i18n';

/** The dose in a few words: "Hold 25 s on each side", "10 reps on each side", "Walk for 55 s". */
export function doseLabel(dose: Dose): string {
  if (dose.type === 'timed') return t('common_dose_walk', dose.seconds);
  if (dose.type === 'reps') return tCount(dose.perSide ? 'common_dose_reps_side' : 'common_dose_reps', dose.reps);
  return dose.rounds > 1
    ? tCount(dose.perSide ? 'common_dose_hold_rounds_side' : 'common_dose_hold_rounds', dose.rounds, dose.holdSeconds)
    : t(dose.perSide ? 'common_dose_hold_side' : 'common_dose_hold', dose.holdSeconds);
}
