import { SIDE_SWITCH_SECONDS, type Dose } from '../content/exercise';

/** Number of side switches the timer runs for a dose (one between the two sides). */
export function sideSwitches(dose: Dose): number {
  if (!dose.perSide) return 0;
  // Holds alternate sides every round (L, R, L, R…); reps do all of one side, then the other.
  return dose.type === 'hold' ? dose.rounds * 2 - 1 : 1;
}

/** Total seconds a guided session of this dose lasts, side switches included. */
export function doseSeconds(dose: Dose): number {
  const sides = dose.perSide ? 2 : 1;
  const work =
    dose.type === 'hold'
      ? dose.holdSeconds * dose.rounds * sides
      : dose.reps * dose.secondsPerRep * sides;
  return work + sideSwitches(dose) * SIDE_SWITCH_SECONDS;
}
