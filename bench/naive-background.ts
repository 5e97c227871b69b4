/**
 * The baseline: the obvious design for a break reminder. A 1-minute periodic
 * alarm counts minutes at the screen and writes its counter on every tick;
 * idle events and actions read and write the same record. It reminds after
 * `intervalMin` counted minutes, nudges an ignored prompt every `snoozeMin`
 * ticks (twice at most), re-reminds `snoozeMin` after a snooze, and forgets the
 * count after a natural break. Behaviourally close to the real engine at
 * default settings, so the counts compare like for like.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../core/settings/settings';

interface NaiveState {
  minutes: number;
  away: boolean;
  awaySince: number | null;
  /** Minute count at which the prompt was last shown; null when none is out. */
  promptedAt: number | null;
  nudges: number;
}

const fresh = (): NaiveState => ({ minutes: 0, away: false, awaySince: null, promptedAt: null, nudges: 0 });
const ID = 'naive-prompt';

async function load(): Promise<NaiveState> {
  const { naive } = await browser.storage.local.get('naive');
  return (naive as NaiveState | undefined) ?? fresh();
}
const save = (naive: NaiveState) => browser.storage.local.set({ naive });
const notify = () =>
  browser.notifications.create(ID, {
    type: 'basic',
    iconUrl: 'icon/128.png',
    title: 'Time to move',
    message: 'Stand up for a one-minute exercise.',
  });

export function naiveMain(): void {
  const { intervalMin, naturalBreakMin, snoozeMin } = DEFAULT_SETTINGS;
  // Every worker start makes sure the ticker exists (without resetting its phase).
  void browser.alarms.get('tick').then((a) => {
    if (!a) void browser.alarms.create('tick', { periodInMinutes: 1 });
  });

  browser.alarms.onAlarm.addListener(async () => {
    const s = await load();
    if (!s.away) s.minutes += 1;
    if (s.promptedAt === null && s.minutes >= intervalMin) {
      await notify();
      s.promptedAt = s.minutes;
      s.nudges = 0;
    } else if (s.promptedAt !== null && s.nudges < 2 && s.minutes - s.promptedAt >= snoozeMin) {
      await notify();
      s.promptedAt = s.minutes;
      s.nudges += 1;
    }
    await save(s);
  });

  (browser as unknown as { idle: { onStateChanged: { addListener(l: (s: string) => void): void } } }).idle.onStateChanged.addListener(
    async (state: string) => {
      const s = await load();
      if (state === 'active') {
        if (s.awaySince !== null && Date.now() - s.awaySince >= naturalBreakMin * 60_000) {
          s.minutes = 0;
          s.promptedAt = null;
          s.nudges = 0;
        }
        s.away = false;
        s.awaySince = null;
      } else if (!s.away) {
        s.away = true;
        s.awaySince = Date.now();
      }
      await save(s);
    },
  );

  browser.runtime.onMessage.addListener(async (msg: unknown) => {
    const m = msg as { type?: string; action?: { kind?: string } };
    if (m.type !== 'action') return undefined;
    const s = await load();
    const kind = m.action?.kind;
    if (kind === 'sessionFinish' || kind === 'moved' || kind === 'skip') {
      s.minutes = 0;
      s.promptedAt = null;
      s.nudges = 0;
    } else if (kind === 'snooze') {
      s.minutes = intervalMin - snoozeMin;
      s.promptedAt = null;
      s.nudges = 0;
    } else return { ok: true };
    await save(s);
    await browser.notifications.clear(ID);
    return { ok: true };
  });
}
