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

/** Between two rounds of a hold on the same side: ease off and breathe (a fold can leave you light-headed). */
export const REST_BETWEEN_ROUNDS_MS = 5_000;

/** Rests the timer puts between rounds: a one-sided hold of several rounds gets one before each round after the first. */
function roundRests(dose: Dose): number {
  return dose.type === 'hold' && !dose.perSide ? dose.rounds - 1 : 0;
}

/** Total seconds a guided session of this dose lasts, side switches (of `switchSeconds` each) and rests included. */
export function doseSeconds(dose: Dose, switchSeconds: number = SIDE_SWITCH_SECONDS): number {
  return (
    workSecondsPerSide(dose) * (dose.perSide ? 2 : 1) +
    sideSwitches(dose) * switchSeconds +
    (roundRests(dose) * REST_BETWEEN_ROUNDS_MS) / 1000
  );
}

/** The whole guided minute of an exercise: get-ready, the dose, and its side switches. */
export function sessionSeconds(e: Pick<ExerciseData, 'dose' | 'getReadySeconds' | 'switchSeconds'>): number {
  return e.getReadySeconds + doseSeconds(e.dose, e.switchSeconds);
}
