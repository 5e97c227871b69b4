/** The shape of one catalogue exercise. Data lives in content/exercises.ts. */
export const MUSCLES = [
  'gluteus maximus',
  'gluteus medius',
  'gluteus minimus',
  'piriformis',
  'hip flexors',
  'hamstrings',
  'lower back',
] as const;
export type Muscle = (typeof MUSCLES)[number];
export type ExerciseKind = 'stretch' | 'activation';
export type ExercisePosition = 'seated' | 'standing' | 'floor';
export type Equipment = 'none' | 'chair' | 'desk' | 'band';
/** Seed article file names in ../shared/seeds, by their numeric prefix. */
export type SeedId = '000' | '001' | '002' | '003' | '004';

/** Seconds the timer gives to change sides between two per-side blocks. */
export const SIDE_SWITCH_SECONDS = 5;

export type Dose =
  /** Hold `holdSeconds`, `rounds` times; per side → each side in turn with a switch. */
  | { type: 'hold'; holdSeconds: number; rounds: number; perSide: boolean }
  /** `reps` repetitions of `secondsPerRep` each; per side → that many on each side. */
  | { type: 'reps'; reps: number; secondsPerRep: number; perSide: boolean };

export interface Exercise {
  id: string; // stable slug
  name: string; // ≤ 32 characters
  kind: ExerciseKind;
  targets: Muscle[];
  position: ExercisePosition;
  equipment: Equipment;
  officeDiscreet: boolean;
  dose: Dose;
  steps: string[]; // 3–6 imperative steps, ≤ 90 characters each
  feel: string; // "you should feel it here"
  caution: string;
  why: string; // one sentence: why it helps the lower back
  sources: SeedId[];
  adaptsFrom?: string; // for desk variants: name of the seed exercise adapted
  illustration: string; // file name in content/illustrations/
  alt: string;
}
