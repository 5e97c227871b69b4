import { repPhaseAt, type SessionPoint } from './session-plan';

/** Which of an exercise's two drawings the running minute shows, and whether mirrored. */
export interface FrameChoice {
  which: 'start' | 'end';
  /** The second side of a per-side dose: the drawing reflected, as the other leg looks. */
  mirrored: boolean;
}

/**
 * The frame that matches the moment: the starting position while getting ready,
 * switching sides, resting between rounds or easing off; in a rep with phases, each
 * phase's drawing; in another rep, start for its first half and end (the movement's
 * far point) from the rep's midpoint; in a hold or a walk, the end position.
 * The drawings show the first side (side views face right, so the near leg is the right
 * one); a mirror image of a person using one leg is that person using the other, so the
 * second side is the same drawing reflected.
 */
export function frameAt(point: SessionPoint): FrameChoice {
  const s = point.segment;
  const mirrored = point.side === 'second';
  if (point.done) return { which: 'start', mirrored: false };
  if (s.kind === 'hold' || s.kind === 'timed') return { which: 'end', mirrored };
  if (s.kind === 'reps') {
    const inRep = (s.endMs - s.startMs - point.segmentRemainingMs) % s.msPerRep;
    // A rep with a hold shows each phase's drawing: the held position for the whole hold.
    if (s.phases) return { which: repPhaseAt(s.phases, inRep)?.frame ?? 'start', mirrored };
    return { which: inRep >= s.msPerRep / 2 ? 'end' : 'start', mirrored };
  }
  return { which: 'start', mirrored };
}
