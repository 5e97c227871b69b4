import type { Dose, Exercise } from '../content/exercise';

/** The dose of a guided session (the catalogue's dose: hold, reps or a timed walk). */
export type SessionDose = Dose;
export type BodySide = 'left' | 'right';

/** Everything the guided minute needs from an exercise, with safe defaults. */
export interface SessionSpec {
  dose: SessionDose;
  /** Get-ready before the dose; not counted in it. */
  getReadySeconds: number;
  /** Time to change sides (0 when the dose is not per side). */
  switchSeconds: number;
  /** How many of the leading steps are set-up (lit during get-ready). */
  setupSteps: number;
  stepCount: number;
  /** The side the steps start with; null → "first side / second side". */
  firstSide: BodySide | null;
}

/** The catalogue contract's session fields, optional until that branch is merged. */
interface ContractFields {
  dose: SessionDose;
  getReadySeconds?: number;
  switchSeconds?: number;
  setupSteps?: number;
  firstSide?: BodySide;
}

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** The side named first in the steps ("Cross your right ankle…"), so the UI agrees with them. */
function sideInSteps(steps: readonly string[]): BodySide | null {
  const m = /\b(left|right)\b/i.exec(steps.join(' '));
  return m ? (m[1]!.toLowerCase() as BodySide) : null;
}

/**
 * The one adapter from an exercise to its session: the catalogue's values when
 * present, else ≈5 s get-ready seated/standing and ≈10 s on the floor, a
 * longer switch on the floor, and the first half of the steps as set-up.
 */
export function sessionSpec(exercise: Exercise): SessionSpec {
  const ex = exercise as Exercise & ContractFields;
  const floor = ex.position === 'floor';
  const stepCount = ex.steps.length;
  return {
    dose: ex.dose,
    getReadySeconds: positive(ex.getReadySeconds) ? ex.getReadySeconds : floor ? 10 : 5,
    switchSeconds: !ex.dose.perSide ? 0 : positive(ex.switchSeconds) ? ex.switchSeconds : floor ? 8 : 5,
    setupSteps: Math.min(
      Math.max(0, stepCount - 1),
      positive(ex.setupSteps) ? Math.floor(ex.setupSteps) : Math.floor(stepCount / 2),
    ),
    stepCount,
    firstSide: ex.dose.perSide ? (ex.firstSide ?? sideInSteps(ex.steps)) : null,
  };
}
