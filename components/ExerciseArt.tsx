import type { IllustrationFrames } from '../content/illustrations';

export interface ExerciseArtProps {
  frames: IllustrationFrames;
  /** What the picture shows, for screen readers. */
  label: string;
  class?: string;
}

/**
 * An exercise's start and end frames stacked: the start grey behind, the end solid in
 * front. Each frame is the SVG file referenced through `<use>` (no script, no inlined
 * markup), so it inherits `color` for its strokes and `--target-fill` for the muscle.
 */
export function ExerciseArt({ frames, label, class: className = 'art' }: ExerciseArtProps) {
  const frame = (which: 'start' | 'end') => {
    const url = frames[which];
    return url ? (
      <svg class={`art__frame art__frame--${which}`} viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <use href={`${url}#f`} />
      </svg>
    ) : null;
  };
  return (
    <div class={`${className}${frames.start || frames.end ? '' : ` ${className}--empty`}`} role="img" aria-label={label}>
      {frame('start')}
      {frame('end')}
    </div>
  );
}
