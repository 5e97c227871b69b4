import type { ComponentChildren } from 'preact';

const R = 54;
const C = 2 * Math.PI * R;

export interface CountdownRingProps {
  /** Share of the time still left, 1 → full ring, 0 → empty. */
  remaining: number;
  /** Big text in the middle, e.g. the seconds left. */
  value: string;
  /** Smaller line under the value, e.g. "Rep 3 of 10". */
  caption?: ComponentChildren;
  /** Accessible description of the timer (read on demand, not announced). */
  label: string;
  /** Accent the ring (e.g. while switching sides). */
  tone?: 'normal' | 'alert' | 'paused';
}

/**
 * A large SVG ring that empties as time runs out. The stroke animates with a
 * short CSS transition between ticks; prefers-reduced-motion turns that off.
 */
export function CountdownRing({ remaining, value, caption, label, tone = 'normal' }: CountdownRingProps) {
  const left = Math.min(1, Math.max(0, remaining));
  return (
    <div class={`ring ring--${tone}`} role="timer" aria-label={label}>
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="ring__track" cx="60" cy="60" r={R} />
        <circle
          class="ring__bar"
          cx="60"
          cy="60"
          r={R}
          stroke-dasharray={C.toFixed(2)}
          stroke-dashoffset={(C * (1 - left)).toFixed(2)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div class="ring__center" aria-hidden="true">
        <span class="ring__value">{value}</span>
        {caption && <div class="ring__caption">{caption}</div>}
      </div>
    </div>
  );
}
