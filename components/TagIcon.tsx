import type { Equipment, ExercisePosition } from '../core/exercise';

export type TagIconName = ExercisePosition | Equipment;

/** 16×16 line drawings, stroked in currentColor so they follow the theme. */
const PATHS: Record<TagIconName, string> = {
  seated: 'M6 5.5v5h5v4.5M3.5 8v7M6 7.5h3.5',
  standing: 'M8 5.5v5M8 10.5 5.5 15M8 10.5l2.5 4.5M5 7.5h6',
  floor: 'M5.5 10.5h5l3 3.5M1 14.5h14',
  none: 'M3.8 12.2 12.2 3.8',
  chair: 'M4.5 1.5v13M4.5 9h7.5v5.5',
  desk: 'M1 5h14M3 5v10M13 5v10M9 5v4h4',
  band: 'M2.5 8c0-3.2 11-3.2 11 0s-11 3.2-11 0',
  ball: 'M3.5 6.5c3 1.5 6 1.5 9 0M3.5 9.5c3-1.5 6-1.5 9 0',
};
/** Heads for the figures, and the ring of the "no equipment" sign. */
const CIRCLES: Partial<Record<TagIconName, [number, number, number]>> = {
  seated: [6, 3, 1.7],
  standing: [8, 3, 1.7],
  floor: [3, 10, 1.7],
  none: [8, 8, 6],
  ball: [8, 8, 5.5],
};

/** A small decorative icon; the tag's text says the same thing. */
export function TagIcon({ name }: { name: TagIconName }) {
  const c = CIRCLES[name];
  return (
    <svg class="tag-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {c && <circle cx={c[0]} cy={c[1]} r={c[2]} />}
      <path d={PATHS[name]} />
    </svg>
  );
}
