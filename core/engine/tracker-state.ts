import * as v from 'valibot';
import { GuidedSessionSchema, type GuidedSession } from '../session/guided-session';
import { runMigrations } from '../data/migrations';
import { TRACKER_MIGRATIONS } from './tracker-migrations';

/**
 * The background worker's whole memory, stored under `tracker` in
 * storage.local and written only by the worker. Everything is wall-clock
 * epoch milliseconds, so a worker killed at any moment resumes exactly where it
 * was: elapsed time is always recomputed from these timestamps, never counted.
 */
export const TRACKER_VERSION = 2;

/** How many recently shown/done exercise ids are kept for the picker. */
export const RECENT_KEEP = 10;

export type Activity = 'active' | 'idle' | 'locked';

interface Bout {
  /** When this sitting bout started (user active, in work hours, not paused). */
  start: number;
  /** Short absences (< natural-break threshold) inside the bout, credited back, ms. */
  creditedMs: number;
  /** Times the prompt was snoozed in this bout. */
  snoozes: number;
  /** Snoozes asked for before anything was due: the prompt moves later by this much (not credited screen time). */
  postponedMs: number;
  /** When the last snooze or postpone was accepted (a second click right after it is the same one). */
  snoozedAt?: number;
}

type PromptPhase = 'waiting' | 'due' | 'snoozed' | 'deferred';

/** Why a prompt is shown, when it is not the plain "time for a break" (the words differ). */
export type PromptCause = 'callEnded' | 'longCall' | 'snoozed';

export interface Prompt {
  /**
   * waiting: due (badge on), the notification waits for a natural pause until `until` (the cap);
   * due: notification shown, waiting for the user (nudges may follow);
   * snoozed: the user asked to be reminded at `until`;
   * deferred: due but held while a call, a video or a fullscreen window runs, until `until` (the cap).
   */
  phase: PromptPhase;
  /** When the prompt first became due in this bout. */
  firstAt: number;
  /** When the notification was last shown (first prompt or nudge). */
  shownAt: number | null;
  /** Nudges shown after the (re-)prompt; at most MAX_NUDGES. */
  nudges: number;
  /**
   * waiting, deferred: the cap (shown then at the latest); snoozed: re-prompt time; due: null
   * while nudges remain, then the next silent wake (one interval apart).
   */
  until: number | null;
  /** What the notification will say or said: after a call, after a snooze. */
  cause?: PromptCause;
  /** A break offered before it was due (after a long call): an interval raised later does not withdraw it. */
  early?: boolean;
  /** The call's hold ran out (music all afternoon): the prompt now waits only for a natural pause. */
  capped?: boolean;
}

/** A tab playing sound or sharing, as seen at events: when it began, and when it last went quiet. */
interface CallSpell {
  since: number;
  /** Quiet since then (a short silence between speakers until CALL_QUIET_MS proves the end). */
  quietSince: number | null;
}

export interface TrackerState {
  version: typeof TRACKER_VERSION;
  /** Last activity reported by idle.onStateChanged (or assumed). */
  activity: Activity;
  /** When the current absence began (idle: input stopped; locked: lock time); null while active. */
  awaySince: number | null;
  /** The running sitting bout, or null (away, paused, outside work hours, not yet started). */
  bout: Bout | null;
  /**
   * While active with no bout: the earliest moment a bout may start (the user
   * became active, a pause ended, work hours ended with the user still here).
   * The bout starts at the first work-hours instant at or after it.
   */
  readySince: number | null;
  /** The prompt of the current bout, if one is due / snoozed / deferred. */
  prompt: Prompt | null;
  pausedUntil: number | 'indefinitely' | null;
  /** Exercise picked for the coming (or current) break. */
  exerciseId: string | null;
  /** Exercise ids recently shown or done, most recent first. */
  recent: string[];
  /** Picker seed; advanced at each pick so picks are reproducible from state. */
  seed: number;
  /** The one alarm the worker wants (epoch ms), null for none. reconcile() enforces it. */
  wakeAt: number | null;
  /**
   * Time of the last event that changed this state. Used to spot a clock moved
   * back, and to tell a late alarm (machine asleep) from a stale duplicate.
   */
  lastEventAt: number;
  /** The guided minute running right now, or null. */
  /** The session (the guided minute) under way; the worker is its only writer. */
  session: GuidedSession | null;
  /**
   * Idle reported while a tab played sound, the focused window was fullscreen
   * or (Firefox) a tab shared camera/microphone/screen: when input stopped.
   * The user counts as sitting (activity stays active), within a cap.
   */
  mediaSince: number | null;
  /**
   * For a few seconds after Skip or "I already moved": what the action replaced, so the popup's
   * Undo can put it back. Optional: a v2 state without it reads as before (no undo offered).
   */
  undo?: UndoWindow;
  /** Sound or sharing seen at the last events (optional: older states read as none). */
  call?: CallSpell;
  /** The last of the prompt phrasings used, so the next one differs. */
  phrase?: number;
  /**
   * "Pause until tomorrow" as a local date (yyyy-MM-dd): `pausedUntil` is re-derived from it in the
   * time zone of each event, so a trip across zones still resumes in the morning.
   */
  pausedUntilDay?: string;
}

/** The part of the state a Skip or "I already moved" replaces. */
export type UndoSnapshot = Pick<TrackerState, 'bout' | 'prompt' | 'readySince' | 'session' | 'exerciseId' | 'recent' | 'seed'>;

export interface UndoWindow {
  kind: 'skip' | 'moved';
  /** Undo is accepted until then. */
  until: number;
  before: UndoSnapshot;
  /** The history entry the action logged (start, end, outcome identify it), removed by undo. */
  logged: { start: number; end: number; outcome: string } | null;
}

export function freshTracker(now: number, activity: Activity = 'active', seed = 0): TrackerState {
  return {
    version: TRACKER_VERSION,
    activity,
    awaySince: activity === 'active' ? null : now,
    bout: null,
    readySince: activity === 'active' ? now : null,
    prompt: null,
    pausedUntil: null,
    exerciseId: null,
    recent: [],
    seed,
    wakeAt: null,
    lastEventAt: now,
    session: null,
    mediaSince: null,
  };
}

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const timeOrNull = v.nullable(time);

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const BoutSchema = v.nullable(
  v.object({
    start: time,
    creditedMs: time,
    snoozes: count,
    postponedMs: time,
    snoozedAt: v.optional(time),
  }),
);

const PromptSchema = v.nullable(
  v.object({
    phase: v.picklist(['waiting', 'due', 'snoozed', 'deferred']),
    firstAt: time,
    shownAt: timeOrNull,
    nudges: count,
    until: timeOrNull,
    cause: v.optional(v.picklist(['callEnded', 'longCall', 'snoozed'])),
    early: v.optional(v.boolean()),
    capped: v.optional(v.boolean()),
  }),
);

const RecentSchema = v.pipe(v.array(v.string()), v.maxLength(100));
const SeedSchema = v.pipe(v.number(), v.integer());

const UndoSchema = v.object({
  kind: v.picklist(['skip', 'moved']),
  until: time,
  before: v.object({
    bout: BoutSchema,
    prompt: PromptSchema,
    readySince: timeOrNull,
    session: v.nullable(GuidedSessionSchema),
    exerciseId: v.nullable(v.string()),
    recent: RecentSchema,
    seed: SeedSchema,
  }),
  logged: v.nullable(v.object({ start: time, end: time, outcome: v.string() })),
});

const TrackerStateSchema = v.object({
  version: v.literal(TRACKER_VERSION),
  activity: v.picklist(['active', 'idle', 'locked']),
  awaySince: timeOrNull,
  bout: BoutSchema,
  readySince: timeOrNull,
  prompt: PromptSchema,
  pausedUntil: v.union([time, v.literal('indefinitely'), v.null()]),
  exerciseId: v.nullable(v.string()),
  recent: RecentSchema,
  seed: SeedSchema,
  wakeAt: timeOrNull,
  lastEventAt: time,
  session: v.nullable(GuidedSessionSchema),
  mediaSince: timeOrNull,
  undo: v.optional(UndoSchema),
  call: v.optional(v.object({ since: time, quietSince: timeOrNull })),
  phrase: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  pausedUntilDay: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

/**
 * Whatever is stored → a valid TrackerState; never throws. Missing, corrupt or
 * from another schema version → a fresh state at `now` (losing a bout is
 * better than crashing the worker). A fresh state has no bout and no
 * readySince: the engine starts the first bout at its next event. `seed`:
 * the picker seed of a fresh state (random per install, from the worker).
 */
export function parseTracker(raw: unknown, now = 0, seed = 0): TrackerState {
  const version = (raw as { version?: unknown } | null)?.version;
  const migrated =
    typeof version === 'number' && version >= 1 && version < TRACKER_VERSION
      ? runMigrations(raw, version, TRACKER_VERSION, TRACKER_MIGRATIONS)
      : raw;
  const parsed = v.safeParse(TrackerStateSchema, migrated);
  // readySince null: the engine anchors the first bout at its next real event.
  if (!parsed.success) return { ...freshTracker(now, 'active', seed), readySince: null };
  const s = parsed.output as TrackerState;
  return { ...s, recent: s.recent.slice(0, RECENT_KEEP) };
}
