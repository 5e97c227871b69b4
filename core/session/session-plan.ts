import type { Dose, RepPhase } from '../exercise';
import { REST_BETWEEN_ROUNDS_MS } from './dose';
import { SESSION_MS } from './guided-session';
import type { SessionSpec } from './session-spec';

/**
 * The timeline of one guided session, derived from an exercise's session spec.
 * Pure: times are milliseconds from the session start; nobody here reads a clock.
 */

// Defined beside the stored session, which every page reads: importing it from here would
// bring this timeline code into the popup's first paint.
export { SESSION_MS };
/** Holds (and walks) at least this long get a halfway call. */
export const HALFWAY_MIN_MS = 20_000;

/** Per-side work is done on the first side, then the second; the spec's
 *  `firstSide` says which leg that is. */
export type Side = 'first' | 'second';

interface Span {
  startMs: number;
  endMs: number;
}

export type Segment =
  /** Before the dose: get into the starting position. Not part of the dose. */
  | (Span & { kind: 'ready' })
  | (Span & { kind: 'hold'; side: Side | null; round: number; rounds: number })
  | (Span & { kind: 'reps'; side: Side | null; reps: number; msPerRep: number; phases?: readonly RepPhase[] })
  /** Walking: keep going for the time, no reps, no hold. */
  | (Span & { kind: 'timed' })
  /** Time to change sides; `to` is the side about to start. */
  | (Span & { kind: 'switch'; to: Side })
  /** Between two rounds of a hold on one side: come out of it and breathe; `next` is the round after. */
  | (Span & { kind: 'rest'; next: number; rounds: number })
  /** The rest of the minute after the dose: relax and breathe. */
  | (Span & { kind: 'ease' });

export type WorkSegment = Extract<Segment, { kind: 'hold' | 'reps' | 'timed' }>;

/** A segment without its times (Omit distributed over the union). */
type SegmentBody = Segment extends infer S ? (S extends Segment ? Omit<S, 'startMs' | 'endMs'> : never) : never;

export interface SessionPoint {
  segment: Segment;
  index: number;
  /** The side being worked, or the side about to start during a switch; null when not per side. */
  side: Side | null;
  /** Current repetition (1-based) in a reps segment, else null. */
  rep: number | null;
  /** Time left in the whole session (get-ready included while it runs). */
  remainingMs: number;
  /** Time left in the current segment. */
  segmentRemainingMs: number;
  done: boolean;
}

const SIDES: readonly Side[] = ['first', 'second'];

export const isWork = (s: Segment): s is WorkSegment => s.kind === 'hold' || s.kind === 'reps' || s.kind === 'timed';

/** Builds the session timeline: get-ready, then the dose, padded to a minute. */
export function sessionPlan(spec: Pick<SessionSpec, 'dose' | 'getReadySeconds' | 'switchSeconds'>): Segment[] {
  const dose: Dose = spec.dose;
  const plan: Segment[] = [];
  let at = 0;
  const push = (seg: SegmentBody, ms: number) => {
    if (ms <= 0) return;
    plan.push({ ...seg, startMs: at, endMs: at + ms } as Segment);
    at += ms;
  };
  push({ kind: 'ready' }, spec.getReadySeconds * 1000);
  const doseStart = at;
  let worked = false;
  const switchTo = (to: Side) => {
    if (worked) push({ kind: 'switch', to }, spec.switchSeconds * 1000);
    worked = true;
  };
  const sides: readonly (Side | null)[] = dose.perSide ? SIDES : [null];

  if (dose.type === 'timed') {
    push({ kind: 'timed' }, dose.seconds * 1000);
  } else if (dose.type === 'hold') {
    // Per side, rounds alternate sides so neither side waits long: 1st, 2nd, 1st, 2nd…
    for (let round = 1; round <= dose.rounds; round++) {
      // One side only: the rounds follow each other, so a short rest comes between them.
      if (!dose.perSide && round > 1) push({ kind: 'rest', next: round, rounds: dose.rounds }, REST_BETWEEN_ROUNDS_MS);
      for (const side of sides) {
        if (side) switchTo(side);
        push({ kind: 'hold', side, round, rounds: dose.rounds }, dose.holdSeconds * 1000);
      }
    }
  } else {
    const msPerRep = dose.secondsPerRep * 1000;
    for (const side of sides) {
      if (side) switchTo(side);
      push({ kind: 'reps', side, reps: dose.reps, msPerRep, ...(dose.phases ? { phases: dose.phases } : {}) }, dose.reps * msPerRep);
    }
  }
  push({ kind: 'ease' }, doseStart + SESSION_MS - at);
  return plan;
}

export function planDurationMs(plan: readonly Segment[]): number {
  return plan.at(-1)?.endMs ?? 0;
}

/** Length of the get-ready at the start of the plan (0 when there is none). */
export function readyMs(plan: readonly Segment[]): number {
  const first = plan[0];
  return first?.kind === 'ready' ? first.endMs : 0;
}

/** Where the session stands `elapsedMs` after it started (clamped to the plan). */
export function sessionAt(plan: readonly Segment[], elapsedMs: number): SessionPoint {
  const total = planDurationMs(plan);
  const e = Math.min(Math.max(elapsedMs, 0), total);
  const done = e >= total;
  let index = done ? plan.length - 1 : plan.findIndex((s) => e < s.endMs);
  if (index < 0) index = 0;
  const segment = plan[index];
  if (!segment) throw new Error('sessionAt: empty plan');
  const side = segment.kind === 'switch' ? segment.to : segment.kind === 'hold' || segment.kind === 'reps' ? segment.side : null;
  const rep = segment.kind === 'reps' ? Math.min(segment.reps, Math.floor((e - segment.startMs) / segment.msPerRep) + 1) : null;
  return { segment, index, side, rep, remainingMs: total - e, segmentRemainingMs: segment.endMs - e, done };
}

/** What is left of the get-ready `elapsedMs` into the session (0 once the dose runs). */
export function readyLeftMs(plan: readonly Segment[], elapsedMs: number): number {
  return Math.max(0, readyMs(plan) - Math.max(0, elapsedMs));
}

/** The phase of a phased rep `inRepMs` into it (the last one if the phases fall short). */
export function repPhaseAt(phases: readonly RepPhase[], inRepMs: number): RepPhase | undefined {
  let end = 0;
  for (const phase of phases) {
    end += phase.seconds * 1000;
    if (inRepMs < end) return phase;
  }
  return phases.at(-1);
}

/**
 * Which step to highlight. The steps are set-up (the first `setupSteps`) then
 * movement. Get-ready and side switches walk through the set-up steps; a rep
 * with phases lights each phase's step for as long as the phase lasts (a 5-s
 * hold is lit 5 s); other reps walk through the movement steps once per rep;
 * holds and walks light the leading movement steps (at most 3 s each, within
 * the first half) and keep the last one lit. Rests and the easy end light nothing (-1).
 */
export function stepIndexAt(point: SessionPoint, spec: Pick<SessionSpec, 'setupSteps' | 'stepCount'>): number {
  const { segment } = point;
  const { stepCount } = spec;
  if (segment.kind === 'ease' || segment.kind === 'rest' || stepCount <= 0) return -1;
  const setup = Math.min(spec.setupSteps, stepCount - 1);
  const length = segment.endMs - segment.startMs;
  const inSegment = length - point.segmentRemainingMs;
  const walk = (first: number, count: number, spanMs: number, atMs: number) =>
    first + Math.min(count - 1, Math.floor((atMs * count) / spanMs));

  if (segment.kind === 'ready' || segment.kind === 'switch') return setup > 0 ? walk(0, setup, length, inSegment) : 0;
  const moves = stepCount - setup;
  if (segment.kind === 'reps' && segment.phases) {
    return Math.min(stepCount - 1, setup + (repPhaseAt(segment.phases, inSegment % segment.msPerRep)?.step ?? 0));
  }
  if (moves === 1) return setup;
  if (segment.kind === 'reps') return walk(setup, moves, segment.msPerRep, inSegment % segment.msPerRep);
  const perStep = Math.min(3_000, length / 2 / (moves - 1));
  return Math.min(stepCount - 1, setup + Math.floor(inSegment / perStep));
}
