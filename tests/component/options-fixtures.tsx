import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../core/settings/settings';
import { App } from '../../entrypoints/options/App';

/** Shared set-up for the options page component tests. */
export const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

export async function mountOptions(search = '') {
  const utils = render(<App search={search} />);
  await screen.findByRole('heading', { level: 2, name: 'Reminders' });
  // Let the storage reads of history and tracker settle.
  await act(() => Promise.resolve());
  return utils;
}

const savedLine = () => screen.getByTestId('saved');
const outcomes = () => Number(savedLine().getAttribute('data-outcomes') ?? '0');

/**
 * Does `change` (a click or an edit of one setting) and waits until the page
 * has its outcome (saved, refused or failed) and shows it ("Saved" or not).
 */
export async function saveWith(change: () => void) {
  const before = outcomes();
  await act(async () => change());
  await waitFor(() => {
    expect(outcomes()).toBeGreaterThan(before);
    expect(savedLine().textContent).toBe(savedLine().getAttribute('data-outcome') === 'saved' ? 'Saved' : '');
  });
}

/** Types a value and commits it, as leaving the field (or pressing Enter) does, and waits for the outcome. */
export async function commit(input: HTMLElement, value: string) {
  await saveWith(() => {
    fireEvent.input(input, { target: { value } });
    fireEvent.change(input, { target: { value } });
  });
}

export const sentMessages = () =>
  (fakeBrowser.runtime.sendMessage as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => c[0]);

/** The inline error a field points at through aria-describedby, or null. */
export function describedError(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || null;
}
