import type { HistoryEntry } from './history/history-entry';
import type { Settings } from './settings/settings';

/**
 * Requests that popup, options and the break window send to the background
 * worker with runtime.sendMessage. The worker is the only writer of tracker
 * state and history, so every change to them goes through here.
 */
export type UserAction =
  | { kind: 'startBreak' } // open the break (popup/window) for the current exercise
  // default: settings.snoozeMin. `orSkip`: the notification's second button, which skips once no snooze is left.
  | { kind: 'snooze'; minutes?: number; orSkip?: boolean }
  | { kind: 'skip' }
  | { kind: 'moved' } // "I already moved"
  | { kind: 'pause'; until: number | 'tomorrow' | 'indefinitely' } // until: epoch ms
  | { kind: 'resume' }
  | { kind: 'anotherExercise' }
  | { kind: 'undo' } // within seconds of Skip or "I already moved": put back what it replaced
  // The running guided minute: the worker is its only writer.
  | { kind: 'sessionStart'; exerciseId: string; plannedMs?: number } // plannedMs: whole length, get-ready included
  | { kind: 'sessionPause' }
  | { kind: 'sessionResume' }
  | { kind: 'sessionSkip'; byMs: number } // skip the rest of the get-ready phase
  | { kind: 'sessionFinish' } // the popup saw it end: logged once, whoever comes first
  | { kind: 'sessionCancel' }; // closed without finishing: nothing logged

export type Reply = { ok: true } | { ok: false; error: string };

/**
 * Every request, by its `type`, with the reply it gets. Adding a request = one
 * entry here and one case in entrypoints/background/handle-request.ts (which the
 * compiler then requires).
 */
export interface RequestMap {
  action: { request: { type: 'action'; action: UserAction }; reply: Reply };
  importData: { request: { type: 'importData'; settings?: Settings; history?: HistoryEntry[] }; reply: Reply };
  resetData: { request: { type: 'resetData' }; reply: Reply };
}

export type RequestType = keyof RequestMap;
export type Request = { [K in RequestType]: RequestMap[K]['request'] }[RequestType];
/** The reply a request gets: follows from its `type`. */
export type ReplyTo<R extends Request> = RequestMap[R['type']]['reply'];

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>(['action', 'importData', 'resetData']);

/** Whether a message is one of ours (other contexts may message each other). */
export function isRequest(message: unknown): message is Request {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && REQUEST_TYPES.has(type);
}
