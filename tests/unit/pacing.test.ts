import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { otherSideSteps } from '../../core/session/other-side';
import { frameAt } from '../../core/session/session-frame';
import { sessionAt, sessionPlan, stepIndexAt, type Segment } from '../../core/session/session-plan';
import { sessionSpec } from '../../core/session/session-spec';
import { breaking } from '../breaking';

const TICK = 100;

/** How long each step is lit in one rep of the exercise's first reps segment, and the frame at each tick. */
function firstRep(id: string): { lit: Map<number, number>; frames: [number, 'start' | 'end'][] } {
  const ex = exerciseById(id)!;
  const spec = sessionSpec(ex);
  const plan = sessionPlan(spec);
  const reps = plan.find((s): s is Extract<Segment, { kind: 'reps' }> => s.kind === 'reps')!;
  const lit = new Map<number, number>();
  const frames: [number, 'start' | 'end'][] = [];
  for (let t = reps.startMs; t < reps.startMs + reps.msPerRep; t += TICK) {
    const point = sessionAt(plan, t + TICK / 2);
    const step = stepIndexAt(point, spec) - spec.setupSteps;
    lit.set(step, (lit.get(step) ?? 0) + TICK);
    frames.push([t - reps.startMs, frameAt(point).which]);
  }
  return { lit, frames };
}

describe('honest pacing of the guided minute', () => {
  it('lights each phase of a rep with a hold for as long as the dose says (±0.5 s), the hold for the whole hold', () => {
    const phased = EXERCISES.filter((e) => e.dose.type === 'reps' && e.dose.phases);
    expect(phased.map((e) => e.id)).toEqual(
      expect.arrayContaining(['glute-squeeze', 'glute-bridge', 'seated-glute-squeeze', 'sit-to-stand-squeeze']),
    );
    expect(
      breaking(
        phased.map((e) => e.id),
        (id) => {
          const dose = exerciseById(id)!.dose as Extract<(typeof EXERCISES)[number]['dose'], { type: 'reps' }>;
          const want = new Map<number, number>();
          for (const p of dose.phases!) want.set(p.step, (want.get(p.step) ?? 0) + p.seconds * 1000);
          const { lit } = firstRep(id);
          const off = [...want].find(([step, ms]) => Math.abs((lit.get(step) ?? 0) - ms) > 500);
          return off && `step ${off[0]} lit ${lit.get(off[0]) ?? 0} ms, the dose says ${off[1]} ms`;
        },
      ),
    ).toEqual([]);
  });

  it('shows the held position for the whole of a hold inside a rep, and each phase its own drawing', () => {
    const phased = EXERCISES.filter((e) => e.dose.type === 'reps' && e.dose.phases);
    expect(
      breaking(
        phased.map((e) => e.id),
        (id) => {
          const phases = (exerciseById(id)!.dose as { phases: { seconds: number; frame: 'start' | 'end' }[] }).phases;
          let from = 0;
          const wrong = firstRep(id).frames.find(([at, which]) => {
            let end = 0;
            const phase = phases.find((p) => at < (end += p.seconds * 1000)) ?? phases.at(-1)!;
            from = at;
            return phase.frame !== which;
          });
          return wrong && `at ${from} ms shows ${wrong[1]}`;
        },
      ),
    ).toEqual([]);
  });

  it('walks the steps of a rep without phases evenly, each lit as long as the others (±0.5 s)', () => {
    const even = EXERCISES.filter((e) => e.dose.type === 'reps' && !e.dose.phases && e.steps.length - e.setupSteps > 1);
    expect(
      breaking(
        even.map((e) => e.id),
        (id) => {
          const ex = exerciseById(id)!;
          const per = ((ex.dose as { secondsPerRep: number }).secondsPerRep * 1000) / (ex.steps.length - ex.setupSteps);
          const off = [...firstRep(id).lit].find(([, ms]) => Math.abs(ms - per) > 500);
          return off && `step ${off[0]} lit ${off[1]} ms, not ${per}`;
        },
      ),
    ).toEqual([]);
  });

  it('rests 5 s between the rounds of a hold on one side (a fold can leave you light-headed)', () => {
    const rounds = EXERCISES.filter((e) => e.dose.type === 'hold' && !e.dose.perSide && e.dose.rounds > 1);
    expect(rounds.map((e) => e.id)).toContain('chair-forward-fold');
    expect(
      breaking(
        rounds.map((e) => e.id),
        (id) => {
          const plan = sessionPlan(sessionSpec(exerciseById(id)!)).filter((s) => s.kind === 'hold' || s.kind === 'rest');
          const shape = plan.map((s) => (s.kind === 'rest' ? `rest ${s.endMs - s.startMs}` : 'hold')).join(', ');
          return (
            shape !==
              ['hold', ...Array.from({ length: (exerciseById(id)!.dose as { rounds: number }).rounds - 1 }, () => 'rest 5000, hold')].join(
                ', ',
              ) && shape
          );
        },
      ),
    ).toEqual([]);
  });

  it('gives 8 s to change sides where the person must turn round to hold the desk with the other hand', () => {
    expect(
      breaking(
        ['standing-figure-four', 'desk-split-squat'],
        (id) => exerciseById(id)!.switchSeconds < 8 && `${exerciseById(id)!.switchSeconds} s`,
      ),
    ).toEqual([]);
  });

  it('names the standing leg as the working side of the one-leg stand', () => {
    const stand = exerciseById('single-leg-stand')!;
    expect(stand.steps.join(' ')).toContain(`weight onto your ${stand.firstSide} foot`);
  });

  it('squats ten times at 2–3 s each, with a rest standing whenever needed', () => {
    const squat = exerciseById('squat-knees-out')!;
    expect(squat.dose).toMatchObject({ type: 'reps', reps: 10 });
    expect((squat.dose as { secondsPerRep: number }).secondsPerRep).toBeGreaterThanOrEqual(2);
    expect((squat.dose as { secondsPerRep: number }).secondsPerRep).toBeLessThanOrEqual(3);
    expect(squat.caution).toMatch(/stand up to rest whenever you need/);
  });
});

const TEXT = import.meta.glob<{ steps: string[] }>('../../content/text/*/*.ts', { import: 'default', eager: true });
const SIDE = {
  en: /\b(left|right)\b(?! angle)/i,
  de: /\b(linke?[nrsm]?|rechte?[nrsm]?|links|rechts)\b(?! Winkel)/i,
  es: /\b(izquierd[ao]s?|derech[ao]s?)\b/i,
} as const;

describe.each(['en', 'de', 'es'] as const)('the second side in %s', (lang) => {
  const perSide = EXERCISES.filter((e) => e.dose.perSide).map((e) => e.id);
  const stepsOf = (id: string) => TEXT[`../../content/text/${lang}/${id}.ts`]?.steps ?? exerciseById(id)!.steps;

  it('names the side now working in every step that names a side (the change-sides step aside)', () => {
    expect(
      breaking(perSide, (id) => {
        const first = stepsOf(id);
        const second = otherSideSteps(first, lang);
        const named = first.filter((s) => SIDE[lang].test(s));
        if (named.length === 0) return null;
        const changed = first.filter((s, i) => s !== second[i]);
        return changed.length === 0 && `no step changes: ${named.join(' | ')}`;
      }),
    ).toEqual([]);
  });

  it('is the first side again when swapped back', () => {
    expect(
      breaking(
        perSide,
        (id) => otherSideSteps(otherSideSteps(stepsOf(id), lang), lang).join('|') !== stepsOf(id).join('|') && 'not symmetric',
      ),
    ).toEqual([]);
  });
});

it('keeps a right angle a right angle', () => {
  expect(otherSideSteps(['Keep one knee bent at a right angle, right foot down.'], 'en')).toEqual([
    'Keep one knee bent at a right angle, left foot down.',
  ]);
  expect(otherSideSteps(['Lass ein Knie im rechten Winkel gebeugt, den rechten Fuß unten.'], 'de')).toEqual([
    'Lass ein Knie im rechten Winkel gebeugt, den linken Fuß unten.',
  ]);
});
