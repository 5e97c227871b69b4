import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { EngineEvent, TrackerState } from '../../core/engine';
import { HistoryEntrySchema, parseHistory } from '../../core/history/history';
import type { Reply, ReplyTo, Request, RequestMap, RequestType } from '../../core/messages';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { t, tCount } from '../../utils/i18n';
import { saveSettings } from '../../utils/storage/settings-store';
import { NOTIFICATION_ID } from './prompt-ui';
import type { TrackerStore } from './tracker-store';

/** What a request may do inside the worker's queue. */
export interface RequestContext {
  store: TrackerStore;
  now: () => number;
  run(event: EngineEvent): Promise<TrackerState>;
  /** The start event of a fresh worker (with the current idle state). */
  startEvent(): Promise<EngineEvent>;
  /** Forget the cached settings / tracker: they were just rewritten. */
  forgetSettings(): void;
  forgetTracker(): void;
  /** An import wrote the history: counts as a change. */
  countChange(): void;
  /** Badge, icon and tooltip as this state says (after a reset, whatever they showed). */
  restoreToolbar(state: TrackerState): Promise<void>;
}

type Handlers = { [K in RequestType]: (request: RequestMap[K]['request'], ctx: RequestContext) => Promise<RequestMap[K]['reply']> };

/** One handler per request type: the compiler requires each, with the reply its type promises. */
const HANDLERS: Handlers = {
  action: async (request, ctx) => {
    await ctx.run({ type: 'action', action: request.action });
    return { ok: true };
  },
  importData: (request, ctx) => importData(request, ctx),
  resetData: (_request, ctx) => resetData(ctx),
};

/** Answers a page's request (core/messages.ts); runs inside the serial queue. */
export function handleRequest<R extends Request>(request: R, ctx: RequestContext): Promise<ReplyTo<R>> {
  // The handler for this type has exactly this request and reply type (Handlers above).
  const handler = HANDLERS[request.type] as (request: R, ctx: RequestContext) => Promise<ReplyTo<R>>;
  return handler(request, ctx);
}

async function importData(request: RequestMap['importData']['request'], ctx: RequestContext): Promise<Reply> {
  // Validate everything before writing anything.
  if (request.history !== undefined) {
    const bad = Array.isArray(request.history) ? request.history.filter((e) => !v.safeParse(HistoryEntrySchema, e).success).length : 1;
    if (bad > 0) return { ok: false, error: tCount('bg_import_bad_history', bad) };
  }
  if (request.settings !== undefined) {
    const saved = await saveSettings(request.settings);
    if (!saved.ok) return { ok: false, error: t('bg_import_bad_settings', saved.issues[0]?.message ?? '') };
    ctx.forgetSettings();
  }
  if (request.history !== undefined) {
    await ctx.store.commit({ history: parseHistory(request.history).log }, ctx.now());
    ctx.countChange();
  }
  await ctx.run({ type: 'settings' });
  return { ok: true };
}

async function resetData(ctx: RequestContext): Promise<Reply> {
  const saved = await saveSettings(structuredClone(DEFAULT_SETTINGS));
  if (!saved.ok) return { ok: false, error: t('bg_reset_failed') };
  ctx.forgetSettings();
  await ctx.store.clear();
  ctx.forgetTracker();
  await browser.notifications.clear(NOTIFICATION_ID);
  await ctx.restoreToolbar(await ctx.run(await ctx.startEvent()));
  return { ok: true };
}
