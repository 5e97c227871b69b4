import type { Exercise } from '../../core/exercise';
import { startSession, type GuidedSession } from '../../core/session/guided-session';
import { planDurationMs, sessionPlan } from '../../core/session/session-plan';
import { sessionSpec } from '../../core/session/session-spec';

/**
 * A new guided minute for this exercise, started at `now`, with its planned length (get-ready,
 * the dose and switches): the worker ends an unfinished minute then. In the session chunk
 * with the view, so the timeline code loads on Start, not with the popup.
 */
export function sessionFor(exercise: Exercise, now: number): { session: GuidedSession; plannedMs: number } {
  const plannedMs = planDurationMs(sessionPlan(sessionSpec(exercise)));
  return { session: startSession(exercise.id, now, plannedMs), plannedMs };
}
