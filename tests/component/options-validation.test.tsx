// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { commit, describedError, mountOptions, saveWith, storedSettings } from './options-fixtures';

afterEach(cleanup);

const start = async (settings?: Partial<Settings>) => {
  if (settings) await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ...settings } });
  await mountOptions();
};

describe('number fields: every rule shows an inline error and saves nothing', () => {
  it.each([
    ['Remind me after', '4', 'Pick a value from 5 to 180 minutes.', 'intervalMin'],
    ['Remind me after', '181', 'Pick a value from 5 to 180 minutes.', 'intervalMin'],
    ['Remind me after', '45.5', 'Use whole minutes, without decimals.', 'intervalMin'],
    ['Remind me after', '', 'Enter a number of minutes.', 'intervalMin'],
    ['Natural break', '0', 'Pick a value from 1 to 30 minutes.', 'naturalBreakMin'],
    ['Natural break', '31', 'Pick a value from 1 to 30 minutes.', 'naturalBreakMin'],
    ['Natural break', '2.5', 'Use whole minutes, without decimals.', 'naturalBreakMin'],
    ['Natural break', '', 'Enter a number of minutes.', 'naturalBreakMin'],
    ['Snoozes per break', '6', 'Pick a value from 0 to 5.', 'snoozeLimit'],
    ['Snoozes per break', '-1', 'Pick a value from 0 to 5.', 'snoozeLimit'],
    ['Snoozes per break', '1.5', 'Use a whole number.', 'snoozeLimit'],
    ['Snoozes per break', '', 'Enter a number.', 'snoozeLimit'],
    ['Wait for a pause in my work: up to', '11', 'Pick a value from 0 to 10 minutes.', 'pauseWaitMin'],
    ['Wait for a pause in my work: up to', '-1', 'Pick a value from 0 to 10 minutes.', 'pauseWaitMin'],
    ['Calls and videos: hold the reminder until they end, at most', '181', 'Pick a value from 0 to 180 minutes.', 'callWaitMin'],
    ['Calls and videos: hold the reminder until they end, at most', '2.5', 'Use whole minutes, without decimals.', 'callWaitMin'],
  ])('%s = "%s" → "%s"', async (label, value, message, field) => {
    await start({ intervalMin: 50, naturalBreakMin: 7, snoozeLimit: 3, pauseWaitMin: 4, callWaitMin: 45 });
    const input = screen.getByLabelText(label);
    await commit(input, value);

    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(input)).toBe(message);
    expect(input).toHaveProperty('value', value); // what was typed stays visible
    const stored = await storedSettings();
    expect(stored?.[field as 'intervalMin']).toBe(
      { intervalMin: 50, naturalBreakMin: 7, snoozeLimit: 3, pauseWaitMin: 4, callWaitMin: 45 }[field],
    );
    expect(screen.getByTestId('saved').textContent).toBe('');
  });

  it.each([
    ['Remind me after', '5', 'intervalMin', 5],
    ['Remind me after', '180', 'intervalMin', 180],
    ['Natural break', '1', 'naturalBreakMin', 1],
    ['Natural break', '30', 'naturalBreakMin', 30],
    ['Snoozes per break', '0', 'snoozeLimit', 0],
    ['Snoozes per break', '5', 'snoozeLimit', 5],
    ['Wait for a pause in my work: up to', '0', 'pauseWaitMin', 0],
    ['Wait for a pause in my work: up to', '10', 'pauseWaitMin', 10],
    ['Calls and videos: hold the reminder until they end, at most', '0', 'callWaitMin', 0],
    ['Calls and videos: hold the reminder until they end, at most', '180', 'callWaitMin', 180],
  ])('%s accepts the edge value %s, saves it and says "Saved"', async (label, value, field, expected) => {
    await start();
    await commit(screen.getByLabelText(label), value);
    expect((await storedSettings())?.[field as 'intervalMin']).toBe(expected);
    expect(screen.getByTestId('saved').textContent).toBe('Saved');
  });

  it('clears the error once a valid value is saved', async () => {
    await start();
    const input = screen.getByLabelText('Remind me after');
    await commit(input, '500');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await commit(input, '60');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(describedError(input)).toBeNull();
    expect((await storedSettings())?.intervalMin).toBe(60);
  });

  it('follows a change made elsewhere (import, another page) after the user saved', async () => {
    await start({ intervalMin: 33 });
    const input = screen.getByLabelText('Remind me after');
    await commit(input, '90');
    expect((await storedSettings())?.intervalMin).toBe(90);
    await act(() => fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, intervalMin: 33 } }));
    await waitFor(() => expect(input).toHaveProperty('value', '33'));
  });

  it('takes the "Saved" confirmation away when the next change is refused', async () => {
    await start();
    const input = screen.getByLabelText('Remind me after');
    await commit(input, '60');
    expect(screen.getByTestId('saved').textContent).toBe('Saved');
    await commit(input, '600');
    expect(screen.getByTestId('saved').textContent).toBe('');
  });

  it('keeps an error on one field while another field saves', async () => {
    await start();
    await commit(screen.getByLabelText('Remind me after'), '2');
    await commit(screen.getByLabelText('Natural break'), '10');
    expect(screen.getByLabelText('Remind me after').getAttribute('aria-invalid')).toBe('true');
    expect(await storedSettings()).toMatchObject({ intervalMin: DEFAULT_SETTINGS.intervalMin, naturalBreakMin: 10 });
  });
});

describe('work hours: each day must end after it starts', () => {
  const workWeek = { ...DEFAULT_SETTINGS.workHours, enabled: true };

  it.each([
    [
      'ends when it starts',
      'Monday: finishing time',
      '09:00',
      'The finishing time has to differ from the starting time (an earlier finish runs past midnight).',
    ],
    [
      'starts when it ends',
      'Monday: start time',
      '18:00',
      'The finishing time has to differ from the starting time (an earlier finish runs past midnight).',
    ],
    ['has an empty time', 'Monday: start time', '', 'Enter a time such as 09:00.'],
  ])('a day that %s is rejected beside that day', async (_, label, value, message) => {
    await start({ workHours: workWeek });
    const input = screen.getByLabelText(label);
    await commit(input, value);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(input)).toBe(message);
    expect((await storedSettings())?.workHours.days[1]).toEqual(DEFAULT_SETTINGS.workHours.days[1]);
  });

  it('saves a night shift that crosses midnight (22:00 to 06:00) as one period', async () => {
    await start({ workHours: workWeek });
    await commit(screen.getByLabelText('Monday: start time'), '22:00');
    await commit(screen.getByLabelText('Monday: finishing time'), '06:00');
    expect((await storedSettings())?.workHours.days[1]).toEqual({ enabled: true, start: '22:00', end: '06:00' });
  });

  it('saves a valid change to one day', async () => {
    await start({ workHours: workWeek });
    await commit(screen.getByLabelText('Wednesday: finishing time'), '16:30');
    expect((await storedSettings())?.workHours.days[3]).toEqual({ enabled: true, start: '09:00', end: '16:30' });
  });

  it('turns work hours on and shows the week, Monday first, weekdays on', async () => {
    await start();
    expect(screen.queryByRole('table', { name: 'Work hours for each day of the week' })).toBeNull();
    await saveWith(() => fireEvent.click(screen.getByRole('switch', { name: 'Only remind me during work hours' })));
    expect((await storedSettings())?.workHours.enabled).toBe(true);
    const table = screen.getByRole('table', { name: 'Work hours for each day of the week' });
    const days = within(table).getAllByRole('checkbox');
    expect(days.map((d) => (d as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(days.map((d) => (d as HTMLInputElement).checked)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe('exercise positions: at least one', () => {
  it('refuses to switch off the last position, with an error, and keeps it stored', async () => {
    await start({ exercises: { ...DEFAULT_SETTINGS.exercises, positions: ['seated'] } });
    const seated = screen.getByRole('checkbox', { name: 'Seated' });
    await saveWith(() => fireEvent.click(seated));
    expect(seated.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Keep at least one position switched on.')).toBeTruthy();
    expect((await storedSettings())?.exercises.positions).toEqual(['seated']);
  });

  it('saves a position switched off while others remain, in schema order', async () => {
    await start();
    await saveWith(() => fireEvent.click(screen.getByRole('checkbox', { name: 'Standing' })));
    expect((await storedSettings())?.exercises.positions).toEqual(['seated']);
  });
});

describe('choices and switches save at once', () => {
  it.each<[string, (s: Settings | undefined) => unknown, unknown]>([
    ['10 min', (s) => s?.snoozeMin, 10],
    ['Badge only', (s) => s?.promptStyle, 'badge'],
    ['Notification and break window', (s) => s?.promptStyle, 'notification+window'],
    ['Nudge me again if I miss it', (s) => s?.repeatNudges, false],
    ['Hold reminders while a window is full screen', (s) => s?.deferWhileFullscreen, false],
    ['Silent', (s) => s?.sound, 'off'],
    ['Spoken cues', (s) => s?.sound, 'voice'],
    ['I have a resistance band', (s) => s?.exercises.allowBand, true],
    ['Only exercises I can do discreetly at a desk', (s) => s?.exercises.officeDiscreetOnly, true],
  ])('"%s"', async (name, read, expected) => {
    await start();
    await saveWith(() => fireEvent.click(screen.getByLabelText(name, { exact: false, selector: 'input' })));
    expect(read(await storedSettings())).toEqual(expected);
    expect(screen.getByTestId('saved').textContent).toBe('Saved');
  });
});
