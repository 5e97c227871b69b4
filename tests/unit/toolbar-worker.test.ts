import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { saveSettings } from '../../utils/storage/settings-store';
import { MIN, WorkerDriver } from '../sim/worker-driver';

const T0 = new Date(2026, 2, 2, 10, 0).getTime();
let w: WorkerDriver;

/** The browser closed and opened again: listeners gone, the toolbar back to the manifest's title, a new worker. */
async function restartBrowser() {
  await fakeBrowser.action.setTitle({ title: '' });
  await w.restart();
}

const title = () => fakeBrowser.action.getTitle({});

beforeEach(() => {
  w = new WorkerDriver(T0);
});

describe('toolbar icon and tooltip (worker on the WXT fake browser)', () => {
  it('a fresh start shows the usual icon and the name as tooltip', async () => {
    await w.start();
    expect(w.platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break');
  });

  it('pause for an hour → grey icon, "Paused until 11:10"; Resume → the usual icon again', async () => {
    await w.start();
    w.clock = T0 + 10 * MIN;
    await w.request({ type: 'action', action: { kind: 'pause', until: T0 + 70 * MIN } });
    expect(w.platform.icon.path16).toBe('/icon/paused-16.png');
    expect(await title()).toMatch(/^Glute Break — Paused until 11:10/);
    w.clock = T0 + 20 * MIN;
    await w.request({ type: 'action', action: { kind: 'resume' } });
    expect(w.platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break');
  });

  it('a due break keeps the usual icon with the "!" and says so in the tooltip', async () => {
    await w.start();
    await w.runTo(T0 + 46 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(w.platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break: time for a break');
  });

  it('paused until I resume, then the browser restarts: the grey icon and its tooltip come back at start', async () => {
    await w.start();
    await w.request({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    w.clock += 5 * MIN;
    await restartBrowser();
    expect(w.platform.icon.path16).toBe('/icon/paused-16.png');
    expect(await title()).toBe('Glute Break — Paused until you resume');
  });

  it('signs of life while paused set no icon: only the change does', async () => {
    await w.start();
    await w.request({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    const sets = w.platform.icon.sets;
    await w.platform.setIdle('idle');
    await w.platform.setIdle('active');
    await w.settled();
    expect(w.platform.icon.sets).toBe(sets);
  });

  it('Reset while paused puts the usual icon back', async () => {
    await w.start();
    await w.request({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    expect(await w.request({ type: 'resetData' })).toEqual({ ok: true });
    expect(w.platform.icon.path16).toBe('/icon/16.png');
    expect(await title()).toBe('Glute Break');
  });

  it('at 20:00 with work hours 09–18 the night icon says when they resume; switching work hours off in options brings the usual icon back', async () => {
    const workHours = {
      enabled: true,
      days: DEFAULT_SETTINGS.workHours.days.map((d, i) => ({ ...d, enabled: i >= 1 && i <= 5, start: '09:00', end: '18:00' })),
    };
    await saveSettings({ ...DEFAULT_SETTINGS, workHours });
    w.clock = new Date(2026, 2, 2, 20, 0).getTime(); // Monday
    await w.start();
    expect(w.platform.icon.path16).toBe('/icon/outside-16.png');
    expect(await title()).toMatch(/^Glute Break — Outside work hours · resumes Tue 9:00/);
    await saveSettings({ ...DEFAULT_SETTINGS, workHours: { ...workHours, enabled: false } });
    await w.settled();
    expect(w.platform.icon.path16).toBe('/icon/16.png');
  });
});
