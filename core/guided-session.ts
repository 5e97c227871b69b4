import type { MigrationTable } from './migrations';

/**
 * The running one-minute session, stored in storage.local under `session` so
 * that closing the popup mid-minute loses nothing: reopening computes the time
 * left from these timestamps. The popup is the only writer.
 */
export interface GuidedSession {
  exerciseId: string;
  startedAt: number;
  /** When it was paused (epoch ms), null while running. */
  pausedAt: number | null;
  /** Total time spent paused before `pausedAt`. */
  pausedMs: number;
}

/** Stored `session` versions; version 1 is the shape of 0.1.0. Key: the version a step produces. */
export const SESSION_VERSION = 1;
export const SESSION_MIGRATIONS: MigrationTable = {};

/** A session older than this is forgotten: nobody resumes a minute hours later. */
export const SESSION_STALE_MS = 60 * 60_000;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The stored session if it is well-formed and recent, else null. */
export function parseSession(raw: unknown, now: number): GuidedSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (typeof s.exerciseId !== 'string' || !isNum(s.startedAt) || !isNum(s.pausedMs)) return null;
  if (s.pausedAt !== null && !isNum(s.pausedAt)) return null;
  if (now - s.startedAt > SESSION_STALE_MS || s.startedAt > now + 60_000) return null;
  return { exerciseId: s.exerciseId, startedAt: s.startedAt, pausedAt: s.pausedAt, pausedMs: s.pausedMs };
}

export const startSession = (exerciseId: string, now: number): GuidedSession => ({
  exerciseId,
  startedAt: now,
  pausedAt: null,
  pausedMs: 0,
});

/** Exercise time so far: wall time since the start minus time spent paused. */
export function elapsedMs(s: GuidedSession, now: number): number {
  return (s.pausedAt ?? now) - s.startedAt - s.pausedMs;
}

export const pauseSession = (s: GuidedSession, now: number): GuidedSession =>
  s.pausedAt === null ? { ...s, pausedAt: now } : s;

export const resumeSession = (s: GuidedSession, now: number): GuidedSession =>
  s.pausedAt === null ? s : { ...s, pausedAt: null, pausedMs: s.pausedMs + (now - s.pausedAt) };
