import { SIDE_SWITCH_SECONDS, type Dose } from '../content/exercise';

/**
 * The timeline of one guided session, derived from an exercise's dose.
 * Pure: times are milliseconds from the session start; nobody here reads a clock.
 */

/** A guided break lasts at least one minute; a shorter dose ends with an easy segment. */
export const SESSION_MS = 60_000;

/** Per-side work is done on the first side, then the second, never "left/right":
 *  the exercise steps decide which side comes first. */
export type Side = 'first' | 'second';

interface Span {
  startMs: number;
  endMs: number;
}

export type Segment =
  | (Span & { kind: 'hold'; side: Side | null; round: number; rounds: number })
  | (Span & { kind: 'reps'; side: Side | null; reps: number; msPerRep: number })
  /** Time to change sides; `to` is the side about to start. */
  | (Span & { kind: 'switch'; to: Side })
  /** The rest of the minute after the dose: relax and breathe. */
  | (Span & { kind: 'ease' });

/** A segment without its times (Omit distributed over the union). */
type SegmentBody = Segment extends infer S ? (S extends Segment ? Omit<S, 'startMs' | 'endMs'> : never) : never;

export interface SessionPoint {
  segment: Segment;
  index: number;
  /** The side being worked, or the side about to start during a switch; null when not per side. */
  side: Side | null;
  /** Current repetition (1-based) in a reps segment, else null. */
  rep: number | null;
  /** Time left in the whole session. */
  remainingMs: number;
  /** Time left in the current segment. */
  segmentRemainingMs: number;
  done: boolean;
}

const SIDES: readonly Side[] = ['first', 'second'];

/** Builds the session timeline for a dose. Always at least SESSION_MS long. */
export function sessionPlan(dose: Dose): Segment[] {
  const plan: Segment[] = [];
  let at = 0;
  const push = (seg: SegmentBody, ms: number) => {
    plan.push({ ...seg, startMs: at, endMs: at + ms } as Segment);
    at += ms;
  };
  const switchTo = (to: Side) => push({ kind: 'switch', to }, SIDE_SWITCH_SECONDS * 1000);
  const sides: readonly (Side | null)[] = dose.perSide ? SIDES : [null];

  if (dose.type === 'timed') {
    // Walking: one stretch of keep-going (the session view shows it like a single hold for now).
    push({ kind: 'hold', side: null, round: 1, rounds: 1 }, dose.seconds * 1000);
  } else if (dose.type === 'hold') {
    // Per side, rounds alternate sides so neither side waits long: 1st, 2nd, 1st, 2nd…
    for (let round = 1; round <= dose.rounds; round++) {
      for (const side of sides) {
        if (side && plan.length > 0) switchTo(side);
        push({ kind: 'hold', side, round, rounds: dose.rounds }, dose.holdSeconds * 1000);
      }
    }
  } else {
    const msPerRep = dose.secondsPerRep * 1000;
    for (const side of sides) {
      if (side && plan.length > 0) switchTo(side);
      push({ kind: 'reps', side, reps: dose.reps, msPerRep }, dose.reps * msPerRep);
    }
  }
  if (at < SESSION_MS) push({ kind: 'ease' }, SESSION_MS - at);
  return plan;
}

export function planDurationMs(plan: readonly Segment[]): number {
  return plan.at(-1)?.endMs ?? 0;
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
  const side = segment.kind === 'switch' ? segment.to : segment.kind === 'ease' ? null : segment.side;
  const rep =
    segment.kind === 'reps'
      ? Math.min(segment.reps, Math.floor((e - segment.startMs) / segment.msPerRep) + 1)
      : null;
  return { segment, index, side, rep, remainingMs: total - e, segmentRemainingMs: segment.endMs - e, done };
}

/**
 * Which of an exercise's `stepCount` steps to highlight. The steps are set-up
 * then movement: in each work segment the set-up steps share the first half
 * (at most 4 s each) and the last step stays lit for the rest. Switches and
 * the easy end highlight nothing (-1); a repeated round on the same side lights
 * only the last step.
 */
export function stepIndexAt(point: SessionPoint, stepCount: number): number {
  const { segment } = point;
  if (segment.kind === 'switch' || segment.kind === 'ease' || stepCount <= 0) return -1;
  if (stepCount === 1) return 0;
  // A later round on the same side needs no set-up again.
  if (segment.kind === 'hold' && segment.round > 1 && segment.side === null) return stepCount - 1;
  const length = segment.endMs - segment.startMs;
  const inSegment = length - point.segmentRemainingMs;
  const perStep = Math.min(4_000, length / 2 / (stepCount - 1));
  return Math.min(stepCount - 1, Math.floor(inSegment / perStep));
}
