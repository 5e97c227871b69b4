import { HALFWAY_MIN_MS, isWork, planDurationMs, type Segment, type Side } from './session-plan';

/**
 * What the coach says or plays, and when, for one session plan. Pure: the
 * player decides how a cue sounds (a tone or a spoken line) or stays silent.
 */
export type Cue =
  /** Start working (after get-ready, after a switch, a new round): which side. */
  | { kind: 'begin'; side: Side | null; walk: boolean }
  /** The start of rep `n` (n ≥ 2; rep 1 is the `begin`). */
  | { kind: 'rep'; n: number }
  | { kind: 'halfway' }
  /** Change sides now; `to` is the side about to start. */
  | { kind: 'switch'; to: Side }
  /** 3-2-1 before a get-ready, a hold or a walk ends, and before the session ends. */
  | { kind: 'count'; n: 1 | 2 | 3 }
  | { kind: 'done' };

export interface TimedCue {
  atMs: number;
  cue: Cue;
}

const COUNT = [3, 2, 1] as const;

/** Every cue of a plan, in time order. At most one cue at any instant. */
export function cueSchedule(plan: readonly Segment[]): TimedCue[] {
  const total = planDurationMs(plan);
  const at = new Map<number, Cue>();
  // Later calls win a shared instant: a begin beats the count that led to it.
  const put = (ms: number, cue: Cue) => {
    if (ms >= 0 && ms <= total) at.set(ms, cue);
  };
  const countdownTo = (endMs: number, fromMs: number) => {
    COUNT.forEach((n) => {
      const ms = endMs - n * 1000;
      if (ms > fromMs) put(ms, { kind: 'count', n });
    });
  };

  for (const seg of plan) {
    const length = seg.endMs - seg.startMs;
    // Get-ready and the rest between rounds count down into the hold that follows.
    if (seg.kind === 'ready' || seg.kind === 'rest') countdownTo(seg.endMs, seg.startMs);
    if (seg.kind === 'switch') put(seg.startMs, { kind: 'switch', to: seg.to });
    if (!isWork(seg)) continue;
    if (seg.kind !== 'reps') countdownTo(seg.endMs, seg.startMs + length / 2);
    if (seg.kind !== 'reps' && length >= HALFWAY_MIN_MS) put(seg.startMs + Math.round(length / 2), { kind: 'halfway' });
    if (seg.kind === 'reps') for (let n = 2; n <= seg.reps; n++) put(seg.startMs + (n - 1) * seg.msPerRep, { kind: 'rep', n });
    put(seg.startMs, { kind: 'begin', side: seg.kind === 'timed' ? null : seg.side, walk: seg.kind === 'timed' });
  }
  // The end of the session: holds and walks count down by themselves; reps
  // and a relaxed ending long enough to hear it get their own 3-2-1.
  const last = plan.at(-1);
  if (last && (last.kind === 'reps' || (last.kind === 'ease' && last.endMs - last.startMs >= 4_000))) {
    countdownTo(total, last.startMs);
  }
  put(total, { kind: 'done' });
  return [...at].sort(([a], [b]) => a - b).map(([atMs, cue]) => ({ atMs, cue }));
}

/**
 * The cue to play for a tick that moved the session from `fromMs` to `toMs`
 * (exclusive, inclusive). When a throttled popup skipped several, only the
 * latest plays: a burst of stale beeps helps nobody.
 */
export function dueCue(schedule: readonly TimedCue[], fromMs: number, toMs: number): Cue | null {
  let due: Cue | null = null;
  for (const c of schedule) {
    if (c.atMs > toMs) break;
    if (c.atMs > fromMs) due = c.cue;
  }
  return due;
}
