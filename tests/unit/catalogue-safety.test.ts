import { describe, expect, it } from 'vitest';
import { PRECAUTIONS, type Exercise, type Precaution } from '../../core/exercise';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { sessionSeconds, workSecondsPerSide } from '../../core/session/dose';
import { filterCatalogue, removedByPrecautions, type ExercisePrefs } from '../../core/picker/picker';
import { DEFAULT_SETTINGS, POSITIONS } from '../../core/settings/settings';
import { seedTexts } from './originality-seeds';
import { SEED_EXERCISES } from './seed-exercises';
import { breaking } from '../breaking';
import { SHORT_SETS } from './short-sets';
import { CHAIR_SWAPS } from '../../content/chair-swaps';
import english from '../../content/text/en/safety';

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

  it('with any one answer but a hip replacement, the default desk set still offers both kinds, at least 5 of each', () => {
    const short = PRECAUTIONS.filter((p) => p !== 'hip-replacement').filter((p) => {
      const left = filterCatalogue(EXERCISES, { ...DEFAULT_SETTINGS.exercises, precautions: [p] });
      return ['stretch', 'activation'].some((kind) => left.filter((e) => e.kind === kind).length < 5);
    });
    expect(short).toEqual([]);
  });

  it('after a hip replacement every desk stretch goes (each bends the hip past a right angle, crosses the leg or takes it back turned out); gentle activations stay', () => {
    const left = filterCatalogue(EXERCISES, { ...DEFAULT_SETTINGS.exercises, precautions: ['hip-replacement'] });
    expect(left.filter((e) => e.kind === 'stretch')).toEqual([]);
    expect(left.length).toBeGreaterThanOrEqual(5);
  });

  it('with every answer given, the default desk set still offers at least 5 gentle activations', () => {
    const left = filterCatalogue(EXERCISES, { ...DEFAULT_SETTINGS.exercises, precautions: [...PRECAUTIONS] });
    expect(left.filter((e) => e.kind === 'activation').length).toBeGreaterThanOrEqual(5);
  });
});

describe('the screening keeps its promises', () => {
  it.each<[Precaution, string[]]>([
    // Posterior approach: no bend past a right angle; anterior: no stretch back with the leg turned out.
    [
      'hip-replacement',
      [
        'seated-hamstring-stretch',
        'squat-knees-out',
        'desk-hip-hinge',
        'standing-hip-flexor-stretch',
        'seated-hip-flexor-stretch',
        'desk-split-squat',
        'standing-kickback',
      ],
    ],
    // No deep folds over the belly.
    ['pregnancy', ['seated-knee-to-chest', 'standing-knee-hug', 'seated-leg-cradle', 'chair-forward-fold']],
    // The figure-four shapes twist the knee of the crossed leg, seated, standing or lying.
    ['knees', ['seated-figure-four', 'standing-figure-four', 'lying-glute-stretch']],
    // Nerve-tension positions: the slump of a hamstring stretch, deep folds, the pigeon.
    ['sciatica', ['seated-hamstring-stretch', 'seated-forward-bend', 'chair-forward-fold', 'desk-hip-hinge', 'pigeon-pose', 'desk-pigeon']],
  ])('"%s" hides %j', (answer, ids) => {
    expect(ids.filter((id) => !exerciseById(id)!.precautions.includes(answer))).toEqual([]);
  });

  it('"my chair has wheels" hides exactly the cards that need a chair that stays put, each with a standing or desk-supported stand-in', () => {
    expect(tagged('wheels').sort()).toEqual(Object.keys(CHAIR_SWAPS).sort());
    expect(
      breaking(Object.keys(CHAIR_SWAPS), (from) => {
        const to = exerciseById(CHAIR_SWAPS[from]!);
        if (!to) return 'no stand-in in the catalogue';
        if (to.position !== 'standing') return `stand-in ${to.id} is ${to.position}`;
        if (to.precautions.includes('wheels')) return `stand-in ${to.id} needs a fixed chair too`;
        return !filterCatalogue(EXERCISES, DEFAULT_SETTINGS.exercises).includes(to) && `stand-in ${to.id} is not in the default set`;
      }),
    ).toEqual([]);
  });

  it('a new install answers "wheels", since most office chairs roll', () => {
    expect(DEFAULT_SETTINGS.exercises.precautions).toEqual(['wheels']);
  });

  it('never gives "lock the wheels" as the only advice', () => {
    expect(
      breaking(
        ids(EXERCISES),
        (id) => /\block\b/i.test(exerciseById(id)!.caution) && !/\bor\b/.test(exerciseById(id)!.caution) && 'lock only',
      ),
    ).toEqual([]);
  });

  it('leaves no nerve-tension slump (toes pulled back in a hamstring stretch) to someone with sciatica', () => {
    const left = filterCatalogue(EXERCISES, { ...EVERYTHING, precautions: ['sciatica'] });
    expect(breaking(ids(left), (id) => /toes back/i.test(exerciseById(id)!.harder) && 'toes back')).toEqual([]);
  });

  it('tells someone with a hip replacement to follow the surgeon, and to ask first in the first 3 months; in pregnancy, names the pelvic girdle stances', () => {
    const text = english.precautions;
    expect(text['hip-replacement'].note).toMatch(/surgeon.*3 months/);
    expect(text.pregnancy.note).toMatch(/pelvis.*one-leg, split and wide/);
    expect(text.sciatica.note).toMatch(/physiotherapist or doctor/);
  });
});

describe('doses as the seeds give them', () => {
  it('every exercise gives at least 15 s of work per side, and its minute fits get-ready and switches (50–70 s)', () => {
    expect(
      breaking(ids(EXERCISES), (id) => {
        const e = exerciseById(id)!;
        if (workSecondsPerSide(e.dose) < 15) return `${workSecondsPerSide(e.dose)} s per side`;
        const total = sessionSeconds(e);
        return ((total < 50 && !SHORT_SETS.includes(id)) || total > 70) && `${total} s in all`;
      }),
    ).toEqual([]);
  });

  it.each([
    ['clamshell', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }],
    ['standing-kickback', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }],
    ['standing-side-leg-raise', { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }],
    // Ten quick squats, 2–3 s each, not a minute held at thigh depth.
    ['squat-knees-out', { type: 'reps', reps: 10, secondsPerRep: 3, perSide: false }],
    ['walking-long-strides', { type: 'timed', seconds: 55, perSide: false }],
  ] as const)('%s is dosed slowly, as its cue says', (id, dose) => {
    expect(exerciseById(id)!.dose).toMatchObject(dose);
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
        const says =
          e.adaptedAs === 'part' ? `One part of ${e.adaptsFrom}, done on its own · from: ` : `Desk version of ${e.adaptsFrom} · from: `;
        return !e.provenance?.startsWith(says) && `provenance "${e.provenance}"`;
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

  it('states every "why" as what it may do, never the seeds\' pelvis-alignment story as fact', () => {
    expect(
      breaking(ids(EXERCISES), (id) => {
        const why = exerciseById(id)!.why;
        if (!/\b(may|can|might|often|many people)\b/.test(why)) return `no hedge: "${why}"`;
        return (
          /out of line|pull(s|ed)? the pelvis|tug|protects the lower back|spares the lower back|strains the lower back/i.test(why) &&
          `alignment as fact: "${why}"`
        );
      }),
    ).toEqual([]);
  });

  it.each([
    ['de', /\b(kann|können|viele)\b/],
    ['es', /\b(puede|pueden|muchas personas|quizá)\b/],
  ] as const)('hedges every "why" in %s as the English does', async (locale, hedge) => {
    const words = await Promise.all(
      EXERCISES.map(
        async (e) =>
          [e.id, ((await import(`../../content/text/${locale}/${e.id}.ts`)) as { default: { why?: string } }).default.why ?? ''] as const,
      ),
    );
    expect(words.filter(([, why]) => !hedge.test(why)).map(([id]) => id)).toEqual([]);
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
