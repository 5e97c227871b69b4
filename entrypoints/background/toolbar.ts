import { isSameDay } from 'date-fns';
import { browser } from 'wxt/browser';
import type { ToolbarIcon, ToolbarLook } from '../../core/engine';
import { formatClock, formatDayClock } from '../../utils/format-time';
import { t, uiLanguage } from '../../utils/i18n';

/** The icon files per look (drawn by scripts/draw-icons.mjs); the manifest's icons are the running ones.
 * Only the toolbar's sizes: every path given is an image the browser loads at each call. */
const PREFIX: Record<ToolbarIcon, string> = { running: '', paused: 'paused-', outside: 'outside-' };

export function iconPaths(icon: ToolbarIcon): Record<string, string> {
  return Object.fromEntries([16, 32].map((size) => [String(size), `/icon/${PREFIX[icon]}${size}.png`]));
}

/**
 * A moment for the tooltip: the clock today, else with the weekday. Not
 * "tomorrow": the tooltip is set once at the change and may still show after
 * midnight, when "tomorrow" would be wrong and the weekday still right.
 */
function moment(at: number, now: number): string {
  return isSameDay(at, now) ? formatClock(at, uiLanguage()) : formatDayClock(at, uiLanguage());
}

/** The tooltip: "Glute Break — Paused until 14:30", with the popup's own status words. */
export function toolbarTitle(look: ToolbarLook, now: number): string {
  if (look.due) return t('bg_badge_title_due');
  const { until } = look;
  switch (look.icon) {
    case 'paused':
      return t(
        'bg_toolbar_title',
        typeof until === 'number' ? t('popup_status_paused_until', moment(until, now)) : t('popup_status_paused_indefinitely'),
      );
    case 'outside':
      return t(
        'bg_toolbar_title',
        typeof until === 'number' ? t('popup_status_outside_resumes', moment(until, now)) : t('popup_status_outside'),
      );
    case 'running':
      return t('extName');
  }
}

/** Sets the toolbar icon and tooltip; the "!" badge is set apart (prompt-ui.ts, setDueBadge). */
export async function showToolbar(look: ToolbarLook, now: number): Promise<void> {
  await Promise.all([browser.action.setIcon({ path: iconPaths(look.icon) }), browser.action.setTitle({ title: toolbarTitle(look, now) })]);
}
