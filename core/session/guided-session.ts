import * as v from 'valibot';

/** A guided break lasts at least one minute after the get-ready; a shorter dose ends with an easy segment (core/session/session-plan.ts). */
export const SESSION_MS = 60_000;

/**
 * The running guided minute as stored (`session` in storage.local, mirrored
 * from the worker's tracker state; the worker is its only writer). Pure functions of (session, now): the
 * worker applies them when a page asks, and pages use them to show the time
 * left. Exercise time = wall time since the start minus time spent paused.
 */
export interface GuidedSession {
  exerciseId: string;
  startedAt: number;
  /** When it was paused (epoch ms), null while running. */
  pausedAt: number | null;
  /** Total time spent paused before `pausedAt`. */
  pausedMs: number;
  /** Its whole planned length in exercise time (a get-ready phase included). */
  plannedMs: number;
}

/** A session older than this is forgotten: nobody resumes a minute hours later. */
export const SESSION_STALE_MS = 60 * 60_000;
/** The longest plan a page may ask for (a get-ready phase plus a long dose). */
const MAX_PLANNED_MS = 10 * 60_000;

const clampPlan = (ms: number): number => Math.min(MAX_PLANNED_MS, Math.max(1_000, ms));

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * The one schema of a stored session, in `session` and inside the tracker. 0.1.0 stored no
 * planned length (it was always one minute); a plan out of range is clamped, not refused.
 */
export const GuidedSessionSchema = v.object({
  exerciseId: v.string(),
  startedAt: time,
  pausedAt: v.nullable(time),
  pausedMs: time,
  plannedMs: v.pipe(v.optional(time, SESSION_MS), v.transform(clampPlan)),
});

/** The stored session if it is well-formed and recent, else null. */
export function parseSession(raw: unknown, now: number): GuidedSession | null {
  const parsed = v.safeParse(GuidedSessionSchema, raw);
  if (!parsed.success) return null;
  const s = parsed.output;
  if (now - s.startedAt > SESSION_STALE_MS || s.startedAt > now + 60_000) return null;
  return s;
}

export const startSession = (exerciseId: string, now: number, plannedMs: number = SESSION_MS): GuidedSession => ({
  exerciseId,
  startedAt: now,
  pausedAt: null,
  pausedMs: 0,
  plannedMs: clampPlan(plannedMs),
});

/** Exercise time so far: wall time since the start minus time spent paused. */
export function elapsedMs(s: GuidedSession, now: number): number {
  return (s.pausedAt ?? now) - s.startedAt - s.pausedMs;
}

export const pauseSession = (s: GuidedSession, now: number): GuidedSession => (s.pausedAt === null ? { ...s, pausedAt: now } : s);

export const resumeSession = (s: GuidedSession, now: number): GuidedSession =>
  s.pausedAt === null ? s : { ...s, pausedAt: null, pausedMs: s.pausedMs + Math.max(0, now - s.pausedAt) };

/** Jumps ahead by `byMs` of exercise time (skipping the get-ready phase), never past the end. */
export function skipAhead(s: GuidedSession, byMs: number, now: number): GuidedSession {
  const by = Math.max(0, Math.min(byMs, s.plannedMs - elapsedMs(s, now)));
  return by === 0 ? s : { ...s, startedAt: s.startedAt - by };
}

/** When the session reaches its planned length: null while paused (it never ends by itself then). */
export function sessionEndAt(s: GuidedSession): number | null {
  return s.pausedAt === null ? s.startedAt + s.pausedMs + s.plannedMs : null;
}

/**
 * How long after its planned end an unfinished session is finished by the
 * worker (logged at the planned end): an open popup reports the end itself
 * and shows its completion screen meanwhile; a closed one cannot.
 */
export const SESSION_GRACE_MS = 30_000;
