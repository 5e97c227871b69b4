// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport, DATA_FILE_VERSION, MAX_IMPORT_BYTES } from '../../core/data/data-file';
import type { HistoryEntry } from '../../core/history/history-entry';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { mountOptions, sentMessages, storedSettings } from './options-fixtures';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const bout = (minutesAgo: number, outcome: HistoryEntry['outcome'] = 'taken'): HistoryEntry => ({
  start: NOW - minutesAgo * MIN,
  end: NOW - minutesAgo * MIN + 40 * MIN,
  screenMs: 40 * MIN,
  outcome,
  snoozes: 0,
});
const STORED_HISTORY = [bout(3000), bout(2000)];
const FILE_HISTORY = [bout(3000), bout(1000, 'skipped'), bout(500)];
const FILE_SETTINGS = { ...structuredClone(DEFAULT_SETTINGS), intervalMin: 30, sound: 'off' as const };
const goodFile = () => JSON.stringify(buildExport(FILE_SETTINGS, FILE_HISTORY, NOW));

beforeEach(async () => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
  await fakeBrowser.storage.local.set({ history: { version: 1, entries: STORED_HISTORY } });
});
afterEach(cleanup);

async function choose(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    fireEvent.change(input);
  });
  // Read and checked: either the preview or the reason it was refused.
  await waitFor(() => expect(screen.queryByTestId('import-preview') ?? (screen.queryByRole('alert')?.textContent || null)).toBeTruthy());
}

describe('import: a good file', () => {
  it('previews what will change, and imports only when confirmed', async () => {
    await mountOptions();
    await choose(goodFile());
    const preview = screen.getByTestId('import-preview');
    expect(within(preview).getByText('Importing “backup.json” will:')).toBeTruthy();
    expect(within(preview).getByText('change these settings: Reminder interval and Guided-minute sound')).toBeTruthy();
    expect(within(preview).getByText('add 2 entries to your history (4 in total afterwards)')).toBeTruthy();
    expect(sentMessages()).toEqual([]);

    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByTestId('import-done').textContent).toBe('Import finished.'));
    expect(sentMessages()).toEqual([
      {
        type: 'importData',
        settings: FILE_SETTINGS,
        history: [bout(3000), bout(2000), bout(1000, 'skipped'), bout(500)],
      },
    ]);
    expect(screen.getByTestId('import-done').textContent).toBe('Import finished.');
  });

  it('says when the settings in the file are the ones already in use', async () => {
    await fakeBrowser.storage.sync.set({ settings: FILE_SETTINGS });
    await mountOptions();
    await choose(goodFile());
    expect(screen.getByText('leave your settings as they are (they match the file)')).toBeTruthy();
  });

  it('changes nothing when the preview is cancelled', async () => {
    await mountOptions();
    await choose(goodFile());
    fireEvent.click(within(screen.getByTestId('import-preview')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('import-preview')).toBeNull());
    expect(sentMessages()).toEqual([]);
    expect(await storedSettings()).toBeUndefined();
  });

  it('reports a refusal from the extension and says nothing changed', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValue({ ok: false, error: 'storage full' });
    await mountOptions();
    await choose(goodFile());
    fireEvent.click(within(screen.getByTestId('import-preview')).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toBeTruthy());
    expect(screen.getByTestId('import-error').textContent).toBe('The import did not go through (storage full). Nothing was changed.');
  });
});

describe('import: a bad file is refused with a clear message and changes nothing', () => {
  const withFile = (patch: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(goodFile()), ...patch });
  it.each([
    ['bad JSON', () => '{"app": "glute-break", "version": 1,', 'This file is not valid JSON, so it can’t be a Glute Break export.'],
    ['a file from another app', () => withFile({ app: 'sit-less' }), 'This file was not exported by Glute Break.'],
    [
      'a wrong schema (interval of 900)',
      () => withFile({ settings: { ...FILE_SETTINGS, intervalMin: 900 } }),
      'Part of this file is damaged or edited by hand (at “settings.intervalMin”).',
    ],
    [
      'a wrong schema (history not a list)',
      () => withFile({ history: 'lots' }),
      'Part of this file is damaged or edited by hand (at “history”).',
    ],
    [
      'a future version',
      () => withFile({ version: DATA_FILE_VERSION + 1 }),
      'This file comes from a newer version of Glute Break. Update the extension, then try again.',
    ],
    ['a huge file', () => 'x'.repeat(MAX_IMPORT_BYTES + 1), 'This file is bigger than 5 MB, far more than a Glute Break export.'],
  ])('%s', async (_, text, message) => {
    await mountOptions();
    await choose(text());
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(`${message} Nothing was changed.`);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(sentMessages()).toEqual([]);
    expect(await storedSettings()).toBeUndefined();
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual({ version: 1, entries: STORED_HISTORY });
  });

  it('does not read a huge file at all (refused by its size)', async () => {
    await mountOptions();
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    const text = vi.fn(async () => '{}');
    const file = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text } as unknown as File;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      fireEvent.change(input);
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('bigger than 5 MB'));
    expect(text).not.toHaveBeenCalled();
  });
});

describe('import: the file picker speaks the page’s language, not the browser’s', () => {
  const chosenName = () => screen.getByTestId('import-file-name').textContent;
  const input = () => screen.getByLabelText('Choose a file to import') as HTMLInputElement;

  it('is our own labelled control over the hidden input, described by the hint and what is chosen', async () => {
    await mountOptions();
    expect(input().classList.contains('visually-hidden')).toBe(true);
    expect(input().getAttribute('aria-describedby')).toBe('import-hint import-file-name');
    expect(chosenName()).toBe('No file chosen');
  });

  it.each([
    ['the preview is cancelled', 'Cancel'],
    ['the import is done', 'Import'],
  ])('shows the chosen file’s name until %s, then "No file chosen" again', async (_, button) => {
    await mountOptions();
    await choose(goodFile(), 'monday-backup.json');
    expect(chosenName()).toBe('monday-backup.json');
    fireEvent.click(within(screen.getByTestId('import-preview')).getByRole('button', { name: button }));
    await waitFor(() => expect(chosenName()).toBe('No file chosen'));
  });

  it('keeps a refused file’s name beside the reason, and lets the same file be chosen again once fixed', async () => {
    await mountOptions();
    // A browser reports no change when the file chosen is the one the input still holds.
    const cleared = vi.fn();
    Object.defineProperty(input(), 'value', { configurable: true, get: () => '', set: (v: string) => v === '' && cleared() });
    await choose('{oops', 'edited.json');
    expect(chosenName()).toBe('edited.json');
    expect(screen.getByRole('alert').textContent).toContain('not valid JSON');
    expect(cleared).toHaveBeenCalled();
  });
});
