import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EQUIPMENT, MUSCLES, PRECAUTIONS, type Exercise } from '../../core/exercise';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { sessionSeconds, workSecondsPerSide } from '../../core/session/dose';
import { seedFiles } from './originality-seeds';
import { SHORT_SETS } from './short-sets';

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
const RepPhaseSchema = v.strictObject({
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  seconds: v.pipe(v.number(), v.minValue(1)),
  frame: v.picklist(['start', 'end']),
});
const RepsSchema = v.pipe(
  v.strictObject({
    type: v.literal('reps'),
    reps: v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(20)),
    secondsPerRep: v.pipe(v.number(), v.minValue(1), v.maxValue(10)),
    perSide: v.boolean(),
    phases: v.optional(v.pipe(v.array(RepPhaseSchema), v.minLength(2))),
  }),
  v.check((d) => !d.phases || d.phases.reduce((s, p) => s + p.seconds, 0) === d.secondsPerRep, 'the phases of a rep add up to its seconds'),
);
const TimedSchema = v.strictObject({
  type: v.literal('timed'),
  seconds: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(60)),
  perSide: v.literal(false),
});
const seconds = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const step = v.pipe(v.string(), v.minLength(5), v.maxLength(90), v.regex(/^[A-Z]/), v.regex(/\.$/));

/** The whole guided minute counts: get-ready, the dose, every side switch and rest. */
const SESSION_FIT = { min: 50, max: 70 } as const;

export const ExerciseSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is a slug')),
    name: v.pipe(v.string(), v.minLength(3), v.maxLength(32)),
    kind: v.picklist(['stretch', 'activation']),
    targets: v.pipe(
      v.array(v.picklist(MUSCLES)),
      v.minLength(1),
      v.check((t) => unique(t), 'targets are unique'),
    ),
    position: v.picklist(['seated', 'standing', 'floor']),
    equipment: v.picklist(EQUIPMENT),
    support: v.picklist(['desk', 'wall', 'none']),
    officeDiscreet: v.boolean(),
    dose: v.pipe(
      v.variant('type', [HoldSchema, RepsSchema, TimedSchema]),
      // With one round the timer order is unambiguous: side one, switch, side two.
      v.check((d) => d.type !== 'hold' || !d.perSide || d.rounds === 1, 'per-side holds have one round'),
    ),
    getReadySeconds: v.pipe(seconds(20), v.minValue(5, 'gives at least 5 s to get ready')),
    switchSeconds: seconds(15),
    setupSteps: v.pipe(v.number(), v.integer(), v.minValue(1)),
    firstSide: v.optional(v.picklist(['left', 'right'])),
    precautions: v.pipe(
      v.array(v.picklist(PRECAUTIONS)),
      v.check((p) => unique(p), 'precautions are unique'),
    ),
    steps: v.pipe(v.array(step), v.minLength(3), v.maxLength(6)),
    feel: oneSentence(120),
    caution: oneSentence(130),
    why: v.pipe(oneSentence(140), v.regex(/lower back/, 'says how it helps the lower back')),
    sources: v.pipe(
      v.array(v.picklist(SEED_IDS, 'names an existing seed file')),
      v.minLength(1),
      v.check((s) => unique(s), 'sources are unique'),
    ),
    adaptsFrom: v.optional(v.pipe(v.string(), v.minLength(3))),
    adaptedAs: v.optional(v.picklist(['desk', 'part'])),
    alt: oneSentence(125),
    mistakes: v.pipe(v.array(oneSentence(90)), v.minLength(1), v.maxLength(2)),
    easier: oneSentence(100),
    harder: oneSentence(100),
    breathing: oneSentence(100),
    intensity: oneSentence(100),
    provenance: v.pipe(v.string(), v.regex(/^(Desk version of .+ · from|One part of .+, done on its own · from|From): .+/)),
  }),
  v.check((e) => e.setupSteps < e.steps.length, 'leaves at least one step for the movement'),
  v.check((e) => (e.dose.perSide ? e.switchSeconds >= 3 : e.switchSeconds === 0), 'has switch time exactly when per side'),
  v.check((e) => !e.dose.perSide || e.firstSide !== undefined, 'per-side doses say which side comes first'),
  v.check((e) => workSecondsPerSide(e.dose) >= 15, 'works each side for at least 15 s (the seeds give 15–30 s)'),
  v.check(
    (e) => e.dose.type !== 'reps' || !e.dose.phases || e.dose.phases.every((p) => e.setupSteps + p.step < e.steps.length),
    'each phase of a rep lights one of the movement steps',
  ),
  v.check(
    (e) => (sessionSeconds(e) >= SESSION_FIT.min || SHORT_SETS.includes(e.id)) && sessionSeconds(e) <= SESSION_FIT.max,
    'fits a one-minute session (60 s ± 10 s) with get-ready and switches',
  ),
);

export const CatalogueSchema = v.pipe(
  v.array(ExerciseSchema),
  v.minLength(24, 'has at least 24 exercises'),
  v.check((c) => unique(c.map((e) => e.id)), 'ids are unique'),
  v.check((c) => unique(c.map((e) => e.name.toLowerCase())), 'names are unique'),
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
    ['a dose of 40 s', { dose: { type: 'reps', reps: 10, secondsPerRep: 4, perSide: false }, getReadySeconds: 5 }],
    [
      'a dose that fits only without its get-ready',
      { dose: { type: 'hold', holdSeconds: 30, rounds: 2, perSide: false }, getReadySeconds: 15 },
    ],
    ['holds of 12 s per side', { dose: { type: 'hold', holdSeconds: 12, rounds: 1, perSide: true }, switchSeconds: 5, firstSide: 'right' }],
    [
      'a per-side dose with no switch time',
      { dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, switchSeconds: 0, firstSide: 'right', getReadySeconds: 5 },
    ],
    [
      'a per-side dose with no first side',
      { dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, switchSeconds: 5, firstSide: undefined, getReadySeconds: 5 },
    ],
    ['every step counted as set-up', { setupSteps: good.steps.length }],
    ['three common mistakes', { mistakes: ['Rushing.', 'Holding the breath.', 'Bouncing.'] }],
    ['no common mistake', { mistakes: [] }],
    ['an unknown precaution', { precautions: ['heart'] }],
    ['a support that is a chair', { support: 'chair' }],
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

  it.each([
    'getReadySeconds',
    'switchSeconds',
    'setupSteps',
    'support',
    'precautions',
    'mistakes',
    'easier',
    'harder',
    'breathing',
    'intensity',
  ])('requires the field %s', (field) => {
    const { [field]: _dropped, ...without } = good as unknown as Record<string, unknown>;
    expect(messagesOf([...EXERCISES.slice(1), without])).not.toEqual([]);
  });

  it('looks exercises up by id', () => {
    for (const e of EXERCISES) expect(exerciseById(e.id)).toBe(e);
    expect(exerciseById('no-such-exercise')).toBeUndefined();
  });
});

/** Keeps the type of a catalogue entry pinned to the contract. */
const _typecheck: readonly Exercise[] = EXERCISES;
void _typecheck;
