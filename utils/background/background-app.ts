import { browser } from 'wxt/browser';
import type { Exercise } from '../../content/exercise';
import { configFrom, sameState, step, type Activity, type Effect, type EngineEvent, type MediaSignals, type TrackerState } from '../../core/engine';
import { HistoryEntrySchema, parseHistory } from '../../core/history';
import type { Reply, Request } from '../../core/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { STORAGE_KEYS } from '../../core/storage-keys';
import { t } from '../i18n';
import { readSettings, saveSettings } from '../settings-store';
import { createPicker } from './exercise-picker';
import { NOTIFICATION_ID, notificationOptions, openBreak, setDueBadge } from './prompt-ui';
import { createTrackerStore, type TrackerStore } from './tracker-store';
import * as v from 'valibot';

/** The one alarm; what it is for lives in the tracker state (wakeAt). */
export const ALARM_NAME = 'glute-break:wake';
/** idle.setDetectionInterval: 60 s (the minimum is 15 s; shorter only adds events). */
export const IDLE_DETECTION_S = 60;
const CHROME_MIN_ALARM_MS = 30_000;

export interface BackgroundDeps {
  now: () => number;
  minuteMs: number;
  catalogue: readonly Exercise[];
  firefox: boolean;
  store?: TrackerStore;
  /** Random numbers in [0, 1): each install's picker seed. */
  random?: () => number;
}

/** What the worker did, for wiring tests and the quiet-day benchmark. */
export interface BackgroundCounters {
  events: number;
  /** Events that changed the tracker or the history (each at most one storage write). */
  changes: number;
  alarmsFired: number;
  notifications: number;
  alarmsCreated: number;
}

export interface BackgroundApp {
  dispatch(event: EngineEvent, opts?: { popupOpened?: Promise<boolean> }): Promise<TrackerState>;
  reconcile(reason: 'worker' | 'browser' | 'installed'): Promise<TrackerState>;
  /** Our alarm fired: asks idle too, so a lost `active` report is recovered at the wake. */
  alarm(scheduledTime: number): Promise<TrackerState>;
  handleRequest(request: Request): Promise<Reply>;
  settingsChanged(): Promise<TrackerState>;
  /** Resolves when every queued event has been handled. */
  settled(): Promise<void>;
  readonly store: TrackerStore;
  readonly counters: BackgroundCounters;
}

/**
 * The worker's logic around the pure engine: each event runs alone (a
 * serial queue, so a state read and its write never interleave with another
 * event's), with `now` read once; the new state is written only if it
 * changed, then the effects are applied.
 */
export function createBackground(deps: BackgroundDeps): BackgroundApp {
  const store = deps.store ?? createTrackerStore();
  const counters: BackgroundCounters = { events: 0, changes: 0, alarmsFired: 0, notifications: 0, alarmsCreated: 0 };
  let tracker: TrackerState | null = null; // the worker is the only writer, so the cache is the truth while alive
  let settings: Settings | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch((e: unknown) => console.error('[glute-break]', e));
    return run;
  };

  const seedFor = () => Math.floor((deps.random ?? Math.random)() * 0x7fffffff);
  const getSettings = async (): Promise<Settings> => (settings ??= (await readSettings()).settings);

  async function isFullscreen(): Promise<boolean> {
    try {
      const w = await browser.windows.getLastFocused();
      return w?.state === 'fullscreen';
    } catch {
      return false;
    }
  }

  /** Media that keeps a user sitting without input: audible tabs (no permission needed), Firefox's sharingState. */
  async function media(s: Settings): Promise<MediaSignals | undefined> {
    if (!s.countMediaAsSitting) return undefined;
    try {
      const audible = (await browser.tabs.query({ audible: true })).length > 0;
      let sharing = false;
      if (deps.firefox) {
        const tabs = (await browser.tabs.query({})) as { sharingState?: { camera?: boolean; microphone?: boolean; screen?: unknown } }[];
        sharing = tabs.some((t) => t.sharingState?.camera === true || t.sharingState?.microphone === true || !!t.sharingState?.screen);
      }
      return { audible, sharing };
    } catch {
      return undefined;
    }
  }

  async function ensureAlarm(wakeAt: number | null): Promise<void> {
    const existing = await browser.alarms.get(ALARM_NAME);
    if (wakeAt === null) {
      if (existing) await browser.alarms.clear(ALARM_NAME);
      return;
    }
    // Re-creating an alarm resets it, so only when missing or wrong. Packed
    // Chrome delays alarms due within 30 s to 30 s: that delay is not "wrong".
    const clamped = existing !== undefined && existing.scheduledTime > wakeAt && existing.scheduledTime <= Math.max(wakeAt, deps.now() + CHROME_MIN_ALARM_MS);
    if (!existing || (existing.scheduledTime !== wakeAt && !clamped)) {
      counters.alarmsCreated += 1;
      await browser.alarms.create(ALARM_NAME, { when: wakeAt });
    }
  }

  async function apply(effects: Effect[], s: Settings, state: TrackerState, popupOpened?: Promise<boolean>): Promise<void> {
    for (const e of effects) {
      switch (e.type) {
        case 'setAlarm':
          counters.alarmsCreated += 1;
          await browser.alarms.create(ALARM_NAME, { when: e.at });
          break;
        case 'clearAlarm':
          await browser.alarms.clear(ALARM_NAME);
          break;
        case 'showNotification': {
          if (s.promptStyle === 'badge') break; // the user asked for the badge only
          const exercise = deps.catalogue.find((x) => x.id === e.exerciseId);
          counters.notifications += 1;
          await browser.notifications.create(NOTIFICATION_ID, notificationOptions(exercise, e.nudge, s.snoozeMin, deps.firefox));
          if (s.promptStyle === 'notification+window' && e.nudge === 0) await openBreak();
          break;
        }
        case 'clearNotification':
          await browser.notifications.clear(NOTIFICATION_ID);
          break;
        case 'setBadge':
          await setDueBadge(e.due);
          break;
        case 'openBreak':
          await openBreak(popupOpened);
          break;
        case 'appendHistory':
          break; // written together with the state
      }
    }
    void state;
  }

  async function run(event: EngineEvent, popupOpened?: Promise<boolean>): Promise<TrackerState> {
    const now = deps.now();
    const s = await getSettings();
    const prev = tracker ?? (await store.loadTracker(now, seedFor()));
    const fullscreen = s.deferWhileFullscreen || s.countMediaAsSitting ? await isFullscreen() : false;
    const signals = await media(s);
    const { state, effects } = step(prev, event, {
      now,
      config: configFrom(s, deps.minuteMs),
      fullscreen,
      ...(signals ? { media: signals } : {}),
      pick: createPicker(deps.catalogue, s.exercises),
    });
    counters.events += 1;
    if (event.type === 'alarm') counters.alarmsFired += 1;
    tracker = state;
    const append = effects.flatMap((e) => (e.type === 'appendHistory' ? [e.entry] : []));
    if (state !== prev || append.length > 0) {
      counters.changes += 1;
      const session = state.session !== prev.session && !sameState({ s: state.session }, { s: prev.session }) ? { session: state.session } : {};
      await store.commit({ ...(state !== prev ? { tracker: state } : {}), append, ...session }, now);
    }
    await apply(effects, s, state, popupOpened);
    // An alarm that fired and changed nothing is gone while we still want a wake: put it back.
    if ((event.type === 'alarm' || event.type === 'start') && !effects.some((e) => e.type === 'setAlarm' || e.type === 'clearAlarm')) {
      await ensureAlarm(state.wakeAt);
    }
    return state;
  }

  async function queryActivity(): Promise<{ activity: Activity; activitySince?: number } | Record<string, never>> {
    try {
      const state = (await browser.idle.queryState(IDLE_DETECTION_S)) as Activity;
      return state === 'idle' ? { activity: state, activitySince: deps.now() - IDLE_DETECTION_S * 1000 } : { activity: state };
    } catch {
      return {};
    }
  }

  const app: BackgroundApp = {
    store,
    counters,
    dispatch: (event, opts) => serial(() => run(event, opts?.popupOpened)),
    alarm: (scheduledTime) => serial(async () => run({ type: 'alarm', scheduledTime, ...(await queryActivity()) })),
    reconcile: (reason) =>
      serial(async () => {
        try {
          browser.idle.setDetectionInterval(IDLE_DETECTION_S);
        } catch {
          // no idle API (tests without a stub): activity stays as stored
        }
        const state = await run({ type: 'start', reason, ...(await queryActivity()) });
        // Badge text does not survive a browser restart: restore it from the state.
        await setDueBadge(state.prompt !== null);
        return state;
      }),
    settingsChanged: () =>
      serial(() => {
        settings = null;
        return run({ type: 'settings' });
      }),
    settled: async () => {
      let last: Promise<unknown>;
      do {
        last = queue;
        await last;
      } while (last !== queue);
    },
    handleRequest: (request) => serial(() => handle(request)),
  };

  async function handle(request: Request): Promise<Reply> {
    switch (request.type) {
      case 'action':
        await run({ type: 'action', action: request.action });
        return { ok: true };
      case 'importData': {
        // Validate everything before writing anything.
        if (request.history !== undefined) {
          const bad = Array.isArray(request.history)
            ? request.history.filter((e) => !v.safeParse(HistoryEntrySchema, e).success).length
            : 1;
          if (bad > 0) return { ok: false, error: t('bg_import_bad_history', bad) };
        }
        if (request.settings !== undefined) {
          const saved = await saveSettings(request.settings);
          if (!saved.ok) return { ok: false, error: t('bg_import_bad_settings', saved.issues[0]?.message ?? '') };
          settings = null;
        }
        if (request.history !== undefined) {
          await store.commit({ history: parseHistory(request.history).log }, deps.now());
          counters.changes += 1;
        }
        await run({ type: 'settings' });
        return { ok: true };
      }
      case 'resetData': {
        const saved = await saveSettings(structuredClone(DEFAULT_SETTINGS));
        if (!saved.ok) return { ok: false, error: t('bg_reset_failed') };
        settings = null;
        await store.clear();
        tracker = null;
        await browser.notifications.clear(NOTIFICATION_ID);
        await setDueBadge(false);
        await run({ type: 'start', reason: 'worker', ...(await queryActivity()) });
        return { ok: true };
      }
    }
  }

  return app;
}

/** Whether a message is one of ours (other contexts may message each other). */
export function isRequest(message: unknown): message is Request {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'action' || type === 'importData' || type === 'resetData';
}

export const SETTINGS_KEY = STORAGE_KEYS.settings;
