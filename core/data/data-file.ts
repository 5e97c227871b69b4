import { format } from 'date-fns';
import { issuePath } from './issue-path';
import * as v from 'valibot';
import type { HistoryEntry } from '../history/history-entry';
import { HistoryEntrySchema } from '../history/history';
import { loadSettings, SETTINGS_VERSION, SettingsSchema, type Settings } from '../settings/settings';

/**
 * The export/import file: settings + history as JSON, and history alone as CSV.
 * Pure: the caller passes `now` and does the reading/downloading. Errors are
 * codes, not sentences, so the page can say them through t().
 */
const DATA_FILE_APP = 'glute-break';
export const DATA_FILE_VERSION = 1;
/** Larger files are refused before parsing: a real export is a few hundred kB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface DataFile {
  app: typeof DATA_FILE_APP;
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  settings: Settings;
  history: HistoryEntry[];
}

export function buildExport(settings: Settings, history: readonly HistoryEntry[], now: number): DataFile {
  return {
    app: DATA_FILE_APP,
    version: DATA_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    history: [...history],
  };
}

export const exportJson = (file: DataFile): string => JSON.stringify(file, null, 2);

/** e.g. glute-break-2026-06-20.json (the user's local date). */
export const exportFileName = (now: number, ext: 'json' | 'csv'): string => `glute-break-${format(now, 'yyyy-MM-dd')}.${ext}`;

const CSV_HEADER = ['start', 'end', 'screen_minutes', 'outcome', 'snoozes', 'exercise_id'] as const;

/**
 * RFC 4180 quoting, plus a leading apostrophe on text that a spreadsheet would
 * run as a formula (=, +, -, @): the exercise id is the only free text, but an
 * imported file could put anything there.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One header line and one line per bout, oldest first, times in ISO 8601 UTC. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = [...entries]
    .sort((a, b) => a.start - b.start)
    .map((e) =>
      [
        new Date(e.start).toISOString(),
        new Date(e.end).toISOString(),
        Math.round((e.screenMs / 60_000) * 10) / 10,
        e.outcome,
        e.snoozes,
        e.exerciseId ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  return [CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}

type ImportErrorCode =
  | 'tooLarge' // over MAX_IMPORT_BYTES
  | 'notJson' // not parseable JSON
  | 'notOurs' // valid JSON, but not a Glute Break export
  | 'futureVersion' // made by a newer version of the extension
  | 'invalid'; // ours, but a field is wrong (see `where`)

interface ImportPreview {
  /** Top-level settings fields whose value would change. Empty when no settings in the file. */
  settingsChanged: (keyof Settings)[];
  /** True when the file carries settings at all. */
  hasSettings: boolean;
  /** Bouts in the file that are not in the current history. */
  historyAdded: number;
  /** Size of the history after the import. */
  historyTotal: number;
}

export type ImportResult =
  | {
      ok: true;
      /** What to send with the importData request: full settings and the merged history. */
      settings?: Settings;
      history?: HistoryEntry[];
      preview: ImportPreview;
    }
  | { ok: false; code: ImportErrorCode; where?: string; version?: number };

const FileShellSchema = v.object({
  app: v.literal(DATA_FILE_APP),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string()),
  settings: v.optional(v.unknown()),
  history: v.optional(v.array(v.unknown())),
});

const byteLength = (text: string): number =>
  // Every UTF-16 unit is at least one byte, so a long string is too large without encoding it.
  text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;

/** Same bout: the worker never logs two bouts with the same start and end. */
const boutKey = (e: HistoryEntry): string => `${e.start}:${e.end}`;

/** Deep equality for plain JSON values (key order does not matter). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Reads an export file and says what importing it would change. Anything
 * wrong → an error code and no data, so the caller changes nothing.
 * Imported history is merged into the current one (duplicates dropped).
 */
export function parseImport(text: string, current: { settings: Settings; history: readonly HistoryEntry[] }): ImportResult {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, code: 'tooLarge' };

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'notJson' };
  }

  const isOurs = typeof json === 'object' && json !== null && (json as { app?: unknown }).app === DATA_FILE_APP;
  if (!isOurs) return { ok: false, code: 'notOurs' };
  const shell = v.safeParse(FileShellSchema, json);
  if (!shell.success) return { ok: false, code: 'invalid', where: issuePath(shell.issues[0]) };
  const file = shell.output;
  if (file.version > DATA_FILE_VERSION) return { ok: false, code: 'futureVersion', version: file.version };
  if (file.settings === undefined && file.history === undefined) return { ok: false, code: 'invalid', where: 'settings' };

  let settings: Settings | undefined;
  if (file.settings !== undefined) {
    const raw = file.settings as { version?: unknown } | null;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, code: 'invalid', where: 'settings' };
    if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
      return { ok: false, code: 'futureVersion', version: raw.version };
    }
    // loadSettings migrates older versions; unlike at load time, a field it
    // would have to reset makes the whole file invalid: import all or nothing.
    const loaded = loadSettings(raw);
    if (loaded.resetFields.length > 0) return { ok: false, code: 'invalid', where: `settings.${loaded.resetFields[0]}` };
    const strict = v.safeParse(SettingsSchema, loaded.settings);
    if (!strict.success) return { ok: false, code: 'invalid', where: `settings.${issuePath(strict.issues[0])}` };
    settings = strict.output;
  }

  let history: HistoryEntry[] | undefined;
  let historyAdded = 0;
  if (file.history !== undefined) {
    const imported: HistoryEntry[] = [];
    for (const [i, item] of file.history.entries()) {
      const parsed = v.safeParse(HistoryEntrySchema, item);
      if (!parsed.success) {
        const inner = issuePath(parsed.issues[0]);
        return { ok: false, code: 'invalid', where: `history.${i}${inner ? `.${inner}` : ''}` };
      }
      imported.push(parsed.output as HistoryEntry);
    }
    const merged = new Map(current.history.map((e) => [boutKey(e), e]));
    for (const e of imported) {
      if (!merged.has(boutKey(e))) {
        merged.set(boutKey(e), e);
        historyAdded += 1;
      }
    }
    history = [...merged.values()].sort((a, b) => a.start - b.start);
  }

  const settingsChanged = settings
    ? (Object.keys(SettingsSchema.entries) as (keyof Settings)[]).filter(
        (k) => k !== 'version' && !sameValue(settings[k], current.settings[k]),
      )
    : [];

  return {
    ok: true,
    ...(settings ? { settings } : {}),
    ...(history ? { history } : {}),
    preview: {
      settingsChanged,
      hasSettings: settings !== undefined,
      historyAdded,
      historyTotal: history ? history.length : current.history.length,
    },
  };
}
