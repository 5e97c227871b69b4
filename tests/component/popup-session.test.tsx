// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeHeard, fakeSound } from './fake-sound';
import { loadSessionView } from '../../entrypoints/popup/session-view-loader';
import { mountPopup, REPS, SIDE_HOLD, T0, trackerAt } from './popup-fixtures';

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
/** The session's face: the big title, then the figure and caption in the ring. */
const face = () =>
  `${screen.getByTestId('session-title').textContent} | ${document.querySelector('.ring__value')?.textContent} ${document.querySelector('.ring__caption')?.textContent ?? ''}`.trim();
const figure = () => document.querySelector('.ring__value')?.textContent;
const caption = () => document.querySelector('.ring__caption')?.textContent ?? '';
const left = () => screen.getByTestId('session-left').textContent;
let sound: ReturnType<typeof fakeSound>;
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
  vi.useFakeTimers({ now: T0 });
  sound = fakeSound(T0);
  vi.stubGlobal('AudioContext', sound.env.AudioContext);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('guided session in the popup: per-side hold (5 s get-ready, 25 s, 5 s switch, 25 s, ease)', () => {
  it.each([
    [0, 'Get ready | 5 to start', ''],
    [5_000, 'First side | 25 Hold', ''],
    [30_000, 'Switch to: Second side | 5 Switch sides', 'Switch to the other side.'],
    [35_000, 'Second side | 25 Hold', ''],
    [55_000, 'Second side | 5 Hold', '10 seconds left'],
    [60_000, 'Relax and breathe | 5 Relax', '5 seconds left'],
  ])('at %i ms shows "%s" and announces "%s"', async (ms, shown, announcement) => {
    await startWith(SIDE_HOLD.id);
    await advance(ms);
    expect([face(), announced()]).toEqual([shown, announcement]);
  });
});

describe('skipping the get-ready', () => {
  it('"Start now" starts rep 1 at once and asks the worker to move the session on by the get-ready left', async () => {
    await startWith(REPS.id);
    await advance(2_000);
    fireEvent.click(screen.getByRole('button', { name: 'Start now' }));
    await advance(0);
    expect([figure(), left()]).toEqual(['1/10', '60 s left in this break']);
    expect(sent('sessionSkip')).toEqual([[{ type: 'action', action: { kind: 'sessionSkip', byMs: 3_000 } }]]);
  });
});

describe('completion', () => {
  it('offers Done only when the get-ready and the minute are over, focused, with a chime when tones are on', async () => {
    await startWith(REPS.id, { sound: 'tones' });
    await advance(64_750);
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    expect(sound.heard.map(describeHeard)).not.toContain('65s chime');
    await advance(250);
    const done = screen.getByRole('button', { name: 'Done' });
    expect(document.activeElement).toBe(done);
    expect(announced()).toBe('Time is up. Well done!');
    expect(sound.heard.map(describeHeard).at(-1)).toBe('65s chime');
  });

  it('stays silent when sound is off', async () => {
    await startWith(REPS.id, { sound: 'off' });
    await advance(65_000);
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
    expect(sound.heard).toEqual([]);
  });

  it("Start asks the worker (the session's only writer) to start the minute; Done asks it to finish and log it", async () => {
    await startWith(REPS.id);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'action',
      action: { kind: 'sessionStart', exerciseId: REPS.id, plannedMs: expect.any(Number) },
    });
    await advance(65_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await advance(0);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'action', action: { kind: 'sessionFinish' } });
    expect(sent('done')).toEqual([]);
    expect(screen.getByTestId('status').textContent).toBe('Break logged — nice work!');
    expect(screen.getByRole('button', { name: 'Start · 1 minute' })).toBeTruthy();
  });

  it('logs one break however often Done is pressed', async () => {
    await startWith(REPS.id);
    await advance(65_000);
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
    await advance(65_000);
    let finishesWhenClosed = -1;
    close.mockImplementation(() => void (finishesWhenClosed = sent('sessionFinish').length));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await advance(0);
    expect(close).toHaveBeenCalledOnce();
    expect(finishesWhenClosed).toBe(1);
  });

  it('keeps the session when the worker cannot be reached, and says so', async () => {
    await startWith(REPS.id);
    await advance(65_000);
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
    expect([left(), figure(), caption()]).toEqual(['55 s left in this break', '2/10', 'Paused']);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(5_000);
    expect([left(), figure(), caption()]).toEqual(['50 s left in this break', '3/10', 'reps']);
    await advance(50_000);
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
    ['running', { exerciseId: REPS.id, startedAt: T0 - 35_000, pausedAt: null, pausedMs: 0 }, '30 s left in this break', '7/10', 'reps'],
    [
      'paused',
      { exerciseId: REPS.id, startedAt: T0 - 35_000, pausedAt: T0 - 20_000, pausedMs: 0 },
      '50 s left in this break',
      '3/10',
      'Paused',
    ],
    [
      'paused before, running now',
      { exerciseId: REPS.id, startedAt: T0 - 35_000, pausedAt: null, pausedMs: 20_000 },
      '50 s left in this break',
      '3/10',
      'reps',
    ],
  ])('resumes a %s session with the time left', async (_, session, timeLeft, shown, cue) => {
    await mountPopup({ session });
    expect([left(), figure(), caption()]).toEqual([timeLeft, shown, cue]);
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

describe('the status line while a minute runs', () => {
  it('reads "Break in progress" as soon as Start is pressed, before the worker has stored the minute', async () => {
    await startWith(REPS.id);
    expect(screen.getByTestId('status').textContent).toBe('Break in progress');
  });
});
