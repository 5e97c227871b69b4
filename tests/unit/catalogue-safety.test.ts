import { describe, expect, it } from 'vitest';
import { PRECAUTIONS, type Exercise, type Precaution } from '../../core/exercise';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { sessionSeconds, workSecondsPerSide } from '../../core/session/dose';
import { filterCatalogue, removedByPrecautions, type ExercisePrefs } from '../../core/picker/picker';
import { DEFAULT_SETTINGS, POSITIONS } from '../../core/settings/settings';
import { seedTexts } from './originality-seeds';
import { SEED_EXERCISES } from './seed-exercises';
import { breaking } from '../breaking';

const ids = (list: readonly Exercise[]) => list.map((e) => e.id);

/** Everything allowed: all positions and equipment, no screening answer. */
const EVERYTHING: ExercisePrefs = {
  positions: [...POSITIONS],
  allowBand: true,
  allowBall: true,
  officeDiscreetOnly: false,
  precautions: [],
};
const tagged = (p: Precaution) => EXERCISES.filter((e) => e.precautions.includes(p)).map((e) => e.id);

/** Exercises where the user stands on one leg, even briefly (the spec, read off the steps). */
const ONE_LEG = [
  'standing-figure-four',
  'desk-pigeon',
  'single-leg-stand',
  'standing-knee-hug',
  'standing-kickback',
  'standing-side-leg-raise',
  'squat-side-leg-lift',
  'desk-split-squat',
];

describe('safety: balance and rolling chairs', () => {
  it('every exercise on one leg is done standing, holding a fixed desk or wall, and a balance answer removes it', () => {
    expect(
      breaking(ONE_LEG, (id) => {
        const e = exerciseById(id);
        if (!e) return 'not in the catalogue';
        if (e.position !== 'standing') return e.position;
        if (e.support !== 'desk' && e.support !== 'wall') return `support ${e.support}`;
        return !e.precautions.includes('balance') && 'not tagged balance';
      }),
    ).toEqual([]);
  });

  it('every exercise with support names it in the first steps', () => {
    const supported = EXERCISES.filter((e) => e.support !== 'none');
    expect(supported.length).toBeGreaterThan(0);
    expect(
      breaking(ids(supported), (id) => {
        const e = exerciseById(id)!;
        return (
          !(e.support === 'wall' ? /wall/ : /desk/).test(e.steps.slice(0, e.setupSteps + 1).join(' ')) &&
          `no ${e.support} in the first steps`
        );
      }),
    ).toEqual([]);
  });

  it('every seated exercise says what to do on a chair with wheels or one that swivels', () => {
    expect(
      breaking(
        ids(EXERCISES.filter((e) => e.position === 'seated')),
        (id) => !/wheels|swivel/.test(exerciseById(id)!.caution) && 'no word on wheels',
      ),
    ).toEqual([]);
  });

  it('asks for clear floor before a walking or stepping exercise', () => {
    expect(exerciseById('crab-walk')!.steps[0]).toMatch(/clear/);
    expect(exerciseById('walking-long-strides')!.steps[0]).toMatch(/clear/);
  });
});

describe('safety: floor exercises are opt-in', () => {
  it('a new install allows seated and standing only, and no floor exercise comes out', () => {
    expect(DEFAULT_SETTINGS.exercises.positions).toEqual(['seated', 'standing']);
    expect(filterCatalogue(EXERCISES, DEFAULT_SETTINGS.exercises).some((e) => e.position === 'floor')).toBe(false);
  });
});

describe('safety: precautions', () => {
  it.each(PRECAUTIONS.map((p) => [p] as const))('answering "%s" removes every exercise tagged with it, and says which', (p) => {
    const prefs = { ...EVERYTHING, precautions: [p] };
    const left = filterCatalogue(EXERCISES, prefs);
    expect(left.filter((e) => e.precautions.includes(p))).toEqual([]);
    expect(
      removedByPrecautions(EXERCISES, prefs)
        .map((e) => e.id)
        .sort(),
    ).toEqual(tagged(p).sort());
    expect(left.length + tagged(p).length).toBe(EXERCISES.length);
  });

  it('after a hip replacement, removes the deep bends with rotation and the cross-body pulls', () => {
    expect(tagged('hip-replacement')).toEqual(
      expect.arrayContaining([
        'knee-to-opposite-shoulder',
        'seated-knee-to-shoulder',
        'pigeon-pose',
        'desk-pigeon',
        'seated-figure-four',
        'standing-figure-four',
        'seated-leg-cradle',
      ]),
    );
  });

  it('in pregnancy, removes every exercise done lying on the back', () => {
    const onBack = [
      'knees-to-chest',
      'lying-glute-stretch',
      'knee-to-opposite-shoulder',
      'single-knee-to-chest',
      'glute-bridge',
      'single-leg-glute-bridge',
    ];
    expect(tagged('pregnancy')).toEqual(expect.arrayContaining(onBack));
  });

  it('with sore knees, removes kneeling and squatting exercises', () => {
    expect(tagged('knees')).toEqual(
      expect.arrayContaining(['fire-hydrant', 'donkey-kick', 'pigeon-pose', 'squat-knees-out', 'desk-split-squat']),
    );
  });

  it('with every answer given, the default desk set still offers both kinds', () => {
    const left = filterCatalogue(EXERCISES, { ...DEFAULT_SETTINGS.exercises, precautions: [...PRECAUTIONS] });
    expect(new Set(left.map((e) => e.kind))).toEqual(new Set(['stretch', 'activation']));
  });
});

describe('doses as the seeds give them', () => {
  it('every exercise gives at least 15 s of work per side, and its minute fits get-ready and switches (50–70 s)', () => {
    expect(
      breaking(ids(EXERCISES), (id) => {
        const e = exerciseById(id)!;
        if (workSecondsPerSide(e.dose) < 15) return `${workSecondsPerSide(e.dose)} s per side`;
        const total = sessionSeconds(e);
        return (total < 50 || total > 70) && `${total} s in all`;
      }),
    ).toEqual([]);
  });

  it.each([
    ['clamshell', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }],
    ['standing-kickback', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }],
    ['standing-side-leg-raise', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }],
    ['squat-knees-out', { type: 'reps', reps: 10, secondsPerRep: 5, perSide: false }],
    ['walking-long-strides', { type: 'timed', seconds: 55, perSide: false }],
  ] as const)('%s is dosed slowly, as its cue says', (id, dose) => {
    expect(exerciseById(id)!.dose).toEqual(dose);
  });

  it('gives pigeon and clamshell longer to get into position and to change sides than a chair stretch', () => {
    const chair = exerciseById('seated-figure-four')!;
    for (const id of ['pigeon-pose', 'clamshell']) {
      const e = exerciseById(id)!;
      expect(e.getReadySeconds).toBeGreaterThan(chair.getReadySeconds);
      expect(e.switchSeconds).toBeGreaterThan(chair.switchSeconds);
    }
  });
});

describe('accurate to the sources', () => {
  const seeds = seedTexts();
  const norm = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^a-z]+/g, ' ')
      .trim()} `;
  /** Seed exercises the articles describe without naming them in so many words. */
  const described = (seed: string) => SEED_EXERCISES.filter(([s]) => s === seed).map(([, , id]) => norm(exerciseById(id)!.name));

  it('every adapted exercise adapts one its first cited seed names, and says so in its provenance', () => {
    const adapted = EXERCISES.filter((e) => e.adaptsFrom);
    expect(adapted.length).toBeGreaterThan(0);
    expect(
      breaking(ids(adapted), (id) => {
        const e = exerciseById(id)!;
        const seed = e.sources[0]!;
        const name = norm(e.adaptsFrom!);
        if (!norm(seeds[seed]!).includes(name) && !described(seed).includes(name)) return `${e.adaptsFrom} not in seed ${seed}`;
        return !e.provenance?.startsWith(`Desk version of ${e.adaptsFrom} · from: `) && `provenance "${e.provenance}"`;
      }),
    ).toEqual([]);
  });

  it("stretches the straight leg's hip flexors in single knee to chest, not the hamstrings", () => {
    const e = exerciseById('single-knee-to-chest')!;
    expect(e.targets).toContain('hip flexors');
    expect(e.targets).not.toContain('hamstrings');
  });

  it('no abduction activation claims to activate the piriformis (the seeds call it overactive)', () => {
    const abductions = EXERCISES.filter((e) => e.kind === 'activation' && /abduction|press-out|clamshell|side-leg/.test(e.id));
    expect(abductions.length).toBeGreaterThan(0);
    expect(breaking(ids(abductions), (id) => exerciseById(id)!.targets.includes('piriformis') && 'targets the piriformis')).toEqual([]);
  });

  it('files the chair band abduction under band', () => {
    expect(exerciseById('chair-band-abduction')!.equipment).toBe('band');
    expect(filterCatalogue(EXERCISES, DEFAULT_SETTINGS.exercises).map((e) => e.id)).not.toContain('chair-band-abduction');
  });

  it('uses one term, "lower back", in every text', () => {
    const texts = EXERCISES.flatMap((e) => [e.feel, e.caution, e.why, ...e.steps, ...e.mistakes]);
    expect(texts.filter((t) => /\blow back\b|lumbar/i.test(t))).toEqual([]);
  });

  it.each([
    ['desk-split-squat', 'desk', 'Lunges'],
    ['standing-hip-hinge', 'none', 'Deadlifts'],
    ['ball-glute-release', 'ball', 'Foam rolling'],
  ])('adds %s (equipment: %s), adapted from %s', (id, equipment, from) => {
    const e = exerciseById(id)!;
    expect(e.adaptsFrom).toBe(from);
    expect(e.equipment).toBe(equipment);
  });

  it('offers the ball exercise only to users who say they have a ball', () => {
    expect(filterCatalogue(EXERCISES, DEFAULT_SETTINGS.exercises).map((e) => e.id)).not.toContain('ball-glute-release');
    expect(filterCatalogue(EXERCISES, { ...DEFAULT_SETTINGS.exercises, allowBall: true }).map((e) => e.id)).toContain('ball-glute-release');
  });
});
