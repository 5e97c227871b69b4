import type { HistoryEntry } from '../../core/history/history-entry';
import { dailySeries, dateOfDayKey, todayAndStreak } from '../../core/history/history-stats';
import { t, tCount, uiLocale } from '../../utils/i18n';
import { HistoryChart, minutesOf } from './HistoryChart';
import { Section } from './Section';

interface Props {
  entries: readonly HistoryEntry[];
  now: number;
  /** Entries the stored log held that were unreadable and are not shown. */
  dropped: number;
}

export function HistorySection({ entries, now, dropped }: Props) {
  const stats = todayAndStreak(entries, now);
  const series = dailySeries(entries, now, 14);
  const lang = uiLocale();
  const dayLabel = (key: string) => {
    return dateOfDayKey(key).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'short' });
  };
  const tiles = [
    { id: 'today', value: stats.doneToday, label: t('options_stats_today') },
    { id: 'current', value: stats.currentStreak, label: t('options_stats_current') },
    { id: 'best', value: stats.bestStreak, label: t('options_stats_best') },
  ];
  return (
    <Section id="history" title={t('options_history_title')} intro={t('options_history_intro')}>
      <dl class="stats">
        {tiles.map((s) => (
          <div class="stats__tile" key={s.id} data-testid={`stat-${s.id}`}>
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
      {entries.length === 0 && <p class="muted">{t('options_history_empty')}</p>}
      {dropped > 0 && <p class="notice notice--info">{t('options_history_dropped', dropped)}</p>}
      <HistoryChart series={series} />
      <details class="disclosure">
        <summary>{t('options_history_tableToggle')}</summary>
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{tCount('options_chart_title', series.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_table_day')}</th>
                <th scope="col">{t('options_chart_done')}</th>
                <th scope="col">{t('options_chart_snoozed')}</th>
                <th scope="col">{t('options_chart_skipped')}</th>
                <th scope="col">{t('options_table_longest')}</th>
              </tr>
            </thead>
            <tbody>
              {[...series].reverse().map((d) => (
                <tr key={d.date}>
                  <th scope="row">{dayLabel(d.date)}</th>
                  <td>{d.done}</td>
                  <td>{d.snoozed}</td>
                  <td>{d.skipped}</td>
                  <td>{d.longestBoutMs > 0 ? t('options_minutes_short', minutesOf(d.longestBoutMs)) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Section>
  );
}
