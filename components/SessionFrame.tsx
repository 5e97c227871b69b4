import type { IllustrationFrames } from '../content/illustrations';

export interface SessionFrameProps {
  frames: IllustrationFrames;
  /** The frame the moment calls for (the running minute switches it in time with the reps). */
  which: 'start' | 'end';
  /** Reflected: the second side of a per-side dose. */
  mirrored: boolean;
  /** Show both frames side by side, labelled, instead of switching between them. */
  still: boolean;
  /** What the picture shows, for screen readers. */
  label: string;
  labels: { start: string; end: string };
}

function Drawing({ url, which, mirrored }: { url: string; which: 'start' | 'end'; mirrored: boolean }) {
  return (
    <svg
      class={`session-frame__svg session-frame__svg--${which}${mirrored ? ' is-mirrored' : ''}`}
      viewBox="0 0 120 120"
      aria-hidden="true"
      focusable="false"
    >
      <use href={`${url}#f`} />
    </svg>
  );
}

/**
 * The running minute's picture, large enough to follow from a step away: the current
 * frame alone, or, for users who asked for less motion, the start (grey) and end (solid)
 * frames side by side with their names, so nothing flips back and forth.
 */
export function SessionFrame({ frames, which, mirrored, still, label, labels }: SessionFrameProps) {
  if (!frames.start && !frames.end) return null;
  if (still) {
    const frame = (w: 'start' | 'end') => {
      const url = frames[w];
      return url ? (
        <figure class={`session-frame__still session-frame__still--${w}`} data-frame={w}>
          <Drawing url={url} which={w} mirrored={mirrored} />
          <figcaption>{labels[w]}</figcaption>
        </figure>
      ) : null;
    };
    return (
      <div class="session-frame session-frame--still" role="img" aria-label={label} data-testid="session-frame" data-mirrored={mirrored}>
        {frame('start')}
        {frame('end')}
      </div>
    );
  }
  const shown = frames[which] ? which : frames.start ? 'start' : 'end';
  return (
    <div class="session-frame" role="img" aria-label={label} data-testid="session-frame" data-frame={shown} data-mirrored={mirrored}>
      <Drawing url={frames[shown]!} which={shown} mirrored={mirrored} />
    </div>
  );
}
