import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackerState } from '../../core/engine';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';
import { until } from './harness/until';

declare const browser: typeof import('wxt/browser').browser;

/**
 * The engine in real headless Firefox, with the event page unloaded one second
 * after each event (extensions.background.idle.timeout = 1000): every alarm
 * and message meets a freshly loaded background that knows only storage.
 */
describe('Firefox: screen-time engine with an event page that unloads between events', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox({ build: 'e2e', prefs: { 'extensions.background.idle.timeout': 1000 } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  const look = () =>
    ext.inExtension(async () => {
      const local = await browser.storage.local.get(['tracker', 'history']);
      return {
        tracker: (local.tracker ?? null) as TrackerState | null,
        history: ((local.history as { entries?: unknown[] } | undefined)?.entries ?? []) as unknown[],
        badge: await browser.action.getBadgeText({}),
        alarms: await browser.alarms.getAll(),
        backgroundLoaded: browser.extension
          .getViews()
          .some((w) => (w as unknown as { location: { pathname: string } }).location.pathname.includes('background')),
      };
    });

  it('the prompt fires once, with the bout and state intact (e2e build, 20-s interval)', async () => {
    await ext.inExtension((s) => browser.storage.sync.set({ settings: s }), {
      ...DEFAULT_SETTINGS,
      pauseWaitMin: 0, // on the dot: this checks the engine's timing (the wait: tests/unit/worker-moment)
      // 20 s in this build: time for the background to unload before the prompt is due, even on a slow machine.
      intervalMin: 20,
      repeatNudges: false,
      naturalBreakMin: 30,
    });
    // Right after the settings change woke it, the background is there (so the check below can see it).
    expect((await look()).backgroundLoaded).toBe(true);
    // Until the background has applied the new interval (before that the alarm is still the default
    // one), or, on a slow machine, has already prompted on it.
    const applied = await until(
      look,
      (x) =>
        Boolean(x.tracker?.bout) && (x.tracker!.prompt?.phase === 'due' || x.alarms[0]?.scheduledTime === x.tracker!.bout!.start + 20_000),
      20_000,
    );
    const boutStart = applied.tracker!.bout!.start;

    // The background goes away between events: it is gone before the alarm that prompts.
    const between = await until(look, (x) => !x.backgroundLoaded || x.tracker?.prompt != null, 20_000);
    expect(between.tracker?.prompt ?? null).toBeNull();
    expect(between.backgroundLoaded).toBe(false);

    // The alarm loads a fresh background, which prompts: never early, the badge with it.
    const prompted = await until(look, (x) => x.tracker?.prompt?.phase === 'due' && x.badge === '!', 40_000);
    const prompt = prompted.tracker!.prompt!;
    expect(prompt).toMatchObject({ phase: 'due', nudges: 0, firstAt: prompt.shownAt });
    expect(prompt.shownAt!).toBeGreaterThanOrEqual(boutStart + 20_000);

    // …then goes away with the state intact: the same prompt, not re-shown.
    const later = await until(look, (x) => !x.backgroundLoaded, 10_000);
    expect(later.tracker!.bout!.start).toBe(boutStart);
    expect(later.tracker!.prompt).toEqual(prompt);
    expect(later.history).toEqual([]);
    // Nudges are off: the only alarm left is the silent check one interval after the prompt.
    expect(later.alarms.map((a) => [a.name, a.scheduledTime])).toEqual([['glute-break:wake', prompt.shownAt! + 20_000]]);
    expect(ext.consoleErrors).toEqual([]);
  }, 90_000);
});
