import { dateOfDayKey, type DayStats } from '../../core/history/history-stats';
import { t, tCount, uiLocale } from '../../utils/i18n';

/*
 * Drawn by hand rather than with a charting library: it is one fixed chart of
 * 14 × 4 numbers, and the smallest libraries (tens of kB) would outweigh the
 * whole options bundle and add a dependency to review for a few rects and a line.
 */

const W = 560;
const LEFT = 34;
const RIGHT = 6;
const BARS_TOP = 10;
const BARS_H = 130;
const LINE_TOP = BARS_TOP + BARS_H + 70;
const LINE_H = 50;
const H = LINE_TOP + LINE_H + 8;
const PLOT_W = W - LEFT - RIGHT;

const SERIES = [
  { key: 'done', className: 'bar--done' },
  { key: 'snoozed', className: 'bar--snoozed' },
  { key: 'skipped', className: 'bar--skipped' },
] as const;

/** An even, round top for an axis, so the middle grid line is a whole number too. */
function niceMax(n: number, smallest: number): number {
  if (n <= smallest) return smallest;
  const steps = [4, 6, 8, 10, 12, 16, 20, 30, 40, 60, 80, 100, 120, 180, 240, 360, 480];
  return steps.find((s) => s >= n) ?? Math.ceil(n / 100) * 100;
}

export const minutesOf = (ms: number) => Math.round(ms / 60_000);

export function HistoryChart({ series }: { series: DayStats[] }) {
  const lang = uiLocale();
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'narrow' });
  const n = series.length;
  const groupW = PLOT_W / Math.max(1, n);
  const barW = Math.max(2, groupW * 0.22);
  const countMax = niceMax(Math.max(0, ...series.flatMap((d) => [d.done, d.snoozed, d.skipped])), 4);
  const boutMax = niceMax(Math.max(0, ...series.map((d) => minutesOf(d.longestBoutMs))), 30);
  const yCount = (v: number) => BARS_TOP + BARS_H - (v / countMax) * BARS_H;
  const yBout = (v: number) => LINE_TOP + LINE_H - (v / boutMax) * LINE_H;
  const xMid = (i: number) => LEFT + groupW * i + groupW / 2;

  const totals = series.reduce(
    (acc, d) => ({ done: acc.done + d.done, snoozed: acc.snoozed + d.snoozed, skipped: acc.skipped + d.skipped }),
    { done: 0, snoozed: 0, skipped: 0 },
  );
  const longest = series.reduce<DayStats | undefined>((best, d) => (!best || d.longestBoutMs > best.longestBoutMs ? d : best), undefined);
  const longestText =
    longest && longest.longestBoutMs > 0
      ? t(
          'options_chart_desc_longest',
          tCount('common_minutes', minutesOf(longest.longestBoutMs)),
          dateOfDayKey(longest.date).toLocaleDateString(lang, { weekday: 'long', day: 'numeric', month: 'long' }),
        )
      : '';
  const withBouts = series.map((d, i) => ({ i, m: minutesOf(d.longestBoutMs) })).filter((p) => p.m > 0);

  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        class="chart__svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="chart-title">{tCount('options_chart_title', n)}</title>
        <desc id="chart-desc">
          {t(
            'options_chart_desc',
            tCount('options_chart_done', totals.done),
            tCount('options_chart_snoozed', totals.snoozed),
            tCount('options_chart_skipped', totals.skipped),
          )}{' '}
          {longestText}
        </desc>

        {/* Breaks panel: grid, then three bars per day. */}
        {[0, countMax / 2, countMax].map((v) => (
          <g key={`c${v}`} class="chart__grid">
            <line x1={LEFT} x2={W - RIGHT} y1={yCount(v)} y2={yCount(v)} />
            <text x={LEFT - 6} y={yCount(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {series.map((d, i) =>
          SERIES.map((s, k) => {
            const v = d[s.key];
            const h = (v / countMax) * BARS_H;
            return v > 0 ? (
              <rect
                key={`${d.date}-${s.key}`}
                class={`bar ${s.className}`}
                x={xMid(i) + (k - 1.5) * barW}
                y={BARS_TOP + BARS_H - h}
                width={barW - 1}
                height={h}
                rx={1.5}
              />
            ) : null;
          }),
        )}

        {/* Day labels between the panels. */}
        {series.map((d, i) => {
          const date = dateOfDayKey(d.date);
          const isToday = i === n - 1;
          return (
            <g key={`l${d.date}`} class={isToday ? 'chart__day chart__day--today' : 'chart__day'}>
              <text x={xMid(i)} y={BARS_TOP + BARS_H + 17} text-anchor="middle">
                {weekday.format(date)}
              </text>
              <text x={xMid(i)} y={BARS_TOP + BARS_H + 32} text-anchor="middle">
                {date.getDate()}
              </text>
            </g>
          );
        })}

        {/* Longest sitting stretch panel: a line through the days that had one. */}
        <text x={LEFT} y={LINE_TOP - 12} class="chart__panel-title">
          {t('options_chart_longest_axis')}
        </text>
        {[0, boutMax / 2, boutMax].map((v) => (
          <g key={`b${v}`} class="chart__grid">
            <line x1={LEFT} x2={W - RIGHT} y1={yBout(v)} y2={yBout(v)} />
            <text x={LEFT - 6} y={yBout(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {withBouts.length > 1 && <polyline class="chart__line" points={withBouts.map((p) => `${xMid(p.i)},${yBout(p.m)}`).join(' ')} />}
        {withBouts.map((p) => (
          <circle key={`p${p.i}`} class="chart__dot" cx={xMid(p.i)} cy={yBout(p.m)} r={3.5} />
        ))}
      </svg>
      <figcaption class="legend">
        <span class="legend__item">
          <span class="legend__swatch bar--done" aria-hidden="true" />
          {t('options_chart_done')}
        </span>
        <span class="legend__item">
          <span class="legend__swatch bar--snoozed" aria-hidden="true" />
          {t('options_chart_snoozed')}
        </span>
        <span class="legend__item">
          <span class="legend__swatch bar--skipped" aria-hidden="true" />
          {t('options_chart_skipped')}
        </span>
        <span class="legend__item">
          <span class="legend__swatch legend__swatch--line" aria-hidden="true" />
          {t('options_chart_longest')}
        </span>
      </figcaption>
    </figure>
  );
}
