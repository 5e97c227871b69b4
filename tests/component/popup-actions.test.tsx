// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { MIN, mountPopup, REPS, SIDE_HOLD, T0, trackerAt } from './popup-fixtures';

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
const status = () => screen.getByTestId('status').textContent;
const sent = () => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.map((c) => c[0]);
const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('status line', () => {
  const at = (h: number, m: number, dayOffset = 0) => new Date(2026, 10, 20 + dayOffset, h, m).getTime();
  it.each([
    ['38 min at the screen, 45 min interval', trackerAt(T0), 'At your screen for 38 min · next break in 7 min'],
    ['46 min at the screen, not yet prompted', trackerAt(T0, {}, 46), 'Break due now'],
    [
      'a prompt waiting',
      trackerAt(T0, { prompt: { phase: 'due', firstAt: T0 - MIN, shownAt: T0 - MIN, nudges: 0, until: null } }, 46),
      'Break due now',
    ],
    [
      'snoozed',
      trackerAt(T0, { prompt: { phase: 'snoozed', firstAt: T0 - MIN, shownAt: T0 - MIN, nudges: 0, until: at(10, 5) } }, 46),
      'Snoozed until 10:05 AM',
    ],
    ['paused until tomorrow', trackerAt(T0, { pausedUntil: at(9, 0, 1), bout: null }), 'Paused until tomorrow 9:00 AM'],
    ['paused indefinitely', trackerAt(T0, { pausedUntil: 'indefinitely', bout: null }), 'Paused until you resume'],
    ['away after the bout ended', trackerAt(T0, { activity: 'idle', awaySince: T0 - 10 * MIN, bout: null }), 'Away — break counted'],
  ])('%s: "%s"', async (_, tracker, text) => {
    await mountPopup({ tracker });
    expect(status()).toBe(text);
  });

  it.each([
    ['en-US', 'Snoozed until 10:05 AM', 'At your screen for 38 min · next break in 7 min'],
    ['de-DE', 'Snoozed until 10:05', 'At your screen for 38 Min. · next break in 7 Min.'],
    ['en-GB', 'Snoozed until 10:05', 'At your screen for 38 mins · next break in 7 mins'],
  ])('formats times and durations in the browser locale (%s)', async (locale, snoozed, active) => {
    const snooze = trackerAt(T0, { prompt: { phase: 'snoozed', firstAt: T0 - MIN, shownAt: T0 - MIN, nudges: 0, until: at(10, 5) } }, 46);
    await mountPopup({ tracker: snooze }, false, locale);
    expect(status()).toBe(snoozed);
    cleanup();
    await mountPopup({ tracker: trackerAt(T0) }, false, locale);
    expect(status()).toBe(active);
  });

  it('writes long durations in hours and minutes', async () => {
    await mountPopup({ tracker: trackerAt(T0, {}, 75), settings: { intervalMin: 180 } });
    expect(status()).toBe('At your screen for 1 hr 15 min · next break in 1 hr 45 min');
  });

  // T0 is Friday 20 November 2026, 10:00.
  it.each([
    ['later today', () => ({ enabled: true, start: '13:00', end: '17:00' }), 'en-US', 'Outside work hours · resumes 1:00 PM'],
    [
      'tomorrow',
      (i: number) => ({ enabled: i !== 5, start: '09:00', end: '09:30' }),
      'en-US',
      'Outside work hours · resumes tomorrow 9:00 AM',
    ],
    [
      'after the weekend',
      (i: number) => ({ enabled: i === 1, start: '09:00', end: '17:00' }),
      'en-US',
      'Outside work hours · resumes Mon 9:00 AM',
    ],
    [
      'after the weekend, in the locale',
      (i: number) => ({ enabled: i === 1, start: '09:00', end: '17:00' }),
      'en-GB',
      'Outside work hours · resumes Mon 09:00',
    ],
  ])('says when it is outside work hours, and when reminders resume (%s)', async (_n, day, locale, text) => {
    const days = DEFAULT_SETTINGS.workHours.days.map((_, i) => day(i));
    await mountPopup({ settings: { workHours: { enabled: true, days: days as typeof DEFAULT_SETTINGS.workHours.days } } }, false, locale);
    expect(status()).toBe(text);
  });

  it('outside work hours, the popup still shows an exercise', async () => {
    const days = DEFAULT_SETTINGS.workHours.days.map(() => ({ enabled: true, start: '13:00', end: '17:00' }));
    await mountPopup({ settings: { workHours: { enabled: true, days: days as typeof DEFAULT_SETTINGS.workHours.days } } });
  });

  it('counts on by itself while open', async () => {
    await mountPopup();
    await advance(2 * MIN);
    expect(status()).toBe('At your screen for 40 min · next break in 5 min');
  });

  it('shows a time written by the worker between two ticks exactly', async () => {
    await mountPopup();
    await advance(600); // between ticks: the popup's last "now" is 600 ms old
    const until = new Date(2026, 10, 21, 6, 0).getTime();
    await act(() =>
      fakeBrowser.storage.local.set({ tracker: trackerAt(Date.now(), { pausedUntil: until, bout: null, lastEventAt: Date.now() }) }),
    );
    await advance(0);
    expect(status()).toBe('Paused until tomorrow 6:00 AM');
  });

  it('follows the tracker when the worker changes it', async () => {
    await mountPopup();
    await act(() => fakeBrowser.storage.local.set({ tracker: trackerAt(T0, { pausedUntil: 'indefinitely', bout: null }) }));
    await advance(0);
    expect(status()).toBe('Paused until you resume');
  });
});

describe('exercise card', () => {
  it('shows the exercise the tracker picked, with its tags, steps, cue and caution', async () => {
    await mountPopup({ tracker: trackerAt(T0, { exerciseId: REPS.id }) });
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading').textContent).toBe(REPS.name);
    const items = (name: string) =>
      within(within(card).getByRole('list', { name }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items('About this exercise')).toEqual(['Activation', 'Seated', 'Chair']);
    expect(items('Steps')).toEqual(REPS.steps);
    expect(card.textContent).toContain('10 repetitions');
    expect(card.textContent).toContain(REPS.feel);
    expect(card.textContent).toContain(REPS.caution);
    expect(within(card).getByRole('img').getAttribute('aria-label')).toBe(REPS.alt);
  });

  it('falls back to an allowed exercise when the tracker has none yet', async () => {
    await mountPopup({ tracker: trackerAt(T0, { exerciseId: null }) });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(SIDE_HOLD.name);
  });

  it.each([
    [
      'opens',
      (s: HTMLElement) => (((s.parentElement as HTMLDetailsElement).open = true), fireEvent(s.parentElement!, new Event('toggle'))),
    ],
    ['points at', (s: HTMLElement) => fireEvent.pointerEnter(s)],
    ['tabs to', (s: HTMLElement) => fireEvent.focus(s)],
  ])('has a safety disclosure whose red flags are there once the user %s it', async (_how, reach) => {
    await mountPopup();
    const summary = screen.getByText('Safety');
    // Not part of the first paint: the text loads when wanted.
    expect(summary.parentElement!.textContent).toBe('Safety');
    reach(summary);
    await advance(0);
    expect(summary.closest('details')!.textContent).toContain('bladder or bowel');
  });

  it('shows the new exercise when the worker picks another', async () => {
    await mountPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Another exercise' }));
    await act(() => fakeBrowser.storage.local.set({ tracker: trackerAt(T0, { exerciseId: REPS.id }) }));
    await advance(0);
    expect(sent()).toEqual([{ type: 'action', action: { kind: 'anotherExercise' } }]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(REPS.name);
  });
});

describe('actions that answer: Logged … · Undo, and postpone with nothing due', () => {
  it.each([
    ['Skip', 'skip', 'Logged as skipped'],
    ['I already moved', 'moved', 'Logged: you moved'],
  ])('"%s" says what it logged and offers Undo, which asks the worker to put it back', async (label, kind, notice) => {
    await mountPopup();
    fireEvent.click(screen.getByRole('button', { name: label }));
    await advance(0);
    expect(status()).toBe(notice);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await advance(0);
    expect(sent()).toEqual([
      { type: 'action', action: { kind } },
      { type: 'action', action: { kind: 'undo' } },
    ]);
    expect(status()).toBe('Undone');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Undo is offered for a few seconds, then the status line returns', async () => {
    await mountPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await advance(7_000);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await advance(1_500);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(status()).not.toBe('Logged as skipped');
  });

  it('no Undo when the worker did not take the Skip (the error shows instead)', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValue({ ok: false, error: 'nope' });
    await mountPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await advance(0);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByText('That did not go through. Please try again.')).toBeTruthy();
  });

  it('with nothing due the menu reads "Postpone · 2 left", and the status shows the new time', async () => {
    await mountPopup(); // 38 min at the screen: next break at 10:07
    expect(screen.queryByText(/^Snooze/)).toBeNull();
    fireEvent.click(screen.getByText('Postpone · 2 left'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Postpone · 2 left' })).getByRole('button', { name: '10 minutes' }));
    await advance(0);
    expect(sent()).toEqual([{ type: 'action', action: { kind: 'snooze', minutes: 10 } }]);
    expect(status()).toBe('Next break moved to 10:17 AM');
  });
});

describe('actions sent to the worker', () => {
  it.each([
    ['I already moved', { kind: 'moved' }],
    ['Skip', { kind: 'skip' }],
    ['Another exercise', { kind: 'anotherExercise' }],
  ])('"%s" sends %j', async (label, action) => {
    await mountPopup();
    fireEvent.click(screen.getByRole('button', { name: label }));
    await advance(0);
    expect(sent()).toEqual([{ type: 'action', action }]);
  });

  it.each([
    ['2 minutes', 2],
    ['10 minutes', 10],
  ])('Snooze → %s sends a snooze of %i minutes', async (label, minutes) => {
    await mountPopup({
      tracker: trackerAt(T0, { prompt: { phase: 'due', firstAt: T0 - MIN, shownAt: T0 - MIN, nudges: 0, until: null } }, 46),
    });
    fireEvent.click(screen.getByText('Snooze · 2 left'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Snooze · 2 left' })).getByRole('button', { name: label }));
    await advance(0);
    expect(sent()).toEqual([{ type: 'action', action: { kind: 'snooze', minutes } }]);
  });

  it.each([
    ['one snooze used: the menu says one is left', 1, 'Snooze · 1 left'],
    ['both used: no snooze menu, one calm line instead, Start and Skip still there', 2, null],
  ] as const)('%s', async (_, used, label) => {
    const tracker = trackerAt(T0, { prompt: { phase: 'due', firstAt: T0 - 6 * MIN, shownAt: T0 - MIN, nudges: 0, until: null } }, 46);
    await mountPopup({ tracker: { ...tracker, bout: { ...tracker.bout!, snoozes: used } } });
    if (label) expect(screen.getByText(label)).toBeTruthy();
    else {
      expect(screen.queryByText(/^Snooze/)).toBeNull();
      expect(screen.getByTestId('no-snooze-left').textContent).toBe(
        'No snoozes left for this break. A minute now helps more than a later one.',
      );
    }
    expect(screen.getByRole('button', { name: 'Start · 1 minute' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  });

  it.each([
    ['30 minutes', T0 + 30 * MIN],
    ['1 hour', T0 + 60 * MIN],
    ['4 hours', T0 + 240 * MIN],
    ['Until tomorrow', 'tomorrow'],
    ['Until I resume', 'indefinitely'],
  ])('Pause → %s pauses until %j', async (label, until) => {
    await mountPopup();
    fireEvent.click(within(screen.getByRole('group', { name: 'Pause' })).getByRole('button', { name: label }));
    await advance(0);
    expect(sent()).toEqual([{ type: 'action', action: { kind: 'pause', until } }]);
  });

  it('while paused, offers Resume next to the status and no Pause menu', async () => {
    await mountPopup({ tracker: trackerAt(T0, { pausedUntil: 'indefinitely', bout: null }) });
    expect(screen.queryByRole('group', { name: 'Pause' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(0);
    expect(sent()).toEqual([{ type: 'action', action: { kind: 'resume' } }]);
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await mountPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('quick interval adjust', () => {
  const input = () => screen.getByLabelText('Remind me every') as HTMLInputElement;
  const submit = async (value: string) => {
    fireEvent.input(input(), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    await advance(0);
  };

  it.each(['4', '181', '4.5', '1e2', 'abc', ''])('rejects "%s" with an inline error and saves nothing', async (value) => {
    await mountPopup({ settings: { intervalMin: 45 } });
    await submit(value);
    expect(document.getElementById('interval-error')!.textContent).toBe('Use a whole number of minutes from 5 to 180.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings())?.intervalMin).toBe(45);
  });

  it.each([
    ['5', 'Break due now'],
    ['25', 'Break due now'],
    [' 90 ', 'At your screen for 38 min · next break in 52 min'],
    ['180', 'At your screen for 38 min · next break in 2 hr 22 min'],
  ])('saves "%s" at once and the status line follows: "%s"', async (value, text) => {
    await mountPopup({ settings: { intervalMin: 45 } });
    await submit(value);
    expect((await storedSettings())?.intervalMin).toBe(Number(value));
    expect(document.getElementById('interval-error')!.textContent).toBe('');
    expect(status()).toBe(`Reminders every ${Number(value)} minutes from now on`);
    await advance(5_000); // past the "saved" notice
    expect(status()).toBe(text);
  });

  it('saves a preset on click and marks it pressed', async () => {
    await mountPopup({ settings: { intervalMin: 45 } });
    fireEvent.click(screen.getByRole('button', { name: '60 minutes' }));
    await advance(0);
    expect((await storedSettings())?.intervalMin).toBe(60);
    expect(screen.getByRole('button', { name: '60 minutes' }).getAttribute('aria-pressed')).toBe('true');
    expect(input().value).toBe('60');
  });

  it('clears the error once a valid value is saved', async () => {
    await mountPopup();
    await submit('2');
    await submit('30');
    expect(document.getElementById('interval-error')!.textContent).toBe('');
    expect(input().hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('today', () => {
  const entry = (daysAgo: number, outcome: 'taken' | 'skipped' | 'moved') => {
    const end = T0 - daysAgo * 24 * 60 * MIN - MIN;
    return { start: end - 40 * MIN, end, screenMs: 40 * MIN, outcome, snoozes: 0 };
  };
  it.each([
    ['Today: 0 breaks · no streak yet', []],
    ['Today: 1 break · 1-day streak', [entry(0, 'taken')]],
    ['Today: 2 breaks · 3-day streak', [entry(0, 'taken'), entry(0, 'moved'), entry(0, 'skipped'), entry(1, 'taken'), entry(2, 'moved')]],
  ])('reads "%s" for that history', async (text, history) => {
    await mountPopup({ history });
    // The history is read after the first paint, into a line kept for it.
    expect(screen.getByTestId('today').textContent).toBe('Today: ');
    await advance(0);
    expect(screen.getByTestId('today').textContent).toBe(text);
  });

  it('counts a break the worker logs while the popup is open', async () => {
    await mountPopup({ history: [entry(1, 'taken')] });
    await act(() => fakeBrowser.storage.local.set({ history: { version: 1, entries: [entry(1, 'taken'), entry(0, 'taken')] } }));
    await advance(0);
    expect(screen.getByTestId('today').textContent).toBe('Today: 1 break · 2-day streak');
  });

  it('starts a new day at midnight while open', async () => {
    await mountPopup({ history: [entry(0, 'taken')] });
    await advance(14 * 60 * MIN + 1_000); // 10:00 → just past midnight
    expect(screen.getByTestId('today').textContent).toBe('Today: 0 breaks · 1-day streak');
  });
});

describe('break window', () => {
  it('starts with focus on Start', async () => {
    await mountPopup({}, true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start · 1 minute' }));
  });

  it.each([
    ['break window', true, 1],
    ['toolbar popup', false, 0],
  ])('Escape in the %s closes it %i time(s)', async (_, breakWindow, closes) => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await mountPopup({}, breakWindow);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(close).toHaveBeenCalledTimes(closes);
  });

  it('closes itself once the break is settled', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await mountPopup({}, true);
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await advance(0);
    expect(close).toHaveBeenCalledOnce();
  });
});

describe('the toolbar icon, pinned or not (Chrome: action.getUserSettings)', () => {
  const userSettings = (isOnToolbar: boolean | undefined) =>
    ((fakeBrowser.action as unknown as Record<string, unknown>).getUserSettings = async () =>
      isOnToolbar === undefined ? {} : { isOnToolbar });
  afterEach(() => {
    delete (fakeBrowser.action as unknown as Record<string, unknown>).getUserSettings;
  });

  it.each([
    ['unpinned: the popup says how to pin it', false, true],
    ['pinned: nothing to say', true, false],
    ['unknown (Firefox): nothing to say', undefined, false],
  ])('%s', async (_name, isOnToolbar, hint) => {
    userSettings(isOnToolbar);
    await mountPopup({ tracker: trackerAt(T0) });
    await advance(0);
    expect(screen.queryByTestId('pin-line') !== null).toBe(hint);
    if (hint) expect(screen.getByTestId('pin-line').textContent).toMatch(/Pin Glute Break to the toolbar/);
  });
});
