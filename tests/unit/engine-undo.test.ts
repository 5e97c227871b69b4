import { describe, expect, it } from 'vitest';
import { parseTracker } from '../../core/engine';
import { UNDO_WINDOW_MS } from '../../core/engine/undo';
import { removeEntry } from '../../core/history/history';
import { EngineDriver } from '../sim/engine-driver';

/** Monday 2 March 2026, 10:00 local. */
const MON_10 = new Date(2026, 2, 2, 10, 0).getTime();

function day(roundTrip = false): EngineDriver {
  const d = new EngineDriver(MON_10, { settings: { repeatNudges: false }, roundTrip });
  d.send({ type: 'start', reason: 'browser', activity: 'active' });
  return d;
}
const act = (d: EngineDriver, kind: 'skip' | 'moved' | 'undo' | 'anotherExercise') => d.send({ type: 'action', action: { kind } });

describe('Undo after Skip or "I already moved"', () => {
  it.each([
    ['Skip pressed by mistake on a due prompt', 'skip'],
    ['"I already moved" pressed by mistake on a due prompt', 'moved'],
  ] as const)('%s, undone 3 s later: nothing logged, the same bout and prompt as before', (_n, kind) => {
    for (const roundTrip of [false, true]) {
      const d = day(roundTrip).toMin(47);
      const before = d.state;
      act(d, kind);
      expect(d.history).toHaveLength(1);
      d.runTo(d.now + 3_000);
      act(d, 'undo');
      expect(d.history).toEqual([]);
      expect(d.state.bout).toEqual(before.bout);
      expect(d.state.prompt).toEqual(before.prompt);
      expect(d.state.undo).toBeUndefined();
    }
  });

  it('the bout keeps its time after an undone Skip: the next prompt comes as if Skip was never pressed', () => {
    const d = day().toMin(20);
    act(d, 'skip'); // nothing due: a skip ends the bout early
    d.runTo(d.now + 2_000);
    act(d, 'undo');
    d.toMin(100);
    expect(d.prompts).toEqual([45]);
  });

  it('undo too late (after the window) changes nothing: the skip stays logged', () => {
    const d = day().toMin(47);
    act(d, 'skip');
    d.runTo(d.now + UNDO_WINDOW_MS + 1);
    const after = d.state.bout;
    act(d, 'undo');
    expect(d.history.map((h) => h.outcome)).toEqual(['skipped']);
    expect(d.state.bout).toEqual(after);
  });

  it('undo answers only the action just before it: after another action it does nothing', () => {
    const d = day().toMin(47);
    act(d, 'moved');
    act(d, 'anotherExercise');
    act(d, 'undo');
    expect(d.history.map((h) => h.outcome)).toEqual(['moved']);
  });

  it('undo with nothing to undo changes nothing and writes nothing', () => {
    const d = day().toMin(10);
    const writes = d.writes;
    act(d, 'undo');
    expect(d.writes).toBe(writes);
  });

  it('a v2 tracker stored without the undo field (0.2.0 before this change) still reads, keeping its bout', () => {
    const d = day().toMin(30);
    const { undo: _none, ...stored } = JSON.parse(JSON.stringify(d.state));
    expect(parseTracker(stored, d.now).bout).toEqual(d.state.bout);
  });
});

describe('removeEntry (the history side of undo)', () => {
  const e = (start: number, outcome: string) => ({ start, end: start + 1, screenMs: 1, outcome, snoozes: 0 }) as never;
  it.each([
    ['removes the matching entry only', [e(1, 'skipped'), e(5, 'moved')], { start: 5, end: 6, outcome: 'moved' }, [e(1, 'skipped')]],
    [
      'keeps everything when nothing matches (already pruned)',
      [e(1, 'skipped')],
      { start: 5, end: 6, outcome: 'moved' },
      [e(1, 'skipped')],
    ],
    ['needs the outcome to match too', [e(5, 'taken')], { start: 5, end: 6, outcome: 'moved' }, [e(5, 'taken')]],
  ])('%s', (_n, entries, match, expected) => {
    expect(removeEntry({ version: 1, entries } as never, match).entries).toEqual(expected);
  });
});
