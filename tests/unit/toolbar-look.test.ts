import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { toolbarLook } from '../../core/engine';
import { EngineDriver, MIN } from '../sim/engine-driver';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

/** Monday 2 March 2026 at h:m. */
const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();
const WEEKDAYS = {
  enabled: true,
  days: DEFAULT_SETTINGS.workHours.days.map((d, i) => ({
    ...d,
    enabled: i >= 1 && i <= 5,
    start: '09:00',
    end: '18:00',
  })) as typeof DEFAULT_SETTINGS.workHours.days,
};

function day(t0 = at(2, 10), settings: Partial<Settings> = {}): EngineDriver {
  const d = new EngineDriver(t0, { settings: { repeatNudges: false, ...settings } });
  d.send({ type: 'start', reason: 'browser', activity: 'active' });
  return d;
}

/** Every toolbar change the engine asked for: [minutes since t0, icon, due, until]. */
const changes = (d: EngineDriver, fromIndex = 0) =>
  d.log
    .slice(fromIndex)
    .flatMap((l) =>
      l.effects.flatMap((e) => (e.type === 'setToolbar' ? [[d.min(l.at), e.look.icon, e.look.due, e.look.until] as const] : [])),
    );

describe('the toolbar icon changes only when what it shows changes', () => {
  it('an ordinary hour (signs of life every 15 min, prompt at 45, break taken at 50) changes it twice: due, then running again', () => {
    const d = day().toMin(45);
    d.toMin(50).send({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'ex-z' } });
    d.send({ type: 'action', action: { kind: 'sessionFinish' } });
    d.toMin(90);
    expect(changes(d)).toEqual([
      [45, 'running', true, null],
      [50, 'running', false, null],
    ]);
  });

  it('a fresh install with the user at the screen asks for nothing: the manifest icon is the running one', () => {
    expect(changes(day())).toEqual([]);
  });

  it.each([
    [
      'pause for 30 min at 10:10 → paused until 10:40, running again when it ends',
      at(2, 10, 40),
      [
        [10, 'paused', false, at(2, 10, 40)],
        [40, 'running', false, null],
      ],
    ],
    [
      'pause until I resume → paused indefinitely, running at Resume (70)',
      'indefinitely',
      [
        [10, 'paused', false, 'indefinitely'],
        [70, 'running', false, null],
      ],
    ],
  ] as const)('%s', (_name, until, expected) => {
    const d = day().toMin(10);
    d.send({ type: 'action', action: { kind: 'pause', until } });
    if (until === 'indefinitely') d.toMin(70).send({ type: 'action', action: { kind: 'resume' } });
    d.toMin(80);
    expect(changes(d)).toEqual(expected);
  });

  it('pausing while a break is due drops the "!" and greys the icon in one change', () => {
    const d = day().toMin(46);
    d.send({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    expect(changes(d)).toEqual([
      [45, 'running', true, null],
      [46, 'paused', false, 'indefinitely'],
    ]);
  });

  it('work hours Mon–Fri 09–18, at the screen from 17:00 to 18:30: the night icon from 18:00 says it resumes Tue 09:00; nothing more until then', () => {
    const d = day(at(2, 17), { workHours: WEEKDAYS });
    d.runTo(at(2, 18, 30));
    expect(changes(d).map(([m, icon, due, until]) => [at(2, 17) + m * MIN, icon, due, until])).toEqual([
      [at(2, 17, 45), 'running', true, null],
      [at(2, 18), 'outside', false, at(3, 9)],
    ]);
  });

  it('the next morning the work hours start with the user there: the usual icon comes back at 09:00', () => {
    const d = day(at(2, 17, 50), { workHours: WEEKDAYS });
    d.runTo(at(2, 18, 30));
    const seen = d.log.length;
    d.runTo(at(3, 9, 30));
    expect(changes(d, seen)).toEqual([[d.min(at(3, 9)), 'running', false, null]]);
  });

  it('turning work hours off in the evening brings the usual icon back at once', () => {
    const d = day(at(2, 18, 30), { workHours: WEEKDAYS });
    expect(toolbarLook(d.state, { workHours: WEEKDAYS }).icon).toBe('outside');
    const seen = d.log.length;
    d.settings = { ...d.settings, workHours: { ...WEEKDAYS, enabled: false } };
    d.toMin(1).send({ type: 'settings', workHoursBefore: WEEKDAYS });
    expect(changes(d, seen)).toEqual([[1, 'running', false, null]]);
  });

  it('away in the evening keeps the usual icon (nothing to write, no wake); coming back shows the night icon', () => {
    const d = day(at(2, 17, 50), { workHours: WEEKDAYS });
    d.toMin(5).send({ type: 'activity', activity: 'locked' });
    d.runTo(at(2, 20));
    const seen = d.log.length;
    d.send({ type: 'activity', activity: 'active' });
    expect(changes(d, seen)).toEqual([[d.min(at(2, 20)), 'outside', false, at(3, 9)]]);
  });

  it('a repeated event that changes nothing asks for no icon (and writes nothing)', () => {
    const d = day().toMin(20);
    const writes = d.writes;
    const fx = d.send({ type: 'activity', activity: 'active' });
    expect(fx.filter((e) => e.type === 'setToolbar')).toEqual([]);
    expect(d.writes).toBe(writes);
  });
});
