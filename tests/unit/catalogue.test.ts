import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MUSCLES, type Exercise } from '../../content/exercise';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { doseSeconds } from '../../core/dose';
import { seedFiles } from './originality-seeds';

const SEED_IDS = Object.keys(seedFiles());

const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;
/** Exactly one sentence: one terminal mark, at the end. */
const oneSentence = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(10),
    v.maxLength(max),
    v.regex(/^[A-Z]/, 'starts with a capital'),
    v.check((s) => /[.!]$/.test(s) && !/[.!?]\s/.test(s), 'is one sentence ending with a full stop'),
  );

const HoldSchema = v.strictObject({
  type: v.literal('hold'),
  holdSeconds: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(60)),
  rounds: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  perSide: v.boolean(),
});
const RepsSchema = v.strictObject({
  type: v.literal('reps'),
  reps: v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(20)),
  secondsPerRep: v.pipe(v.number(), v.minValue(1), v.maxValue(10)),
  perSide: v.boolean(),
});

export const ExerciseSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is a slug')),
  name: v.pipe(v.string(), v.minLength(3), v.maxLength(32)),
  kind: v.picklist(['stretch', 'activation']),
  targets: v.pipe(v.array(v.picklist(MUSCLES)), v.minLength(1), v.check((t) => unique(t), 'targets are unique')),
  position: v.picklist(['seated', 'standing', 'floor']),
  equipment: v.picklist(['none', 'chair', 'desk', 'band']),
  officeDiscreet: v.boolean(),
  dose: v.pipe(
    v.variant('type', [HoldSchema, RepsSchema]),
    v.check((d) => Math.abs(doseSeconds(d) - 60) <= 10, 'the dose fits a one-minute session (60 s ± 10 s)'),
    // With one round the timer order is unambiguous: side one, switch, side two.
    v.check((d) => d.type !== 'hold' || !d.perSide || d.rounds === 1, 'per-side holds have one round'),
  ),
  steps: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(5), v.maxLength(90), v.regex(/^[A-Z]/), v.regex(/\.$/))),
    v.minLength(3),
    v.maxLength(6),
  ),
  feel: oneSentence(120),
  caution: oneSentence(120),
  why: v.pipe(oneSentence(140), v.regex(/lower back|low back|lumbar|spine/i, 'says how it helps the lower back')),
  sources: v.pipe(v.array(v.picklist(SEED_IDS, 'names an existing seed file')), v.minLength(1), v.check((s) => unique(s), 'sources are unique')),
  adaptsFrom: v.optional(v.pipe(v.string(), v.minLength(3))),
  illustration: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.svg$/)),
  alt: oneSentence(125),
});

export const CatalogueSchema = v.pipe(
  v.array(ExerciseSchema),
  v.minLength(24, 'has at least 24 exercises'),
  v.check((c) => unique(c.map((e) => e.id)), 'ids are unique'),
  v.check((c) => unique(c.map((e) => e.name.toLowerCase())), 'names are unique'),
  v.check((c) => c.every((e) => e.illustration === `${e.id}.svg`), 'each illustration is named after its exercise'),
);

const messagesOf = (input: unknown) =>
  v.safeParse(CatalogueSchema, input).issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? [];

describe('the catalogue', () => {
  it('passes the schema', () => {
    expect(messagesOf(EXERCISES)).toEqual([]);
  });

  const good = EXERCISES[0]!;
  it.each([
    ['a name over 32 characters', { name: 'A very long name that goes on and on' }],
    ['a dose of 90 s', { dose: { type: 'hold', holdSeconds: 45, rounds: 2, perSide: false } }],
    ['a dose of 40 s', { dose: { type: 'reps', reps: 10, secondsPerRep: 4, perSide: false } }],
    ['only two steps', { steps: ['Sit down.', 'Stand up.'] }],
    ['a step over 90 characters', { steps: [...good.steps.slice(0, 2), `${'Lift '.repeat(19)}up.`] }],
    ['an unknown seed', { sources: ['009'] }],
    ['no source', { sources: [] }],
    ['two sentences of caution', { caution: 'Go slowly. Stop if it hurts.' }],
    ['an unknown field', { colour: 'red' }],
    ['a muscle outside the list', { targets: ['biceps'] }],
  ])('rejects an exercise with %s', (_, change) => {
    const broken = [...EXERCISES.slice(1), { ...good, ...change }];
    expect(messagesOf(broken)).not.toEqual([]);
  });

  it.each([
    ['duplicate ids', [...EXERCISES, { ...good, name: 'Another name' }]],
    ['fewer than 24 exercises', EXERCISES.slice(0, 23)],
  ])('rejects a catalogue with %s', (_, catalogue) => {
    expect(messagesOf(catalogue)).not.toEqual([]);
  });

  it('names a catalogue exercise in every adaptsFrom, sharing at least one source with it', () => {
    const byName = new Map(EXERCISES.map((e) => [e.name.toLowerCase(), e]));
    for (const e of EXERCISES.filter((x) => x.adaptsFrom)) {
      const original = byName.get(e.adaptsFrom!.toLowerCase());
      expect(original, `${e.id} adapts "${e.adaptsFrom}"`).toBeDefined();
      expect(original!.id).not.toBe(e.id);
      expect(e.sources.some((s) => original!.sources.includes(s)), `${e.id} shares a source`).toBe(true);
    }
  });

  it('looks exercises up by id', () => {
    for (const e of EXERCISES) expect(exerciseById(e.id)).toBe(e);
    expect(exerciseById('no-such-exercise')).toBeUndefined();
  });
});

/** Keeps the type of a catalogue entry pinned to the contract. */
const _typecheck: readonly Exercise[] = EXERCISES;
void _typecheck;
