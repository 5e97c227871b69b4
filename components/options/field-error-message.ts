import { CALL_WAIT_MIN, INTERVAL_MIN, NATURAL_BREAK_MIN, PAUSE_WAIT_MIN, SNOOZE_LIMIT } from '../../core/settings/settings';
import { t } from '../../utils/i18n';

const RANGES: Record<string, { min: number; max: number }> = {
  intervalMin: INTERVAL_MIN,
  naturalBreakMin: NATURAL_BREAK_MIN,
  snoozeLimit: SNOOZE_LIMIT,
  pauseWaitMin: PAUSE_WAIT_MIN,
  callWaitMin: CALL_WAIT_MIN,
};

/**
 * The sentence shown beside a field the schema rejected. The schema's own
 * messages are English-only, so the page words them itself, from the path and
 * the rejected value.
 */
function fieldErrorMessage(path: string, value: unknown): string {
  const range = RANGES[path];
  if (range) {
    // Minutes, except the number of snoozes, which is a plain count.
    const count = path === 'snoozeLimit';
    if (typeof value !== 'number' || Number.isNaN(value)) return t(count ? 'options_error_number_count' : 'options_error_number');
    if (!Number.isInteger(value)) return t(count ? 'options_error_whole_count' : 'options_error_whole');
    return t(count ? 'options_error_range_count' : 'options_error_range', range.min, range.max);
  }
  if (path === 'snoozeMin') return t('options_error_snooze');
  if (/^workHours\.days\.\d$/.test(path)) return t('options_error_endAfterStart');
  if (/^workHours\.days\.\d\.(start|end)$/.test(path)) return t('options_error_time');
  if (path.startsWith('exercises.positions')) return t('options_error_positions');
  return t('options_error_generic');
}

/** The message for `path` if the last save attempt rejected it. */
export function errorAt(errors: Record<string, { value: unknown }>, path: string): string | undefined {
  const issue = errors[path];
  return issue ? fieldErrorMessage(path, issue.value) : undefined;
}
