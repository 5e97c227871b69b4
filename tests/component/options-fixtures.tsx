import { act, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../core/settings';
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

/** Types a value and commits it, as leaving the field (or pressing Enter) does. */
export async function commit(input: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.input(input, { target: { value } });
    fireEvent.change(input, { target: { value } });
  });
  // updateSettings reads and writes storage in a few awaited steps.
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

export async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

export const sentMessages = () =>
  (fakeBrowser.runtime.sendMessage as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => c[0]);

/** The inline error a field points at through aria-describedby, or null. */
export function describedError(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || null;
}
