import type { Dose, Exercise } from '../exercise';

export type BodySide = 'left' | 'right';

/** Everything the guided minute needs from an exercise. */
export interface SessionSpec {
  dose: Dose;
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

/**
 * The one adapter from an exercise to its guided minute: the catalogue's
 * get-ready and switch times, set-up steps and first side (the catalogue's
 * schema requires them), with the last step always kept for the movement.
 */
export function sessionSpec(ex: Exercise): SessionSpec {
  const stepCount = ex.steps.length;
  return {
    dose: ex.dose,
    getReadySeconds: ex.getReadySeconds,
    switchSeconds: ex.dose.perSide ? ex.switchSeconds : 0,
    setupSteps: Math.min(Math.max(0, stepCount - 1), ex.setupSteps),
    stepCount,
    firstSide: ex.dose.perSide ? (ex.firstSide ?? null) : null,
  };
}
