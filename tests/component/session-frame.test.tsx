// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../../core/exercise';
import { fakeSound } from './fake-sound';
import { PIGEON, SQUEEZE, T0 } from './session-fixtures';
import { advanceTicks as advance, TickingSession } from './ticking-session';

/**
 * The picture in the running minute, as a user glancing over from a step away sees it:
 * the starting position while getting ready, the two frames in time with each rep, the
 * end position in a hold, the drawing mirrored for the second leg; with reduced motion,
 * both frames side by side and nothing switching.
 */
const framesOf = (id: string) => ({ start: `/illustrations/${id}-start.svg`, end: `/illustrations/${id}-end.svg` });

/** The minute as the popup runs it, with the catalogue's frames for the exercise. */
const Popup = ({ exercise }: { exercise: Exercise }) => (
  <TickingSession exercise={exercise} frames={framesOf(exercise.id)} soundEnv={fakeSound(T0).env} />
);

/** What the picture shows: the file(s) drawn, and "mirrored" for the second leg. */
function picture(): string {
  const frame = screen.getByTestId('session-frame');
  const files = [...frame.querySelectorAll('use')].map((u) => /([a-z]+-(?:start|end))\.svg/.exec(u.getAttribute('href') ?? '')?.[1]);
  const mirrored = frame.querySelector('.is-mirrored') ? ' mirrored' : '';
  return `${files.join(' + ')}${mirrored}`;
}
/** The picture at each of `seconds` into the session (ascending). */
async function picturesAt(exercise: Exercise, seconds: number[]) {
  render(<Popup exercise={exercise} />);
  await advance(0);
  let at = 0;
  const seen: [number, string][] = [];
  for (const s of seconds) {
    await advance(s * 1000 - at);
    at = s * 1000;
    seen.push([s, picture()]);
  }
  return seen;
}

function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  preferReducedMotion(false);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the picture follows a reps dose (10 × 5 s after a 5 s get-ready)', () => {
  const expected: [number, string][] = [
    [0, 'squeeze-start'], // get ready: the starting position
    [4.75, 'squeeze-start'],
    [5, 'squeeze-start'], // rep 1 begins where the get-ready left off
    [7.25, 'squeeze-start'],
    [7.5, 'squeeze-end'], // the rep's midpoint: the far point of the movement
    [9.75, 'squeeze-end'],
    [10, 'squeeze-start'], // rep 2
    [12.5, 'squeeze-end'],
    [54.75, 'squeeze-end'], // rep 10, second half
    [55, 'squeeze-start'], // relax: back to the starting position
  ];
  it.each(expected)('%s s into the session it shows %s', async (s, shown) => {
    expect(await picturesAt(SQUEEZE, [s])).toEqual([[s, shown]]);
  });

  it('switches frames twice per rep, in time with the 5 s tempo, through the whole set', async () => {
    const seconds = Array.from({ length: 20 }, (_, i) => 5 + i * 2.5);
    const seen = await picturesAt(SQUEEZE, seconds);
    expect(seen.map(([, p]) => p)).toEqual(seconds.map((_, i) => (i % 2 ? 'squeeze-end' : 'squeeze-start')));
  });

  it('puts the current frame beside the ring, named for screen readers (its size is checked in real Chromium)', async () => {
    render(<Popup exercise={SQUEEZE} />);
    await advance(0);
    const frame = screen.getByTestId('session-frame');
    expect(frame.closest('.session__stage')).not.toBeNull();
    expect(frame.getAttribute('aria-label')).toBe('A person on a chair.');
  });
});

describe('the picture follows a per-side hold (right leg, switch, left leg)', () => {
  it('shows the start while getting ready, the end through each hold, and mirrors it for the left leg', async () => {
    expect(await picturesAt(PIGEON, [0, 9.75, 10, 20, 34.75, 35, 44.75, 45, 60, 69.75, 70])).toEqual([
      [0, 'pigeon-start'],
      [9.75, 'pigeon-start'],
      [10, 'pigeon-end'],
      [20, 'pigeon-end'],
      [34.75, 'pigeon-end'],
      [35, 'pigeon-start mirrored'], // switch: get into the start position on the other leg
      [44.75, 'pigeon-start mirrored'],
      [45, 'pigeon-end mirrored'],
      [60, 'pigeon-end mirrored'],
      [69.75, 'pigeon-end mirrored'],
      [70, 'pigeon-start'], // done
    ]);
  });
});

describe('with prefers-reduced-motion: reduce', () => {
  it.each([
    ['a reps dose', SQUEEZE, [0, 5, 7.5, 10, 30]],
    ['a per-side hold', PIGEON, [0, 12, 30]],
  ] as const)('%s shows both frames, labelled, and never switches them', async (_, exercise, seconds) => {
    preferReducedMotion(true);
    const seen = await picturesAt(exercise, [...seconds]);
    expect(seen.map(([, p]) => p)).toEqual(seconds.map(() => `${exercise.id}-start + ${exercise.id}-end`));
    const frame = screen.getByTestId('session-frame');
    expect([...frame.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['Start position', 'End position']);
    expect(frame.querySelector('.session-frame__still--start .session-frame__svg--start')).not.toBeNull();
  });

  it('mirrors both frames for the second leg', async () => {
    preferReducedMotion(true);
    expect(await picturesAt(PIGEON, [50])).toEqual([[50, 'pigeon-start + pigeon-end mirrored']]);
    expect(screen.getByTestId('session-frame').querySelectorAll('.is-mirrored')).toHaveLength(2);
  });
});

it('shows no picture when the catalogue has no frames for the exercise', async () => {
  render(<TickingSession exercise={SQUEEZE} soundEnv={fakeSound(T0).env} />);
  await advance(0);
  expect(screen.queryByTestId('session-frame')).toBeNull();
  expect(screen.getByRole('timer')).toBeTruthy();
});
