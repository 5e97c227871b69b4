import { describe, expect, it } from 'vitest';
import { doseLabel } from '../../components/dose-label';
import type { Dose } from '../../core/exercise';
import { useMessages } from '../setup';

/** The dose line on the exercise card, in the words of the card's language. */
describe('doseLabel: the dose in a few words on the card', () => {
  it.each<[string, 'en' | 'de' | 'es', Dose, string]>([
    ['one hold', 'en', { type: 'hold', holdSeconds: 30, rounds: 1, perSide: false }, 'Hold for 30 s'],
    ['one hold per side', 'en', { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, 'Hold for 25 s on each side'],
    ['two holds', 'en', { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false }, 'Hold for 25 s, 2 times'],
    ['two holds per side', 'de', { type: 'hold', holdSeconds: 20, rounds: 2, perSide: true }, '20 s pro Seite halten, 2-mal'],
    ['three holds', 'es', { type: 'hold', holdSeconds: 15, rounds: 3, perSide: false }, 'Mantén 15 s, 3 veces'],
    ['reps per side', 'en', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }, '8 repetitions on each side'],
    ['a walk', 'de', { type: 'timed', seconds: 55, perSide: false }, '55 s gehen'],
  ])('%s (%s) reads "%s"', (_case, lang, dose, words) => {
    useMessages(lang);
    expect(doseLabel(dose)).toBe(words);
  });
});
