import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * What WXT's fake browser lacks, for the background: `idle` (absent),
 * commands.onCommand (throws), and counters of storage writes and alarm
 * creations. Install after fakeBrowser.reset() (tests/setup.ts does the reset).
 */
export interface FakePlatform {
  idleState: 'active' | 'idle' | 'locked';
  /** Reports a new idle state the way Chrome does (onStateChanged). */
  setIdle(state: 'active' | 'idle' | 'locked'): Promise<void>;
  command(name: string): Promise<void>;
  writes: { local: number; sync: number; keys: string[][] };
  detectionInterval: number | null;
  /**
   * How long input has really stopped while idle, seconds (queryState(n) answers idle only from n on);
   * null: one usual detection interval (60 s).
   */
  idleForS: number | null;
  /** A tab playing sound (tabs.query({audible: true}) lists one). */
  audible: boolean;
  /** Firefox: a tab sharing camera/microphone (sharingState). */
  sharing: boolean;
  /** The 16-px path of the last action.setIcon (null: the manifest's icon), and how many calls. */
  icon: { path16: string | null; sets: number };
}

type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: async (...args: unknown[]) => {
      await Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args)));
    },
  };
}

let ORIGINAL_QUERY: typeof fakeBrowser.tabs.query | undefined;
const ORIGINAL_SET = new Map<'local' | 'sync', typeof fakeBrowser.storage.local.set>();

export function installFakePlatform(): FakePlatform {
  const onStateChanged = event();
  const onCommand = event();
  const platform: FakePlatform = {
    idleState: 'active',
    async setIdle(state) {
      platform.idleState = state;
      await onStateChanged.trigger(state);
    },
    command: (name) => onCommand.trigger(name),
    writes: { local: 0, sync: 0, keys: [] },
    detectionInterval: null,
    idleForS: null,
    audible: false,
    sharing: false,
    icon: { path16: null, sets: 0 },
  };
  // WXT's fake action has no setIcon: record what the worker asks for.
  (fakeBrowser.action as unknown as Record<string, unknown>).setIcon = async (d: { path: Record<string, string> }) => {
    platform.icon.path16 = d.path['16'] ?? null;
    platform.icon.sets += 1;
  };
  // WXT's fake tabs know nothing of sound or calls: answer those queries from the platform.
  const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
  const originalQuery = (ORIGINAL_QUERY ??= fakeBrowser.tabs.query.bind(fakeBrowser.tabs));
  tabs.query = async (q: { audible?: boolean }) => {
    if (q.audible === true) return platform.audible ? [{ id: 9_001, index: 0, audible: true }] : [];
    const all = await originalQuery(q as never);
    return platform.sharing ? [...all, { id: 9_002, index: 0, sharingState: { camera: true, microphone: true } }] : all;
  };
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.idle = {
    onStateChanged,
    queryState: async (threshold: number) =>
      platform.idleState === 'idle' && (platform.idleForS ?? 60) < threshold ? 'active' : platform.idleState,
    setDetectionInterval: (s: number) => {
      platform.detectionInterval = s;
    },
  };
  (fakeBrowser.commands as unknown as Record<string, unknown>).onCommand = onCommand;

  for (const area of ['local', 'sync'] as const) {
    const storage = fakeBrowser.storage[area];
    // Wrap the original set once per install, not the previous install's wrapper.
    const original = ORIGINAL_SET.get(area) ?? storage.set;
    ORIGINAL_SET.set(area, original);
    const set = original.bind(storage);
    storage.set = (async (items: Record<string, unknown>) => {
      platform.writes[area] += 1;
      platform.writes.keys.push(Object.keys(items));
      return set(items);
    }) as typeof storage.set;
  }
  return platform;
}

/** A killed worker: every listener the old one registered is gone (storage and alarms survive). */
export function dropWorkerListeners(): void {
  for (const ev of allEvents(fakeBrowser)) ev.removeAllListeners();
}

/** Every event object of the fake browser (alarms.onAlarm, storage.local.onChanged, …). */
function allEvents(root: unknown, depth = 0, out: { removeAllListeners(): void }[] = []): { removeAllListeners(): void }[] {
  if (!root || typeof root !== 'object' || depth > 3) return out;
  for (const v of Object.values(root as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const e = v as { removeAllListeners?: unknown; addListener?: unknown };
    if (typeof e.removeAllListeners === 'function' && typeof e.addListener === 'function') out.push(e as { removeAllListeners(): void });
    else allEvents(v, depth + 1, out);
  }
  return out;
}
