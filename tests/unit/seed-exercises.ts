import type { SeedId } from '../../core/exercise';

/** Every exercise the seed articles describe, with the entry that covers it. */
export const SEED_EXERCISES: [seed: SeedId, named: string, id: string][] = [
  ['000', 'knees to chest', 'knees-to-chest'],
  ['000', 'lying glute stretch', 'lying-glute-stretch'],
  ['000', 'pigeon pose', 'pigeon-pose'],
  ['000', 'knee to the opposite shoulder', 'knee-to-opposite-shoulder'],
  ['000', 'glute bridge', 'glute-bridge'],
  ['000', 'single-leg glute bridge', 'single-leg-glute-bridge'],
  ['000', 'squat with knees pressed out', 'squat-knees-out'],
  ['003', 'seated figure-four', 'seated-figure-four'],
  ['003', 'standing figure-four', 'standing-figure-four'],
  ['003', 'glute bridge', 'glute-bridge'],
  ['003', 'seated hip abduction with a band', 'seated-band-abduction'],
  ['003', 'clamshell', 'clamshell'],
  ['002', 'pigeon pose', 'pigeon-pose'],
  ['002', 'seated forward bend', 'seated-forward-bend'],
  ['002', 'figure-four', 'seated-figure-four'],
  ['004', 'glute bridge', 'glute-bridge'],
  ['004', 'crab walk', 'crab-walk'],
  ['004', 'squat with side leg lift', 'squat-side-leg-lift'],
  ['004', 'clam', 'clamshell'],
  ['004', 'fire hydrant', 'fire-hydrant'],
  ['004', 'donkey kick', 'donkey-kick'],
  ['004', 'single knee to chest', 'single-knee-to-chest'],
  ['004', 'glute squeeze', 'glute-squeeze'],
  ['004', 'walking with long strides', 'walking-long-strides'],
];
