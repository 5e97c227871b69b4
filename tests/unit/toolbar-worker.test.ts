import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { saveSettings } from '../../utils/storage/settings-store';
import { startBackground } from '../../entrypoints/background/start-background';
import { dropWorkerListeners, installFakePlatform, type FakePlatform, runAlarmsTo } from '../sim/fake-platform';

const MIN = 60_000;
const T0 = new Date(2026, 2, 2, 10, 0).getTime();

let clock = T0;
let platform: FakePlatform;

/** A worker start: listeners registered, reconcile run. A new call = a killed and restarted worker. */
async function worker() {
  const app = startBackground({ now: () => clock, minuteMs: MIN, catalogue: EXERCISES, firefox: false });
  await app.settled();
  return app;
}

/** The browser closed and opened again: listeners gone, the toolbar back to the manifest's icon and title. */
async function restartBrowser() {
  dropWorkerListeners();
  platform = installFakePlatform();
  await fakeBrowser.action.setTitle({ title: '' });
}

/** Lets time run to t, our alarm firing on time whenever it comes due. */
const runTo = (app: { settled(): Promise<void> }, t: number) => runAlarmsTo(app, t, (ms) => (clock = ms));

const title = () => fakeBrowser.action.getTitle({});

beforeEach(() => {
  clock = T0;
  platform = installFakePlatform();
});

describe('toolbar icon and tooltip (worker on the WXT fake browser)', () => {
  it('a fresh start shows the usual icon and the name as tooltip', async () => {
    await worker();
    expect(platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break');
  });

  it('pause for an hour → grey icon, "Paused until 11:10"; Resume → the usual icon again', async () => {
    const app = await worker();
    clock = T0 + 10 * MIN;
    await app.handleRequest({ type: 'action', action: { kind: 'pause', until: T0 + 70 * MIN } });
    expect(platform.icon.path16).toBe('/icon/paused-16.png');
    expect(await title()).toMatch(/^Glute Break — Paused until 11:10/);
    clock = T0 + 20 * MIN;
    await app.handleRequest({ type: 'action', action: { kind: 'resume' } });
    expect(platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break');
  });

  it('a due break keeps the usual icon with the "!" and says so in the tooltip', async () => {
    const app = await worker();
    await runTo(app, T0 + 46 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break: time for a break');
  });

  it('paused until I resume, then the browser restarts: the grey icon and its tooltip come back at start', async () => {
    const app = await worker();
    await app.handleRequest({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    await restartBrowser();
    clock += 5 * MIN;
    await worker();
    expect(platform.icon.path16).toBe('/icon/paused-16.png');
    expect(await title()).toBe('Glute Break — Paused until you resume');
  });

  it('signs of life while paused set no icon: only the change does', async () => {
    const app = await worker();
    await app.handleRequest({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    const sets = platform.icon.sets;
    await platform.setIdle('idle');
    await platform.setIdle('active');
    await app.settled();
    expect(platform.icon.sets).toBe(sets);
  });

  it('Reset while paused puts the usual icon back', async () => {
    const app = await worker();
    await app.handleRequest({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    expect(await app.handleRequest({ type: 'resetData' })).toEqual({ ok: true });
    expect(platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break');
  });

  it('at 20:00 with work hours 09–18 the night icon says when they resume; switching work hours off in options brings the usual icon back', async () => {
    const workHours = {
      enabled: true,
      days: DEFAULT_SETTINGS.workHours.days.map((d, i) => ({ ...d, enabled: i >= 1 && i <= 5, start: '09:00', end: '18:00' })),
    };
    await saveSettings({ ...DEFAULT_SETTINGS, workHours });
    clock = new Date(2026, 2, 2, 20, 0).getTime(); // Monday
    const app = await worker();
    expect(platform.icon.path16).toBe('/icon/outside-16.png');
    expect(await title()).toMatch(/^Glute Break — Outside work hours · resumes Tue 9:00/);
    await saveSettings({ ...DEFAULT_SETTINGS, workHours: { ...workHours, enabled: false } });
    await app.settled();
    expect(platform.icon.path16).toBe('/icon/16.png');
  });
});
