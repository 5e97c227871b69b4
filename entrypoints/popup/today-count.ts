import type { todayAndStreak } from '../../core/history-stats';

type Count = typeof todayAndStreak;
let count: Count | undefined;

/**
 * The Today line's counting (core/history-stats) loads after the first paint, with the
 * history it counts (the line keeps its place meanwhile): the first paint does not show it.
 */
export async function loadTodayCount(): Promise<Count> {
  return (count ??= (await import('../../core/history-stats')).todayAndStreak);
}

/** The counting, once loaded; undefined before. */
export const todayCount = (): Count | undefined => count;
