// @vitest-environment happy-dom
import { otherSideSteps } from '../../core/session/other-side';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../../core/exercise';
import type { SoundMode } from '../../core/settings/settings';
import { startSession, type GuidedSession } from '../../core/session/guided-session';
import { describeHeard, fakeSound } from './fake-sound';
import { PIGEON, SQUEEZE, T0, WALK } from './session-fixtures';
import { advanceTicks as advance, TickingSession } from './ticking-session';

/**
 * The guided minute as a user follows it: get-ready, the leg and rep as the
 * big figure, the lit step, the switch, and what they hear. The view is driven
 * as the popup drives it (a 250 ms tick, controls as callbacks).
 */

type Sound = ReturnType<typeof fakeSound>;
let sound: Sound;
const skipped: number[] = [];

async function open(exercise: Exercise, mode: SoundMode = 'tones', initial?: GuidedSession) {
  render(
    <TickingSession exercise={exercise} mode={mode} initial={initial} soundEnv={sound.env} onSkipped={(leftMs) => skipped.push(leftMs)} />,
  );
  await advance(0);
}
const title = () => screen.getByTestId('session-title').textContent;
const figure = () => document.querySelector('.ring__value')?.textContent;
const caption = () => document.querySelector('.ring__caption')?.textContent ?? '';
const lit = () => document.querySelector('[aria-current="step"]')?.textContent ?? null;
const heard = () => sound.heard.map(describeHeard);
/** Steps through the session a second at a time, noting the face at each of `seconds`. */
async function facesAt(seconds: number[]) {
  const seen: string[] = [];
  let at = 0;
  for (const s of seconds) {
    await advance(s * 1000 - at);
    at = s * 1000;
    seen.push(`${s}s ${title()} | ${figure()} ${caption()} | ${lit()}`);
  }
  return seen;
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  sound = fakeSound(T0, [{ name: 'Local English', lang: 'en-US', localService: true }]);
  skipped.length = 0;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a reps dose (10 × 5 s after a 5 s get-ready)', () => {
  it('gets ready on the set-up steps, then counts reps on the movement steps, paced by the dose', async () => {
    await open(SQUEEZE);
    expect(await facesAt([0, 3, 4.75, 5, 7.5, 9.75, 10, 32.5, 54.75, 55, 64.75])).toEqual([
      `0s Get ready | 5 to start | ${SQUEEZE.steps[0]}`,
      `3s Get ready | 2 to start | ${SQUEEZE.steps[1]}`,
      `4.75s Get ready | 1 to start | ${SQUEEZE.steps[1]}`,
      `5s Reps | 1/10 reps | ${SQUEEZE.steps[2]}`,
      `7.5s Reps | 1/10 reps | ${SQUEEZE.steps[3]}`,
      `9.75s Reps | 1/10 reps | ${SQUEEZE.steps[3]}`,
      `10s Reps | 2/10 reps | ${SQUEEZE.steps[2]}`,
      `32.5s Reps | 6/10 reps | ${SQUEEZE.steps[3]}`,
      `54.75s Reps | 10/10 reps | ${SQUEEZE.steps[3]}`,
      `55s Relax and breathe | 10 Relax | null`,
      `64.75s Relax and breathe | 1 Relax | null`,
    ]);
  });

  it('keeps the get-ready out of the minute: the break still has 60 s left when the reps begin', async () => {
    await open(SQUEEZE);
    expect(screen.getByTestId('session-left').textContent).toBe('60 s left in this break');
    await advance(5_000);
    expect(screen.getByTestId('session-left').textContent).toBe('60 s left in this break');
    await advance(30_000);
    expect(screen.getByTestId('session-left').textContent).toBe('30 s left in this break');
  });

  it('"Start now" skips what is left of the get-ready and starts rep 1 at once', async () => {
    await open(SQUEEZE);
    await advance(2_000);
    fireEvent.click(screen.getByRole('button', { name: 'Start now' }));
    await advance(0);
    expect(skipped).toEqual([3_000]);
    expect([title(), figure(), lit()]).toEqual(['Reps', '1/10', SQUEEZE.steps[2]]);
    expect(screen.queryByRole('button', { name: 'Start now' })).toBeNull();
    expect(heard()).toEqual(['2s beep', '2s begin']);
  });
});

describe('a per-side hold on the floor (10 s get-ready, 25 s right leg, 10 s switch, 25 s left leg)', () => {
  it('names the leg the steps start with, gives the switch its own 10 s, and lights the steps by phase', async () => {
    const LEFT = otherSideSteps(PIGEON.steps, 'en');
    expect(LEFT.join(' ')).toMatch(/\bleft\b/);
    expect(LEFT).not.toEqual(PIGEON.steps);
    await open(PIGEON);
    expect(await facesAt([0, 5, 10, 16, 34.75, 35, 40, 44.75, 45, 69.75, 70])).toEqual([
      `0s Right leg first | 10 Get ready | ${PIGEON.steps[0]}`,
      `5s Right leg first | 5 Get ready | ${PIGEON.steps[1]}`,
      `10s Right leg | 25 Hold | ${PIGEON.steps[2]}`,
      `16s Right leg | 19 Hold | ${PIGEON.steps[3]}`,
      `34.75s Right leg | 1 Hold | ${PIGEON.steps[3]}`,
      // From the switch on, the steps name the left side ("your left knee forward").
      `35s Switch to: Left leg | 10 Switch sides | ${LEFT[0]}`,
      `40s Switch to: Left leg | 5 Switch sides | ${LEFT[1]}`,
      `44.75s Switch to: Left leg | 1 Switch sides | ${LEFT[1]}`,
      `45s Left leg | 25 Hold | ${LEFT[2]}`,
      `69.75s Left leg | 1 Hold | ${LEFT[3]}`,
      `70s Well done | ✓  | null`,
    ]);
  });

  it('keeps the caution on screen from get-ready to Done', async () => {
    await open(PIGEON);
    let at = 0;
    for (const s of [0, 10, 35, 45, 60]) {
      await advance(s * 1000 - at);
      at = s * 1000;
      expect(screen.getByTestId('session-caution').textContent).toContain(PIGEON.caution);
    }
    await advance(70_000 - at);
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
    expect(screen.getByTestId('session-caution').textContent).toContain(PIGEON.caution);
  });
});

describe('a walk (timed dose)', () => {
  it('says Walk and Keep going, never Hold', async () => {
    await open(WALK);
    await advance(5_000);
    expect([title(), caption()]).toEqual(['Walk', 'Keep going']);
    await advance(30_000);
    expect(document.body.textContent).not.toMatch(/\bHold\b/);
  });
});

describe('what the user hears', () => {
  it('tones: 3-2-1 into the reps, a soft tick per rep, 3-2-1 before the end, a chime at the end', async () => {
    await open(SQUEEZE, 'tones');
    await advance(66_000);
    expect(heard()).toEqual([
      '2s beep',
      '3s beep',
      '4s beep',
      '5s begin',
      ...[10, 15, 20, 25, 30, 35, 40, 45, 50].map((s) => `${s}s tick`),
      '62s beep',
      '63s beep',
      '64s beep',
      '65s chime',
    ]);
  });

  it('tones: a distinct call at the side switch and a halfway call in each long hold', async () => {
    await open(PIGEON, 'tones');
    await advance(71_000);
    expect(heard()).toEqual([
      '7s beep',
      '8s beep',
      '9s beep',
      '10s begin',
      '22.5s halfway',
      '32s beep',
      '33s beep',
      '34s beep',
      '35s switch',
      '45s begin',
      '57.5s halfway',
      '67s beep',
      '68s beep',
      '69s beep',
      '70s chime',
    ]);
  });

  it('voice: a local voice calls the side, the halfway point, the switch and the count', async () => {
    await open(PIGEON, 'voice');
    await advance(71_000);
    expect(heard()).toEqual([
      '7s «3»',
      '8s «2»',
      '9s «1»',
      '10s «Begin. Right leg.»',
      '22.5s «Halfway there.»',
      '32s «3»',
      '33s «2»',
      '34s «1»',
      '35s «Switch sides. Left leg next.»',
      '45s «Begin. Left leg.»',
      '57.5s «Halfway there.»',
      '67s «3»',
      '68s «2»',
      '69s «1»',
      '70s «Done. Nice work.»',
    ]);
    // Leaving the session view releases the audio device.
    cleanup();
    expect(sound.contexts.length).toBeGreaterThan(0);
    expect(sound.contexts.every((c) => c.closed)).toBe(true);
  });

  it.each<[string, Partial<SpeechSynthesisVoice>[]]>([
    ['no voice at all (Firefox on Linux)', []],
    ['only an online voice', [{ name: 'Cloud English', lang: 'en-US', localService: false }]],
    ['only a local voice in another language', [{ name: 'Lokal', lang: 'de-DE', localService: true }]],
  ])('voice falls back to tones with %s', async (_, voices) => {
    sound = fakeSound(T0, voices);
    await open(SQUEEZE, 'voice');
    await advance(11_000);
    expect(heard()).toEqual(['2s beep', '3s beep', '4s beep', '5s begin', '10s tick']);
  });

  it('off: nothing plays, no audio context is even created', async () => {
    await open(PIGEON, 'off');
    await advance(71_000);
    expect(heard()).toEqual([]);
    expect(sound.contexts).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('plays nothing while paused, and picks up after Resume', async () => {
    await open(SQUEEZE, 'tones');
    await advance(6_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(30_000);
    expect(heard().at(-1)).toBe('5s begin');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(4_000);
    expect(heard().at(-1)).toBe('40s tick');
  });

  it('a popup reopened mid-session does not replay the cues it missed', async () => {
    await open(SQUEEZE, 'tones', startSession(SQUEEZE.id, T0 - 32_000));
    await advance(3_000);
    expect(heard()).toEqual(['3s tick']);
  });

  it('screen readers keep their few announcements: the switch, the last ten seconds, the end', async () => {
    await open(PIGEON, 'off');
    const said = new Set<string>();
    for (let s = 0; s <= 70; s++) {
      said.add(screen.getByTestId('announce').textContent ?? '');
      await advance(1_000);
    }
    expect([...said]).toEqual([
      '',
      'Switch to the other side.',
      ...[10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => (n === 1 ? '1 second left' : `${n} seconds left`)),
      'Time is up. Well done!',
    ]);
  });
});
