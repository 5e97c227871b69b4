// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { playChime } from '../../entrypoints/popup/chime';
import { loadSessionView } from '../../entrypoints/popup/session-view-loader';
import { mountPopup, REPS, SIDE_HOLD, T0, trackerAt } from './popup-fixtures';

vi.mock('../../entrypoints/popup/chime', () => ({ playChime: vi.fn() }));

const advance = (ms: number) => act(async () => {
  await vi.advanceTimersByTimeAsync(ms);
});
/** The caption's lines joined with " · ", e.g. "Hold · First side". */
const caption = () => [...document.querySelectorAll('.ring__caption span')].map((s) => s.textContent).join(' · ');
const secondsLeft = () => document.querySelector('.ring__value')?.textContent;
const announced = () => screen.getByTestId('announce').textContent;
/** The actions of one kind the popup sent to the worker. */
const sent = (kind: string) =>
  vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.filter(([m]) => (m as { action?: { kind?: string } }).action?.kind === kind);

async function startWith(exerciseId: string, settings = {}) {
  await mountPopup({ tracker: trackerAt(Date.now(), { exerciseId }), settings });
  fireEvent.click(screen.getByRole('button', { name: 'Start · 1 minute' }));
  // The session view is its own chunk; let it arrive (the fake clock stands still meanwhile).
  await act(async () => {
    await loadSessionView();
  });
  await advance(0);
}

beforeEach(() => {
  vi.mocked(playChime).mockClear();
  vi.useFakeTimers({ now: T0 });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('guided session: per-side hold (25 s, switch, 25 s, ease)', () => {
  it.each([
    [0, '60', 'Hold · First side', ''],
    [24_750, '36', 'Hold · First side', ''],
    [25_000, '35', 'Switch sides', 'Switch to the other side.'],
    [29_750, '31', 'Switch sides', 'Switch to the other side.'],
    [30_000, '30', 'Hold · Second side', ''],
    [50_000, '10', 'Hold · Second side', '10 seconds left'],
    [55_000, '5', 'Relax and breathe', '5 seconds left'],
  ])('at %i ms shows %s s left, "%s", and announces "%s"', async (ms, left, cue, announcement) => {
    await startWith(SIDE_HOLD.id);
    await advance(ms);
    expect([secondsLeft(), caption(), announced()]).toEqual([left, cue, announcement]);
  });

  it('announces nothing during the quiet stretches, not every second', async () => {
    await startWith(SIDE_HOLD.id);
    const heard = new Set<string>();
    for (let s = 0; s < 60; s++) {
      heard.add(announced() ?? '');
      await advance(1_000);
    }
    expect([...heard]).toEqual([
      '', 'Switch to the other side.',
      ...[10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => `${n} seconds left`),
    ]);
  });

  it('highlights the current step and none during the switch', async () => {
    await startWith(SIDE_HOLD.id);
    const current = () => document.querySelector('[aria-current="step"]')?.textContent ?? null;
    expect(current()).toBe(SIDE_HOLD.steps[0]);
    await advance(20_000);
    expect(current()).toBe(SIDE_HOLD.steps[3]);
    await advance(6_000);
    expect(current()).toBeNull();
  });
});

describe('guided session: reps paced by the dose (10 × 5 s)', () => {
  it.each([
    [0, 'Rep 1 of 10'],
    [4_750, 'Rep 1 of 10'],
    [5_000, 'Rep 2 of 10'],
    [27_500, 'Rep 6 of 10'],
    [45_000, 'Rep 10 of 10'],
    [50_000, 'Relax and breathe'],
  ])('at %i ms the counter reads "%s"', async (ms, text) => {
    await startWith(REPS.id);
    await advance(ms);
    expect(caption()).toBe(text);
  });
});

describe('completion', () => {
  it('offers Done only when the minute is up, focused, with a chime when sound is on', async () => {
    await startWith(REPS.id, { sound: true });
    await advance(59_750);
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    expect(playChime).not.toHaveBeenCalled();
    await advance(250);
    const done = screen.getByRole('button', { name: 'Done' });
    expect(document.activeElement).toBe(done);
    expect(announced()).toBe('Time is up. Well done!');
    expect(playChime).toHaveBeenCalledTimes(1);
  });

  it('stays silent when sound is off', async () => {
    await startWith(REPS.id, { sound: false });
    await advance(60_000);
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
    expect(playChime).not.toHaveBeenCalled();
  });

  it('Start asks the worker (the session\'s only writer) to start the minute; Done asks it to finish and log it', async () => {
    await startWith(REPS.id);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'action', action: { kind: 'sessionStart', exerciseId: REPS.id } });
    await advance(60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await advance(0);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'action', action: { kind: 'sessionFinish' } });
    expect(sent('done')).toEqual([]);
    expect(screen.getByTestId('status').textContent).toBe('Break logged — nice work!');
    expect(screen.getByRole('button', { name: 'Start · 1 minute' })).toBeTruthy();
  });

  it('logs one break however often Done is pressed', async () => {
    await startWith(REPS.id);
    await advance(60_000);
    const done = screen.getByRole('button', { name: 'Done' });
    fireEvent.click(done);
    fireEvent.click(done);
    await advance(0);
    expect(sent('sessionFinish')).toHaveLength(1);
  });

  it('in the break window, has the worker finish the session before closing the window', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await mountPopup({ tracker: trackerAt(Date.now(), { exerciseId: REPS.id }) }, true);
    fireEvent.click(screen.getByRole('button', { name: 'Start · 1 minute' }));
    await act(async () => {
      await loadSessionView();
    });
    await advance(60_000);
    let finishesWhenClosed = -1;
    close.mockImplementation(() => void (finishesWhenClosed = sent('sessionFinish').length));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await advance(0);
    expect(close).toHaveBeenCalledOnce();
    expect(finishesWhenClosed).toBe(1);
  });

  it('keeps the session when the worker cannot be reached, and says so', async () => {
    await startWith(REPS.id);
    await advance(60_000);
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValue(new Error('Receiving end does not exist'));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await advance(0);
    expect(screen.getByText('That did not go through. Please try again.').getAttribute('role')).toBe('alert');
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });
});

describe('pause and resume', () => {
  it('freezes the countdown while paused and picks up where it stopped', async () => {
    await startWith(REPS.id);
    await advance(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(30_000);
    expect([secondsLeft(), caption()]).toEqual(['50', 'Paused']);
    expect(document.querySelector('[aria-current="step"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(5_000);
    expect([secondsLeft(), caption()]).toEqual(['45', 'Rep 4 of 10']);
    await advance(45_000);
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('asks the worker to store the pause and the resume, so they survive closing the popup', async () => {
    await startWith(REPS.id);
    await advance(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(0);
    expect(sent('sessionPause')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(0);
    expect(sent('sessionResume')).toHaveLength(1);
  });

  it('Stop ends the session without logging anything and puts focus back on Start', async () => {
    await startWith(REPS.id);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await advance(0);
    expect(sent('sessionCancel')).toHaveLength(1);
    expect([...sent('sessionFinish'), ...sent('done')]).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start · 1 minute' }));
  });
});

describe('closing and reopening the popup', () => {
  it.each([
    ['running', { exerciseId: REPS.id, startedAt: T0 - 35_000, pausedAt: null, pausedMs: 0 }, '25', 'Rep 8 of 10'],
    ['paused', { exerciseId: REPS.id, startedAt: T0 - 35_000, pausedAt: T0 - 20_000, pausedMs: 0 }, '45', 'Paused'],
    ['paused before, running now', { exerciseId: REPS.id, startedAt: T0 - 35_000, pausedAt: null, pausedMs: 20_000 }, '45', 'Rep 4 of 10'],
  ])('resumes a %s session with the time left', async (_, session, left, cue) => {
    await mountPopup({ session });
    expect([secondsLeft(), caption()]).toEqual([left, cue]);
  });

  it('resumes the exercise of the session even if the tracker picked another meanwhile', async () => {
    await mountPopup({
      tracker: trackerAt(T0, { exerciseId: SIDE_HOLD.id }),
      session: { exerciseId: REPS.id, startedAt: T0 - 5_000, pausedAt: null, pausedMs: 0 },
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(REPS.name);
  });

  it('shows Done for a minute that ran out while closed', async () => {
    await mountPopup({ session: { exerciseId: REPS.id, startedAt: T0 - 5 * 60_000, pausedAt: null, pausedMs: 0 } });
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('forgets a session started over an hour ago', async () => {
    await mountPopup({ session: { exerciseId: REPS.id, startedAt: T0 - 61 * 60_000, pausedAt: null, pausedMs: 0 } });
    expect(screen.getByRole('button', { name: 'Start · 1 minute' })).toBeTruthy();
  });

  it('a session stopped in another window ends here too', async () => {
    await mountPopup({ session: { exerciseId: REPS.id, startedAt: T0, pausedAt: null, pausedMs: 0 } });
    await act(() => fakeBrowser.storage.local.remove('session'));
    await advance(0);
    expect(screen.getByRole('button', { name: 'Start · 1 minute' })).toBeTruthy();
  });
});
