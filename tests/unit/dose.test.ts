import { describe, expect, it } from 'vitest';
import { SIDE_SWITCH_SECONDS, type Dose } from '../../core/exercise';
import { doseSeconds } from '../../core/session/dose';

describe('doseSeconds', () => {
  it.each([
    ['two 25 s holds with a switch', { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, 50 + SIDE_SWITCH_SECONDS],
    ['one 60 s hold', { type: 'hold', holdSeconds: 60, rounds: 1, perSide: false }, 60],
    ['3 × 20 s holds, both sides, alternating', { type: 'hold', holdSeconds: 10, rounds: 3, perSide: true }, 60 + 5 * SIDE_SWITCH_SECONDS],
    ['10 bridges holding 6 s', { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false }, 60],
    ['8 reps of 3 s on each side', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }, 48 + SIDE_SWITCH_SECONDS],
  ] as [string, Dose, number][])('%s lasts %i s', (_, dose, expected) => {
    expect(doseSeconds(dose)).toBe(expected);
  });
});
