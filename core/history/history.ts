import { runMigrations } from '../data/migrations';
import { HISTORY_MIGRATIONS } from './history-migrations';
import * as v from 'valibot';
import { BOUT_OUTCOMES, HISTORY_KEEP_DAYS, HISTORY_VERSION, type HistoryEntry, type HistoryLog } from './history-entry';

/**
 * History log rules: validation (storage and import), append, 90-day pruning.
 * Pure; the background worker is the only writer of the stored log.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const HistoryEntrySchema = v.pipe(
  v.object({
    start: time,
    end: time,
    screenMs: time,
    outcome: v.picklist(BOUT_OUTCOMES),
    snoozes: v.pipe(v.number(), v.integer(), v.minValue(0)),
    exerciseId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  }),
  v.check((e) => e.end >= e.start, 'A bout cannot end before it starts'),
  v.check((e) => e.screenMs <= e.end - e.start, 'Screen time cannot exceed the bout length'),
);

export function emptyHistory(): HistoryLog {
  return { version: HISTORY_VERSION, entries: [] };
}

/**
 * Whatever is stored (or imported) → a valid log; never throws. Accepts the
 * versioned object or a bare array of entries; invalid entries are dropped and
 * counted. Entries come out sorted by end time.
 */
export function parseHistory(stored: unknown): { log: HistoryLog; dropped: number } {
  const version = (stored as { version?: unknown } | null)?.version;
  const raw =
    typeof version === 'number' && version >= 1 && version < HISTORY_VERSION
      ? runMigrations(stored, version, HISTORY_VERSION, HISTORY_MIGRATIONS)
      : stored;
  const list: unknown = Array.isArray(raw)
    ? raw
    : typeof raw === 'object' && raw !== null && 'entries' in raw
      ? (raw as { entries: unknown }).entries
      : undefined;
  if (!Array.isArray(list)) {
    return { log: emptyHistory(), dropped: raw === undefined || raw === null ? 0 : 1 };
  }
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  for (const item of list) {
    const parsed = v.safeParse(HistoryEntrySchema, item);
    if (parsed.success) entries.push(parsed.output);
    else dropped += 1;
  }
  entries.sort((a, b) => a.end - b.end);
  return { log: { version: HISTORY_VERSION, entries }, dropped };
}

/** Appends one entry, keeping the log sorted by end time. Returns a new log. */
export function appendEntry(log: HistoryLog, entry: HistoryEntry): HistoryLog {
  const entries = [...log.entries];
  let i = entries.length;
  while (i > 0 && entries[i - 1]!.end > entry.end) i -= 1;
  entries.splice(i, 0, entry);
  return { version: HISTORY_VERSION, entries };
}

export type HistoryMatch = Pick<HistoryEntry, 'start' | 'end'> & { outcome: string };

/** Without the last entry matching `m` (an undone Skip or "I already moved"). Same object if none matches. */
export function removeEntry(log: HistoryLog, m: HistoryMatch): HistoryLog {
  const i = log.entries.findLastIndex((e) => e.start === m.start && e.end === m.end && e.outcome === m.outcome);
  if (i < 0) return log;
  return { version: HISTORY_VERSION, entries: log.entries.filter((_, j) => j !== i) };
}

/**
 * Drops entries that ended more than 90 days before `now`. Same object if
 * nothing dropped. A clock set a year ahead by mistake must not erase the
 * log: such a clock leaves a jump wider than the keep window between the old
 * entries and the newer ones, and nothing is dropped across that jump (the
 * older block stays until the log itself is continuous again), and pruning
 * never empties the log. The rare cost: a user back after more than 90 days
 * away also keeps their old block.
 */
export function pruneHistory(log: HistoryLog, now: number): HistoryLog {
  const window = HISTORY_KEEP_DAYS * DAY_MS;
  const cutoff = now - window;
  const kept = log.entries.filter((e) => e.end >= cutoff);
  if (kept.length === log.entries.length) return log;
  const newestDropped = Math.max(...log.entries.filter((e) => e.end < cutoff).map((e) => e.end));
  // A clock that calls every entry old is as suspect as one that jumped.
  if (kept.length === 0) return log;
  const oldestKept = Math.min(...kept.map((e) => e.end));
  if (oldestKept - newestDropped > window) return log;
  return { version: HISTORY_VERSION, entries: kept };
}
