/**
 * The baseline: the obvious design for a break reminder. A 1-minute periodic
 * alarm counts minutes at the screen and writes its counter on every tick; idle
 * events and actions read and write the same record. It reminds after
 * `intervalMin` counted minutes and forgets the count after a natural break.
 * Behaviourally close to the real engine at default settings (45-minute
 * interval, 5-minute natural break), so the counts compare like for like.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../core/settings';

interface NaiveState {
  minutes: number;
  away: boolean;
  awaySince: number | null;
  prompted: boolean;
}

const fresh = (): NaiveState => ({ minutes: 0, away: false, awaySince: null, prompted: false });

async function load(): Promise<NaiveState> {
  const { naive } = await browser.storage.local.get('naive');
  return (naive as NaiveState | undefined) ?? fresh();
}
const save = (naive: NaiveState) => browser.storage.local.set({ naive });

export function naiveMain(): void {
  const { intervalMin, naturalBreakMin } = DEFAULT_SETTINGS;
  // Every worker start makes sure the ticker exists (without resetting its phase).
  void browser.alarms.get('tick').then((a) => a ?? browser.alarms.create('tick', { periodInMinutes: 1 }));

  browser.alarms.onAlarm.addListener(async () => {
    const s = await load();
    if (!s.away) s.minutes += 1;
    if (s.minutes >= intervalMin && !s.prompted) {
      await browser.notifications.create('naive-prompt', {
        type: 'basic',
        iconUrl: 'icon/128.png',
        title: 'Time to move',
        message: 'Stand up for a one-minute exercise.',
      });
      s.prompted = true;
    }
    await save(s);
  });

  (browser as unknown as { idle: { onStateChanged: { addListener(l: (s: string) => void): void } } }).idle.onStateChanged.addListener(
    async (state: string) => {
      const s = await load();
      if (state === 'active') {
        if (s.awaySince !== null && Date.now() - s.awaySince >= naturalBreakMin * 60_000) {
          s.minutes = 0;
          s.prompted = false;
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
    if (m.type !== 'action' || m.action?.kind !== 'done') return undefined;
    const s = await load();
    s.minutes = 0;
    s.prompted = false;
    await save(s);
    await browser.notifications.clear('naive-prompt');
    return { ok: true };
  });
}
