// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Exercise } from '../../core/exercise';
import { freshTracker } from '../../core/engine';
import type { HistoryEntry } from '../../core/history/history-entry';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../core/settings/settings';
import { mountOptions, saveWith, sentMessages, storedSettings } from './options-fixtures';
import { usePageAt } from './page-at';

// A small catalogue with known counts: 4 seated desk-friendly, 1 seated with a
// band, 2 standing, 2 on the floor.
vi.mock('../../content/catalogue', () => {
  const ex = (id: string, position: string, equipment: string, officeDiscreet: boolean) => ({
    id,
    position,
    equipment,
    officeDiscreet,
    precautions: [],
  });
  return {
    CATALOGUE: [
      ex('s1', 'seated', 'chair', true),
      ex('s2', 'seated', 'chair', true),
      ex('s3', 'seated', 'none', true),
      ex('s4', 'seated', 'desk', true),
      ex('s5', 'seated', 'band', true),
      ex('t1', 'standing', 'none', false),
      ex('t2', 'standing', 'desk', false),
      ex('f1', 'floor', 'none', false),
      ex('f2', 'floor', 'band', false),
    ] as unknown as Exercise[],
  };
});

/** Friday 20 Nov 2026, 10:00 local time. */
const T0 = new Date(2026, 10, 20, 10, 0).getTime();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

usePageAt(T0);

/** Stores the defaults with `patch` over them; a non-object is stored as it is. */
const withSettings = (patch: unknown) =>
  fakeBrowser.storage.sync.set({
    settings: typeof patch === 'object' && patch !== null && !Array.isArray(patch) ? { ...DEFAULT_SETTINGS, ...patch } : patch,
  });

describe('stored settings that are damaged, foreign or elsewhere', () => {
  it('names the fields it reset and keeps the others', async () => {
    await withSettings({ intervalMin: 'soon', sound: 3, snoozeMin: 7, naturalBreakMin: 12 });
    await mountOptions();
    expect(screen.getByTestId('reset-notice').textContent).toContain(
      'These settings could not be read and are back at their default values: Reminder interval, Snooze length, and Guided-minute sound. Everything else was kept.',
    );
    expect(screen.getByLabelText('Remind me after')).toHaveProperty('value', '45');
    expect(screen.getByLabelText('Natural break')).toHaveProperty('value', '12');
    expect(screen.getByRole('radio', { name: '5 min' })).toHaveProperty('checked', true);
  });

  it.each([
    ['a string', 'loud'],
    ['a list', [1, 2, 3]],
  ])('resets everything, and says so, when the stored value is %s', async (_, value) => {
    await withSettings(value);
    await mountOptions();
    expect(screen.getByTestId('reset-notice').textContent).toContain('every setting is back at its default value');
  });

  it('shows no notice for healthy settings', async () => {
    await withSettings({ intervalMin: 60 });
    await mountOptions();
    expect(screen.queryByTestId('reset-notice')).toBeNull();
    expect(screen.queryByTestId('local-notice')).toBeNull();
  });

  it('says when settings live on this device only because sync failed', async () => {
    await fakeBrowser.storage.local.set({ settingsInLocal: true, settings: { ...DEFAULT_SETTINGS, intervalMin: 25 } });
    await mountOptions();
    expect(screen.getByTestId('local-notice').textContent).toContain('stored on this device only');
    expect(screen.getByLabelText('Remind me after')).toHaveProperty('value', '25');
  });

  it('says so when a save falls back to this device', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await mountOptions();
    await saveWith(() => fireEvent.click(screen.getByRole('radio', { name: /^Silent/ })));
    expect(screen.getByTestId('local-notice')).toBeTruthy();
    expect(((await fakeBrowser.storage.local.get('settings')).settings as Settings).sound).toBe('off');
  });

  it('warns about settings written by a newer version', async () => {
    await withSettings({ version: SETTINGS_VERSION + 1 });
    await mountOptions();
    expect(screen.getByText(/saved by a newer version of Glute Break/)).toBeTruthy();
  });
});

describe('exercise count', () => {
  it.each<[string, Partial<Settings['exercises']>, string, boolean]>([
    ['the defaults (no floor)', {}, '6 of 9 exercises fit your choices.', false],
    [
      'with a band and the floor',
      { allowBand: true, positions: ['seated', 'standing', 'floor'] },
      '9 of 9 exercises fit your choices.',
      false,
    ],
    ['seated only', { positions: ['seated'] }, '4 of 9 exercises fit your choices.', true],
    ['desk-discreet only', { officeDiscreetOnly: true }, '4 of 9 exercises fit your choices.', true],
    ['desk-discreet with a band', { officeDiscreetOnly: true, allowBand: true }, '5 of 9 exercises fit your choices.', true],
    ['seated and standing', { positions: ['seated', 'standing'] }, '6 of 9 exercises fit your choices.', false],
  ])('%s: "%s", warning %s', async (_, prefs, text, warns) => {
    await withSettings({ exercises: { ...DEFAULT_SETTINGS.exercises, ...prefs } });
    await mountOptions();
    const count = screen.getByTestId('exercise-count');
    expect(count.querySelector('strong')?.textContent).toBe(text);
    expect(count.textContent?.includes('short list')).toBe(warns);
  });

  it('updates live when a filter changes', async () => {
    await mountOptions();
    await saveWith(() => fireEvent.click(screen.getByRole('switch', { name: 'Only exercises I can do discreetly at a desk' })));
    expect(screen.getByTestId('exercise-count').textContent).toContain('4 of 9');
    expect(screen.getByTestId('exercise-count').textContent).toContain('short list');
  });
});

describe('history', () => {
  const entry = (end: number, outcome: HistoryEntry['outcome'], screenMin = 50, snoozes = 0): HistoryEntry => ({
    start: end - screenMin * MIN,
    end,
    screenMs: screenMin * MIN,
    outcome,
    snoozes,
  });

  it('shows today, the current and best streak, a described chart and a table', async () => {
    const entries = [
      entry(T0 - 5 * DAY, 'taken'),
      entry(T0 - 4 * DAY, 'moved'),
      entry(T0 - 3 * DAY, 'early'), // best: 3 days
      entry(T0 - DAY, 'taken', 95, 2),
      entry(T0 - 2 * MIN, 'taken'),
      entry(T0 - MIN, 'skipped', 30, 1), // current: 2
    ];
    await fakeBrowser.storage.local.set({ history: { version: 1, entries } });
    await mountOptions();
    expect(within(screen.getByTestId('stat-today')).getByRole('definition').textContent).toBe('1');
    expect(within(screen.getByTestId('stat-current')).getByRole('definition').textContent).toBe('2');
    expect(within(screen.getByTestId('stat-best')).getByRole('definition').textContent).toBe('3');

    const chart = screen.getByRole('img', { name: /Breaks over the last 14 days/ });
    expect(chart.querySelector('desc')?.textContent).toContain('In total: 5 breaks done, 3 snoozes and 1 skipped.');
    expect(chart.querySelector('desc')?.textContent).toContain('95 minutes');
    expect(chart.querySelectorAll('rect.bar--done')).toHaveLength(5);

    const rows = within(screen.getByRole('table', { name: 'Breaks over the last 14 days' })).getAllByRole('row');
    expect(rows).toHaveLength(15);
    expect(rows[1]?.textContent).toBe('Fri, Nov 20' + '1' + '1' + '1' + '50 min');
  });

  it('survives a corrupt stored history and says some entries were dropped', async () => {
    await fakeBrowser.storage.local.set({ history: { version: 1, entries: [entry(T0 - MIN, 'taken'), { start: 'x' }] } });
    await mountOptions();
    expect(within(screen.getByTestId('stat-today')).getByRole('definition').textContent).toBe('1');
    expect(screen.getByText('Some history entries were damaged and are not shown (damaged: 1).')).toBeTruthy();
  });

  it('follows the history as the worker appends to it', async () => {
    await mountOptions();
    expect(screen.getByText('No breaks recorded yet. Your first ones will show up here.')).toBeTruthy();
    await act(() => fakeBrowser.storage.local.set({ history: { version: 1, entries: [entry(T0 - MIN, 'taken')] } }));
    await waitFor(() => expect(within(screen.getByTestId('stat-today')).getByRole('definition').textContent).toBe('1'));
  });
});

describe('pause', () => {
  it.each([
    ['not paused', null, 'Reminders are on.'],
    ['paused until later today', T0 + 90 * MIN, 'Paused until 11:30 AM.'],
    ['paused until another day', T0 + 3 * DAY, 'Paused until Monday at 10:00 AM.'],
    ['paused indefinitely', 'indefinitely' as const, 'Paused until you turn reminders back on.'],
  ])('%s: "%s"', async (_, pausedUntil, text) => {
    await fakeBrowser.storage.local.set({ tracker: { ...freshTracker(T0 - MIN), pausedUntil, bout: null } });
    await mountOptions();
    expect(screen.getByTestId('pause-state').textContent).toBe(text);
    expect(screen.queryByRole('button', { name: 'Resume reminders' }) !== null).toBe(pausedUntil !== null);
  });

  it('shows reminders on when the stored tracker is corrupt', async () => {
    await fakeBrowser.storage.local.set({ tracker: { version: 'broken' } });
    await mountOptions();
    expect(screen.getByTestId('pause-state').textContent).toBe('Reminders are on.');
  });

  it.each([
    ['30 minutes', { kind: 'pause', until: T0 + 30 * MIN }],
    ['1 hour', { kind: 'pause', until: T0 + 60 * MIN }],
    ['2 hours', { kind: 'pause', until: T0 + 120 * MIN }],
    ['4 hours', { kind: 'pause', until: T0 + 240 * MIN }],
    ['Until tomorrow', { kind: 'pause', until: 'tomorrow' }],
    ['Until I resume', { kind: 'pause', until: 'indefinitely' }],
  ])('"Pause: %s" asks the worker to pause (the popup offers the same choices)', async (name, action) => {
    await mountOptions();
    fireEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(sentMessages()).toEqual([{ type: 'action', action }]));
  });

  it('"Resume reminders" asks the worker to resume', async () => {
    await fakeBrowser.storage.local.set({ tracker: { ...freshTracker(T0 - MIN), pausedUntil: 'indefinitely' } });
    await mountOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    await waitFor(() => expect(sentMessages()).toEqual([{ type: 'action', action: { kind: 'resume' } }]));
  });

  it('follows the tracker when the worker pauses', async () => {
    await mountOptions();
    await act(() => fakeBrowser.storage.local.set({ tracker: { ...freshTracker(T0 - MIN), pausedUntil: 'indefinitely' } }));
    await waitFor(() => expect(screen.getByTestId('pause-state').textContent).toBe('Paused until you turn reminders back on.'));
  });
});

describe('data: export and reset', () => {
  it('exports settings and history as a JSON file through a blob link', async () => {
    const entries = [{ start: T0 - 60 * MIN, end: T0 - 10 * MIN, screenMs: 50 * MIN, outcome: 'taken', snoozes: 0 }];
    await fakeBrowser.storage.local.set({ history: { version: 1, entries } });
    await withSettings({ intervalMin: 33 });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await mountOptions();

    fireEvent.click(screen.getByRole('button', { name: 'Download settings and history (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download history for a spreadsheet (CSV)' }));
    expect(names).toEqual(['glute-break-2026-11-20.json', 'glute-break-2026-11-20.csv']);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json).toMatchObject({ app: 'glute-break', version: 1, settings: { intervalMin: 33 }, history: entries });
    expect((await blobs[1]!.text()).split('\r\n')[1]).toContain(',50,taken,0,');
  });

  it('resets only after confirmation, with focus on the safe choice', async () => {
    await mountOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Erase history and reset settings…' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    expect(sentMessages()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await screen.findByText('Everything was erased and the settings are back to their defaults.');
    expect(sentMessages()).toEqual([{ type: 'resetData' }]);
  });

  it('sends nothing when the reset is cancelled, and returns focus', async () => {
    await mountOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Erase history and reset settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const opener = screen.getByRole('button', { name: 'Erase history and reset settings…' });
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(sentMessages()).toEqual([]);
  });
});

describe('welcome', () => {
  it('appears only with ?welcome=1, saves the chosen interval and work hours, and closes', async () => {
    await mountOptions('?welcome=1');
    const welcome = screen.getByTestId('welcome');
    await saveWith(() => fireEvent.click(within(welcome).getByRole('radio', { name: '30 min' })));
    await saveWith(() => fireEvent.click(within(welcome).getByRole('switch', { name: 'Only remind me during work hours' })));
    expect(await storedSettings()).toMatchObject({ intervalMin: 30, workHours: { enabled: true } });
    fireEvent.click(within(welcome).getByRole('button', { name: 'Looks good' }));
    await waitFor(() => expect(screen.queryByTestId('welcome')).toBeNull());
  });

  it('takes the focus, so keyboard and screen-reader users start there', async () => {
    await mountOptions('?welcome=1');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Welcome to Glute Break' })));
  });

  it('is not shown on a normal visit', async () => {
    await mountOptions();
    expect(screen.queryByTestId('welcome')).toBeNull();
  });

  it.each<[string, (() => Promise<string>) | undefined, boolean]>([
    ['denied', async () => 'denied', true],
    ['granted', async () => 'granted', false],
    ['missing (Firefox)', undefined, false],
  ])('notification permission %s → how-to-fix note shown: %s', async (_, getLevel, shown) => {
    const asked = getLevel && vi.fn(getLevel);
    (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel = asked;
    await mountOptions('?welcome=1');
    if (asked) {
      // Wait for the page's question to the browser, then for its answer to render.
      await waitFor(() => expect(asked).toHaveBeenCalled());
      await act(async () => void (await asked.mock.results[0]!.value));
    }
    const notes = screen.queryAllByText('Notifications are blocked');
    expect(notes.length > 0).toBe(shown);
    if (shown) expect(within(screen.getByTestId('welcome')).getByText(/Allow notifications for your browser/)).toBeTruthy();
  });
});

describe('keyboard shortcut', () => {
  it.each([
    ['the shortcut the browser has', 'Ctrl+Shift+Y', 'Ctrl+Shift+Y'],
    ['a removed shortcut', '', 'No shortcut set yet (Alt+Shift+B is the suggested one)'],
  ])('shows %s', async (_, shortcut, text) => {
    (fakeBrowser.commands as { getAll: unknown }).getAll = async () => [{ name: 'start-break', shortcut }];
    await mountOptions();
    await waitFor(() => expect(within(document.getElementById('shortcut')!).getByText(text)).toBeTruthy());
  });

  it('opens the browser’s shortcut settings', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await mountOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Open shortcut settings' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
