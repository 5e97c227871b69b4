import type { Status } from '../../core/engine/status-types';
import { t } from '../../utils/i18n';
import { dayRelation, formatClock, formatDayClock, formatDuration } from '../../utils/format-time';

/** "until 14:35" / "until tomorrow 09:00" / "until Mon 09:00" wording for a moment. */
function untilText(prefix: 'snoozed' | 'paused' | 'outside', at: number, now: number, locale: string): string {
  const rel = dayRelation(at, now);
  if (prefix === 'outside') {
    if (rel === 'tomorrow') return t('popup_status_outside_resumes_tomorrow', formatClock(at, locale));
    return t('popup_status_outside_resumes', rel === 'today' ? formatClock(at, locale) : formatDayClock(at, locale));
  }
  if (rel === 'today') return t(`popup_status_${prefix}_until`, formatClock(at, locale));
  if (rel === 'tomorrow') return t(`popup_status_${prefix}_tomorrow`, formatClock(at, locale));
  return t(`popup_status_${prefix}_until`, formatDayClock(at, locale));
}

/**
 * The one-line summary of where the user stands, for the top of the popup.
 * `resumesAt`: outside work hours, when they start again (null: no work day ahead).
 */
export function statusText(status: Status, now: number, locale: string, resumesAt: number | null = null): string {
  switch (status.phase) {
    case 'active': {
      // Due but not yet prompted (the worker is about to): say so, not "in 0 min".
      if (status.nextPromptAt !== null && status.nextPromptAt <= now) return t('popup_status_due');
      const next = status.nextPromptAt === null ? null : formatDuration(status.nextPromptAt - now, locale, 'up');
      if (status.screenMs < 60_000) return next ? t('popup_status_fresh', next) : t('popup_status_fresh_only');
      const screen = formatDuration(status.screenMs, locale);
      return next ? t('popup_status_active', screen, next) : t('popup_status_screen_only', screen);
    }
    case 'due':
      return t('popup_status_due');
    case 'deferred':
      return t('popup_status_deferred');
    case 'snoozed':
      return status.snoozedUntil === null ? t('popup_status_due') : untilText('snoozed', status.snoozedUntil, now, locale);
    case 'paused':
      return status.pausedUntil === null || status.pausedUntil === 'indefinitely'
        ? t('popup_status_paused_indefinitely')
        : untilText('paused', status.pausedUntil, now, locale);
    case 'outside':
      return resumesAt === null ? t('popup_status_outside') : untilText('outside', resumesAt, now, locale);
    case 'break':
      return t('popup_status_break');
    case 'away':
      // No bout running any more means the absence already counted as a break.
      return status.boutStart === null ? t('popup_status_away_counted') : t('popup_status_away');
  }
}
