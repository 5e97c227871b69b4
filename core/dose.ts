import { SIDE_SWITCH_SECONDS } from '../content/exercise';
import type { SessionDose } from './session-spec';

/** Number of side switches the timer runs for a dose (one between the two sides). */
export function sideSwitches(dose: SessionDose): number {
  if (!dose.perSide) return 0;
  // Holds alternate sides every round (L, R, L, R…); reps do all of one side, then the other.
  return dose.type === 'hold' ? dose.rounds * 2 - 1 : 1;
}

/** Total seconds of work in a dose, side switches and get-ready not included. */
export function workSeconds(dose: SessionDose): number {
  if (dose.type === 'timed') return dose.seconds;
  const sides = dose.perSide ? 2 : 1;
  return dose.type === 'hold' ? dose.holdSeconds * dose.rounds * sides : dose.reps * dose.secondsPerRep * sides;
}

/** Total seconds the dose of a guided session lasts, side switches included (get-ready is not part of it). */
export function doseSeconds(dose: SessionDose, switchSeconds = SIDE_SWITCH_SECONDS): number {
  return workSeconds(dose) + sideSwitches(dose) * switchSeconds;
}
