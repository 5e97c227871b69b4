import { SIDE_SWITCH_SECONDS, type Dose, type ExerciseData } from '../exercise';

/** Number of side switches the timer runs for a dose (one between the two sides). */
export function sideSwitches(dose: Dose): number {
  if (!dose.perSide) return 0;
  // Holds alternate sides every round (L, R, L, R…); reps do all of one side, then the other.
  return dose.type === 'hold' ? dose.rounds * 2 - 1 : 1;
}

/** Seconds of work on one side (or in all, when not per side). */
export function workSecondsPerSide(dose: Dose): number {
  if (dose.type === 'timed') return dose.seconds;
  return dose.type === 'hold' ? dose.holdSeconds * dose.rounds : dose.reps * dose.secondsPerRep;
}

/** Total seconds a guided session of this dose lasts, side switches (of `switchSeconds` each) included. */
export function doseSeconds(dose: Dose, switchSeconds: number = SIDE_SWITCH_SECONDS): number {
  return workSecondsPerSide(dose) * (dose.perSide ? 2 : 1) + sideSwitches(dose) * switchSeconds;
}

/** The whole guided minute of an exercise: get-ready, the dose, and its side switches. */
export function sessionSeconds(e: Pick<ExerciseData, 'dose' | 'getReadySeconds' | 'switchSeconds'>): number {
  return e.getReadySeconds + doseSeconds(e.dose, e.switchSeconds);
}
