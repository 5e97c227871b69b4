// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPlatformContext, type OptionsPlatform } from '../../components/options/options-platform';
import { WelcomePanel } from '../../components/options/WelcomePanel';
import { ENGLISH_TEXT } from '../../content/locale-text';
import { safetyNoteText } from '../../entrypoints/popup/safety-chunk';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { App } from '../../entrypoints/popup/App';
import { loadPopupData } from '../../entrypoints/popup/popup-data';
import { mountOptions } from './options-fixtures';
import { CATALOGUE, REPS, store, T0, trackerAt } from './popup-fixtures';
import { usePageAt } from './page-at';

usePageAt(T0);

const welcome = () => within(screen.getByTestId('welcome'));

/** The welcome alone, with a platform that says which browser it is and how the try window went. */
function renderWelcome(platform: Partial<OptionsPlatform>) {
  const full: OptionsPlatform = {
    send: async () => undefined,
    sendAction: async () => undefined,
    browserName: 'chrome',
    tryMinute: async () => true,
    notificationPermission: async () => 'granted',
    shortcuts: { read: async () => '', open: null, firefox: false },
    pinned: { read: async () => false, watch: () => () => undefined },
    ...platform,
  };
  render(
    <OptionsPlatformContext.Provider value={full}>
      <WelcomePanel settings={DEFAULT_SETTINGS} errors={{}} save={async () => true} onClose={() => undefined} />
    </OptionsPlatformContext.Provider>,
  );
}

describe('welcome: keep the icon in sight', () => {
  it('in Chrome, which hides new extensions, it says to pin the icon from the puzzle-piece menu', async () => {
    await mountOptions('?welcome=1');
    const hint = within(welcome().getByTestId('pin-hint'));
    expect(hint.getByText(/puzzle-piece Extensions button next to the address bar, then the pin beside Glute Break/)).toBeTruthy();
    expect(hint.getByText(/red “!” when a break is due/)).toBeTruthy();
    expect(hint.getByText('Reminders paused')).toBeTruthy();
    expect(hint.getByText('Outside work hours')).toBeTruthy();
  });

  it('in Chrome, once the icon is pinned, the hint goes (and comes back if it is unpinned again)', async () => {
    let tell: (pinned: boolean) => void = () => undefined;
    renderWelcome({ pinned: { read: async () => true, watch: (cb) => ((tell = cb), () => undefined) } });
    await waitFor(() => expect(screen.getByTestId('welcome')).toBeTruthy());
    await waitFor(() => expect(screen.queryByTestId('pin-hint')).toBeNull());
    await act(() => tell(false));
    expect(screen.getByTestId('pin-hint')).toBeTruthy();
  });

  it('in Firefox, where the icon starts on the toolbar, it says only how to put it back', () => {
    renderWelcome({ browserName: 'firefox', pinned: { read: async () => null, watch: () => () => undefined } });
    const hint = within(screen.getByTestId('pin-hint'));
    expect(hint.getByText(/already on the toolbar/)).toBeTruthy();
    expect(hint.queryByText(/then the pin beside Glute Break/)).toBeNull();
  });
});

describe('welcome: try one minute', () => {
  it('opens the break window told to start its minute at once', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await mountOptions('?welcome=1');
    fireEvent.click(welcome().getByRole('button', { name: 'Start a one-minute try' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0]).toMatchObject({ type: 'popup', url: expect.stringMatching(/\/popup\.html\?window=break&start=1$/) });
  });

  it('says what to do instead when no window opened', async () => {
    renderWelcome({ tryMinute: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Start a one-minute try' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/did not open\. Click the Glute Break icon and press Start/));
  });
});

describe('the break window opened to try a minute', () => {
  async function openTryWindow(safetyAcknowledged: boolean) {
    await store({ tracker: trackerAt(Date.now(), { exerciseId: REPS.id }), settings: { safetyAcknowledged } });
    const initial = await loadPopupData(Date.now());
    render(
      <App
        initial={initial}
        exercises={CATALOGUE}
        breakWindow
        locale="en-US"
        startNow
        loadSafety={async () => safetyNoteText(ENGLISH_TEXT.safety)}
      />,
    );
    await act(() => Promise.resolve());
  }
  const sessionStarts = () =>
    vi
      .mocked(fakeBrowser.runtime.sendMessage)
      .mock.calls.filter(([m]) => (m as { action?: { kind?: string } }).action?.kind === 'sessionStart');

  it('starts the guided minute on its exercise at once, as Start would', async () => {
    await openTryWindow(true);
    await waitFor(() =>
      expect(sessionStarts()).toEqual([
        [{ type: 'action', action: { kind: 'sessionStart', exerciseId: REPS.id, plannedMs: expect.any(Number) } }],
      ]),
    );
    expect(screen.queryByRole('button', { name: 'Start · 1 minute' })).toBeNull();
  });

  it('the first time, shows the safety text first and starts only after it is read', async () => {
    await openTryWindow(false);
    expect(sessionStarts()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Start · 1 minute' })).toBeNull();
    expect(screen.getByText('Before your first break')).toBeTruthy();
    const go = screen.getByRole('button', { name: 'I have read this, start' });
    fireEvent.click(go);
    await waitFor(() => expect(sessionStarts()).toHaveLength(1));
  });
});
