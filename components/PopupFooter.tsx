import { IntervalPicker } from './IntervalPicker';
import { INTERVAL_MIN, INTERVAL_PRESETS } from '../core/settings/settings';
import type { TodayAndStreak } from '../core/history/history-stats';
import { t, tPlural } from '../utils/i18n';

export interface PopupFooterProps {
  /** Breaks today and the streak; undefined until the history has been read (after the first paint). */
  today: TodayAndStreak | undefined;
  intervalMin: number;
  locale: string;
  hidden: boolean;
  onSaveInterval: (minutes: number) => Promise<boolean>;
}

/** The popup's footer: today's count and streak, and the interval as a small popover. */
export function PopupFooter({ today, intervalMin, locale, hidden, onSaveInterval }: PopupFooterProps) {
  return (
    <footer class="foot" hidden={hidden}>
      {/* One line, reserved: the counts fill it a moment after the first paint. */}
      <p class="today" data-testid="today">
        <strong>{t('popup_today')}</strong>{' '}
        {today &&
          t(
            'popup_today_line',
            tPlural('popup_today_breaks', today.doneToday, locale),
            today.currentStreak > 0 ? tPlural('popup_streak', today.currentStreak, locale) : t('popup_streak_none'),
          )}
      </p>
      <IntervalPicker
        value={intervalMin}
        presets={INTERVAL_PRESETS}
        min={INTERVAL_MIN.min}
        max={INTERVAL_MIN.max}
        onSave={onSaveInterval}
      />
    </footer>
  );
}
