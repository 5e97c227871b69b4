import * as v from 'valibot';
import { issuePath } from '../data/issue-path';
import { PRECAUTIONS } from '../exercise';
import { runMigrations } from '../data/migrations';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/**
 * The user's settings: schema, defaults, validation and migrations.
 * Pure: no browser, no clock. Stored whole under `settings` (storage.sync),
 * written only through utils/storage/settings-store.ts. Versions and
 * migration steps: settings-migrations.ts.
 */
export { SETTINGS_VERSION };

export const INTERVAL_MIN = { min: 5, max: 180, default: 45 } as const;
export const NATURAL_BREAK_MIN = { min: 1, max: 30, default: 5 } as const;
/**
 * Snoozes (or, with nothing due, postpones) one break allows. Limited on purpose: a year-long study found
 * prompts that could be put off without end wore the habit down (Pedersen et al. 2018).
 */
export const SNOOZE_LIMIT = { min: 0, max: 5, default: 2 } as const;
/**
 * How long a due reminder may wait for a natural pause (15 s without input, a switch of tab or window,
 * the end of a call) before it shows anyway: interruptions at a breakpoint cost less (Iqbal and Bailey).
 * 0: on the dot.
 */
export const PAUSE_WAIT_MIN = { min: 0, max: 10, default: 3 } as const;
/** How long a due reminder waits for a call or video (a tab playing sound or sharing) to end. 0: it does not wait for sound. */
export const CALL_WAIT_MIN = { min: 0, max: 180, default: 60 } as const;
export const SNOOZE_CHOICES = [2, 5, 10, 15] as const;
export const INTERVAL_PRESETS = [20, 30, 45, 60, 90] as const;
export const PROMPT_STYLES = ['notification', 'notification+window', 'badge'] as const;
export const POSITIONS = ['seated', 'standing', 'floor'] as const;
/** How the guided minute sounds: silent, Web Audio tones, or a local voice (tones when none exists). */
export const SOUND_MODES = ['off', 'tones', 'voice'] as const;

export type PromptStyle = (typeof PROMPT_STYLES)[number];
export type Position = (typeof POSITIONS)[number];
export type SoundMode = (typeof SOUND_MODES)[number];

const wholeMinutes = (range: { min: number; max: number }, what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be whole minutes`),
    // A range, not "at least 1 minutes": the bound can be 1 and these read in an import error.
    v.minValue(range.min, `${what} must be from ${range.min} to ${range.max} minutes`),
    v.maxValue(range.max, `${what} must be from ${range.min} to ${range.max} minutes`),
  );

const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00'));

const DayHoursSchema = v.pipe(
  v.object({ enabled: v.boolean(), start: clockTime, end: clockTime }),
  // An end before the start crosses midnight (22:00–06:00 is one night shift).
  v.check((d) => d.start !== d.end, 'The end time must differ from the start time'),
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** Remind after this many minutes of continuous screen time. */
  intervalMin: wholeMinutes(INTERVAL_MIN, 'The interval'),
  /** Being away at least this long counts as a break. */
  naturalBreakMin: wholeMinutes(NATURAL_BREAK_MIN, 'The natural break'),
  snoozeMin: v.picklist(SNOOZE_CHOICES, 'Choose 2, 5, 10 or 15 minutes'),
  /** How many times one break may be snoozed or postponed; then it offers Start and Skip only. */
  snoozeLimit: v.pipe(
    v.number('The number of snoozes must be a number'),
    v.integer('The number of snoozes must be whole'),
    v.minValue(SNOOZE_LIMIT.min, `The number of snoozes must be from ${SNOOZE_LIMIT.min} to ${SNOOZE_LIMIT.max}`),
    v.maxValue(SNOOZE_LIMIT.max, `The number of snoozes must be from ${SNOOZE_LIMIT.min} to ${SNOOZE_LIMIT.max}`),
  ),
  /** A due reminder waits up to this long for a natural pause in the person's work (0: on the dot). */
  pauseWaitMin: wholeMinutes(PAUSE_WAIT_MIN, 'The wait for a pause'),
  /** A due reminder waits up to this long for a call or video to end (0: sound does not hold it). */
  callWaitMin: wholeMinutes(CALL_WAIT_MIN, 'The wait for a call'),
  /** Nudge again (at most twice) when a prompt is ignored. */
  repeatNudges: v.boolean(),
  promptStyle: v.picklist(PROMPT_STYLES),
  deferWhileFullscreen: v.boolean(),
  /** Idle while a tab plays sound, a window is fullscreen or a call shares camera/mic still counts as sitting. */
  countMediaAsSitting: v.boolean(),
  /** Cues during the guided minute (ticks, side switch, 3-2-1, the end). */
  sound: v.picklist(SOUND_MODES),
  workHours: v.object({
    enabled: v.boolean(),
    /** Index 0 = Sunday … 6 = Saturday, as date-fns getDay(). */
    days: v.tuple([DayHoursSchema, DayHoursSchema, DayHoursSchema, DayHoursSchema, DayHoursSchema, DayHoursSchema, DayHoursSchema]),
  }),
  exercises: v.object({
    positions: v.pipe(v.array(v.picklist(POSITIONS)), v.minLength(1, 'Allow at least one position')),
    allowBand: v.boolean(),
    /** "I have a ball": self-massage with a ball. */
    allowBall: v.boolean(),
    officeDiscreetOnly: v.boolean(),
    /** Optional screening answers; each removes every exercise tagged with it. */
    precautions: v.pipe(
      v.array(v.picklist(PRECAUTIONS)),
      v.check((p) => new Set(p).size === p.length, 'Each answer once'),
    ),
  }),
  /** The safety text was shown and acknowledged before the first guided minute. */
  safetyAcknowledged: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type DayHours = v.InferOutput<typeof DayHoursSchema>;

const weekday: DayHours = { enabled: true, start: '09:00', end: '18:00' };
const weekend: DayHours = { enabled: false, start: '09:00', end: '18:00' };

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  intervalMin: INTERVAL_MIN.default,
  naturalBreakMin: NATURAL_BREAK_MIN.default,
  snoozeMin: 5,
  snoozeLimit: SNOOZE_LIMIT.default,
  pauseWaitMin: PAUSE_WAIT_MIN.default,
  callWaitMin: CALL_WAIT_MIN.default,
  repeatNudges: true,
  promptStyle: 'notification',
  deferWhileFullscreen: true,
  countMediaAsSitting: true,
  sound: 'tones',
  workHours: {
    enabled: false,
    days: [weekend, weekday, weekday, weekday, weekday, weekday, weekend],
  },
  // Floor is opt-in ("I have a clear floor or a mat"): a desk worker is not asked to lie down.
  exercises: { positions: ['seated', 'standing'], allowBand: false, allowBall: false, officeDiscreetOnly: false, precautions: ['wheels'] },
  safetyAcknowledged: false,
};

export interface FieldIssue {
  /** Dotted path of the field, e.g. "intervalMin" or "workHours.days.1.end". */
  path: string;
  message: string;
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

/** Validates a whole settings object as the user would save it. */
export function validateSettings(input: unknown): SettingsValidation {
  const result = v.safeParse(SettingsSchema, input);
  if (result.success) return { ok: true, settings: result.output };
  return {
    ok: false,
    issues: result.issues.map((i) => ({ path: issuePath(i), message: i.message })),
  };
}

export interface LoadedSettings {
  settings: Settings;
  /** Fields that were corrupt or foreign and fell back to their default. */
  resetFields: string[];
  /** Set when the stored object came from an older schema version. */
  migratedFrom?: number;
  /** Set when the stored object is from a newer version than this build knows. */
  fromFutureVersion?: number;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Turns whatever is stored into valid settings without ever throwing: migrates
 * older versions, then keeps every valid field and resets each invalid one to
 * its default (reported in `resetFields`). Nothing stored → defaults, no resets.
 */
export function loadSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: structuredClone(DEFAULT_SETTINGS), resetFields: [] };
  if (!isRecord(stored)) return { settings: structuredClone(DEFAULT_SETTINGS), resetFields: ['*'] };

  let raw: Record<string, unknown> = stored;
  // Only a whole number ≥ 1 is a version; anything else (a string, NaN, -1e9,
  // which would spin the migration loop) counts as the unversioned first schema.
  const storedVersion = raw.version;
  const version = Number.isSafeInteger(storedVersion) && (storedVersion as number) >= 1 ? (storedVersion as number) : 1;
  const result: Omit<LoadedSettings, 'settings' | 'resetFields'> = {};
  if (version > SETTINGS_VERSION) result.fromFutureVersion = version;
  if (version < SETTINGS_VERSION) result.migratedFrom = version;
  if (version < SETTINGS_VERSION) {
    const migrated = runMigrations(raw, version, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
    raw = isRecord(migrated) ? migrated : {};
  }

  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  const resetFields: string[] = [];
  for (const key of Object.keys(SettingsSchema.entries) as (keyof Settings)[]) {
    if (key === 'version') continue;
    if (!(key in raw)) continue; // a field added later: default, not an error
    const fieldSchema = SettingsSchema.entries[key];
    const parsed = v.safeParse(fieldSchema, raw[key]);
    if (parsed.success) settings[key] = parsed.output;
    else resetFields.push(key);
  }
  settings.version = SETTINGS_VERSION;
  return { settings: settings as unknown as Settings, resetFields, ...result };
}
