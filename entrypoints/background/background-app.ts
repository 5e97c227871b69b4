import type { NamedEntry } from '../../content/worker-catalogue';
import {
  configFrom,
  PAUSE_INPUT_S,
  sameState,
  step,
  toolbarLook,
  type Activity,
  type EngineEvent,
  type TrackerState,
} from '../../core/engine';
import type { ReplyTo, Request } from '../../core/messages';
import type { Settings } from '../../core/settings/settings';
import { readSettings, storeMigratedSettings } from '../../utils/storage/settings-store';
import { applyEffects } from './apply-effects';
import { ensureAlarm } from './ensure-alarm';
import { createPicker } from './exercise-picker';
import { handleRequest } from './handle-request';
import { setDueBadge } from './prompt-ui';
import { createSerialQueue } from './serial-queue';
import { showToolbar } from './toolbar';
import { createTrackerStore, type TrackerStore } from './tracker-store';
import { createIdleInterval } from './idle-interval';
import { IDLE_DETECTION_S, isFullscreen, queryActivity, queryIdleFor, queryMedia } from './worker-probes';
import { readPinned } from '../../utils/toolbar-pin';

export interface BackgroundDeps {
  now: () => number;
  minuteMs: number;
  catalogue: readonly NamedEntry[];
  firefox: boolean;
  store?: TrackerStore;
  /** Random numbers in [0, 1): each install's picker seed. */
  random?: () => number;
  /** Chrome: whether the toolbar icon is pinned (null: cannot say); utils/toolbar-pin.ts by default. */
  pinned?: () => Promise<boolean | null>;
  /** Told of each thing the worker does (tests and the quiet-day benchmark count them); none in the product. */
  observe?: (what: WorkerDeed) => void;
}

/** After a storage write failed, the worker wakes this soon to try the event again. */
export const WRITE_RETRY_MS = 60_000;

/**
 * What the worker did: an event handled, one that changed the tracker or the history (each at
 * most one storage write), our alarm fired, a notification shown, an alarm created.
 */
export type WorkerDeed = 'event' | 'change' | 'alarmFired' | 'notification' | 'alarmCreated';

export interface BackgroundApp {
  dispatch(event: EngineEvent, opts?: { popupOpened?: Promise<boolean> }): Promise<TrackerState>;
  /** A tab or window switch: a natural pause for a waiting prompt, nothing for anything else. */
  switched(): Promise<TrackerState>;
  /** idle.onStateChanged: under the natural-pause wait's short interval an idle report is a pause. */
  idleChanged(activity: Activity): Promise<TrackerState>;
  reconcile(reason: 'worker' | 'browser' | 'installed'): Promise<TrackerState>;
  /** Our alarm fired: asks idle too, so a lost `active` (or `idle`) report is recovered at the wake. */
  alarm(scheduledTime: number): Promise<TrackerState>;
  handleRequest<R extends Request>(request: R): Promise<ReplyTo<R>>;
  settingsChanged(): Promise<TrackerState>;
  /** Resolves when every queued event has been handled. */
  settled(): Promise<void>;
  readonly store: TrackerStore;
}

/**
 * The worker's logic around the pure engine: each event runs alone (a
 * serial queue, so a state read and its write never interleave with another
 * event's), with `now` read once; the new state is written only if it
 * changed, then the effects are applied.
 */
export function createBackground(deps: BackgroundDeps): BackgroundApp {
  const store = deps.store ?? createTrackerStore();
  const observe = deps.observe ?? (() => undefined);
  let tracker: TrackerState | null = null; // the worker is the only writer, so the cache is the truth while alive
  let settings: Settings | null = null;
  const queue = createSerialQueue();
  const pinned = deps.pinned ?? readPinned;
  const idle = createIdleInterval();

  /**
   * An idle report says input stopped a detection interval ago; it may have stopped long before (a lid
   * closed without a lock report, then opened). Asked at the natural-break threshold, idle says so.
   */
  async function withRealIdle(event: EngineEvent, s: Settings, now: number): Promise<EngineEvent> {
    if (event.type !== 'activity' || event.activity !== 'idle' || event.pause) return event;
    const thresholdS = Math.round((s.naturalBreakMin * deps.minuteMs) / 1000);
    if (thresholdS <= IDLE_DETECTION_S) return event;
    return (await queryIdleFor(thresholdS)) ? { ...event, since: Math.min(event.since ?? now, now - thresholdS * 1000) } : event;
  }

  const seedFor = () => Math.floor((deps.random ?? Math.random)() * 0x7fffffff);
  const getSettings = async (): Promise<Settings> => {
    if (settings) return settings;
    const read = await readSettings();
    // Settings from an older version (they migrate on read) are stored in today's shape the first time a
    // worker reads them: at every start, not only at "update", since the browser may close between the
    // update and this write. Current settings cost no second read.
    if (read.migratedFrom !== undefined && read.fromFutureVersion === undefined) await storeMigratedSettings();
    return (settings = read.settings);
  };
  const startEvent = async (reason: 'worker' | 'browser' | 'installed'): Promise<EngineEvent> => ({
    type: 'start',
    reason,
    ...(await queryActivity(deps.now)),
  });

  async function run(event: EngineEvent, popupOpened?: Promise<boolean>): Promise<TrackerState> {
    const now = deps.now();
    const s = await getSettings();
    const prev = tracker ?? (await store.loadTracker(now, seedFor()));
    const fullscreen = s.deferWhileFullscreen || s.countMediaAsSitting ? await isFullscreen() : false;
    const media = s.countMediaAsSitting || s.callWaitMin > 0 ? await queryMedia(deps.firefox) : undefined;
    const { state, effects } = step(prev, await withRealIdle(event, s, now), {
      now,
      config: configFrom(s, deps.minuteMs),
      fullscreen,
      ...(media ? { media } : {}),
      pick: createPicker(deps.catalogue, s.exercises),
    });
    observe('event');
    if (event.type === 'alarm') observe('alarmFired');
    const append = effects.flatMap((e) => (e.type === 'appendHistory' ? [e.entry] : []));
    const remove = effects.flatMap((e) => (e.type === 'removeHistory' ? [e.entry] : []));
    const rewrite = state !== prev || store.older; // an older stored tracker is stored in today's shape
    if (rewrite || append.length > 0 || remove.length > 0) {
      observe('change');
      // The running minute is mirrored to `session` for the pages, in the same set.
      const session = sameState({ s: state.session }, { s: prev.session }) ? {} : { session: state.session };
      try {
        await store.commit({ ...(rewrite ? { tracker: state } : {}), append, remove, ...session }, now);
      } catch (e) {
        // Nothing of this event happened: memory stays what storage holds (the next event starts from
        // it again), no notification promises what was not kept, and the alarm still comes, soon, to retry.
        console.error('[glute-break] storage write failed; retrying at the next wake', e);
        tracker = prev;
        if (await ensureAlarm(Math.max(prev.wakeAt ?? 0, deps.now() + WRITE_RETRY_MS), deps.now())) observe('alarmCreated');
        return prev;
      }
    }
    tracker = state;
    await applyEffects(effects, { settings: s, catalogue: deps.catalogue, firefox: deps.firefox, now, popupOpened, observe, pinned });
    idle.follow(state);
    // After every event the alarm is what the state asks for: one that fired and changed nothing is
    // gone while we still want a wake, and a create may have failed. Creates only when missing or wrong.
    if (await ensureAlarm(state.wakeAt, deps.now())) observe('alarmCreated');
    return state;
  }

  /** The toolbar as the state says, whatever it showed before (a restart, a reset). */
  async function restoreToolbar(state: TrackerState): Promise<void> {
    try {
      const look = toolbarLook(state, configFrom(await getSettings(), deps.minuteMs));
      await Promise.all([setDueBadge(state.prompt !== null), showToolbar(look, deps.now())]);
    } catch (e) {
      console.error('[glute-break] toolbar restore failed', e);
    }
  }

  return {
    store,
    dispatch: (event, opts) => queue.run(() => run(event, opts?.popupOpened)),
    alarm: (scheduledTime) => queue.run(async () => run({ type: 'alarm', scheduledTime, ...(await queryActivity(deps.now)) })),
    switched: () =>
      queue.run(async () => {
        // Switches come dozens of times an hour. Before the next wake with no prompt waiting, the engine
        // would compute the same state, so they cost one state read, no window or media probe.
        const now = deps.now();
        tracker ??= await store.loadTracker(now, seedFor());
        const idle = tracker.prompt?.phase !== 'waiting' && tracker.wakeAt !== null && now < tracker.wakeAt;
        return idle ? tracker : run({ type: 'switch' });
      }),
    idleChanged: (activity) =>
      queue.run(() => {
        const pause = activity === 'idle' && idle.short();
        const seconds = pause ? PAUSE_INPUT_S : IDLE_DETECTION_S;
        return run({
          type: 'activity',
          activity,
          ...(activity === 'idle' ? { since: deps.now() - seconds * 1000 } : {}),
          ...(pause ? { pause } : {}),
        });
      }),
    reconcile: (reason) =>
      queue.run(async () => {
        idle.reset();
        const state = await run(await startEvent(reason));
        // Badge, icon and tooltip do not survive a browser restart: restore them from the state.
        await restoreToolbar(state);
        return state;
      }),
    settingsChanged: () =>
      queue.run(() => {
        const before = settings?.workHours;
        settings = null;
        return run({ type: 'settings', ...(before ? { workHoursBefore: before } : {}) });
      }),
    settled: () => queue.settled(),
    handleRequest: (request) =>
      queue.run(() =>
        handleRequest(request, {
          store,
          now: deps.now,
          run: (event) => run(event),
          startEvent: () => startEvent('worker'),
          forgetSettings: () => (settings = null),
          forgetTracker: () => (tracker = null),
          countChange: () => observe('change'),
          restoreToolbar,
        }),
      ),
  };
}
