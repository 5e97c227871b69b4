import { browser } from 'wxt/browser';
import type { NamedEntry } from '../../content/worker-catalogue';
import type { Effect } from '../../core/engine';
import type { Settings } from '../../core/settings/settings';
import { ALARM_NAME } from './ensure-alarm';
import { NOTIFICATION_ID, notificationOptions, openBreak, setDueBadge } from './prompt-ui';
import { showToolbar } from './toolbar';

export interface EffectContext {
  settings: Settings;
  catalogue: readonly NamedEntry[];
  firefox: boolean;
  /** The event's time (the toolbar tooltip names moments relative to it). */
  now: number;
  /** action.openPopup() asked for while the user's click still counted as a gesture. */
  popupOpened?: Promise<boolean>;
  /** Chrome: whether the toolbar icon is pinned (null: cannot say). */
  pinned: () => Promise<boolean | null>;
  /** Told of each notification shown and alarm created (background-app.ts, WorkerDeed). */
  observe: (what: 'notification' | 'alarmCreated') => void;
}

/** The alarm first: whatever else fails, the worker must wake up again. */
const rank = (e: Effect) => (e.type === 'setAlarm' || e.type === 'clearAlarm' ? 0 : 1);

/**
 * Applies the engine's effects, each on its own: a rejected browser call (a
 * notification refused, a badge API missing) is logged and the others still
 * happen, so the state's "shown" never comes without its alarm and badge.
 */
export async function applyEffects(effects: readonly Effect[], ctx: EffectContext): Promise<void> {
  const ordered = [...effects].sort((a, b) => rank(a) - rank(b));
  for (const effect of ordered) {
    try {
      await applyOne(effect, ctx);
    } catch (e) {
      console.error(`[glute-break] effect ${effect.type} failed`, e);
    }
  }
}

async function applyOne(e: Effect, ctx: EffectContext): Promise<void> {
  const s = ctx.settings;
  switch (e.type) {
    case 'setAlarm':
      ctx.observe('alarmCreated');
      await browser.alarms.create(ALARM_NAME, { when: e.at });
      return;
    case 'clearAlarm':
      await browser.alarms.clear(ALARM_NAME);
      return;
    case 'showNotification': {
      // The user asked for the badge only, and sees it: an unpinned icon (Chrome) hides the badge too.
      if (s.promptStyle === 'badge' && (await ctx.pinned()) !== false) return;
      const exercise = ctx.catalogue.find((x) => x.id === e.exerciseId);
      ctx.observe('notification');
      await browser.notifications.create(
        NOTIFICATION_ID,
        notificationOptions(exercise, e.nudge, s.snoozeMin, ctx.firefox, e.snoozesLeft, e.words),
      );
      if (s.promptStyle === 'notification+window' && e.nudge === 0) await openBreak();
      return;
    }
    case 'clearNotification':
      await browser.notifications.clear(NOTIFICATION_ID);
      return;
    case 'setBadge':
      await setDueBadge(e.due);
      return;
    case 'setToolbar':
      await showToolbar(e.look, ctx.now);
      return;
    case 'openBreak':
      await openBreak(ctx.popupOpened);
      return;
    case 'appendHistory':
    case 'removeHistory':
      return; // written together with the state
  }
}
