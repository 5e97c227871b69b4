/**
 * The shape of one catalogue exercise. Split in two so each reader loads only
 * what it needs: the language-neutral facts (content/exercises/<id>.ts, all the
 * worker's picker needs) and the words, per locale (content/text/<locale>/<id>.ts,
 * loaded by the popup for the one exercise it shows).
 */
export const MUSCLES = [
  'gluteus maximus',
  'gluteus medius',
  'gluteus minimus',
  'piriformis',
  'hip flexors',
  'hamstrings',
  'lower back',
] as const;
type Muscle = (typeof MUSCLES)[number];
export type ExerciseKind = 'stretch' | 'activation';
export type ExercisePosition = 'seated' | 'standing' | 'floor';
export const EQUIPMENT = ['none', 'chair', 'desk', 'band', 'ball'] as const;
export type Equipment = (typeof EQUIPMENT)[number];
/** What the user holds for balance. */
type Support = 'desk' | 'wall' | 'none';
/** Screening answers that rule an exercise out (content/text/<locale>/safety.ts `precautions` says why). */
export const PRECAUTIONS = ['hip-replacement', 'pregnancy', 'knees', 'balance', 'sciatica', 'wheels'] as const;
export type Precaution = (typeof PRECAUTIONS)[number];
/** Seed article file names in ../shared/seeds, by their numeric prefix. */
export type SeedId = '000' | '001' | '002' | '003' | '004';

/** Default seconds to change sides, for doses built outside the catalogue (tests). */
export const SIDE_SWITCH_SECONDS = 5;

/**
 * One phase of a rep that has a hold in it (move, hold, come back): which movement step is lit
 * (0 = the first step after the set-up), for how long, and which drawing shows. The phases of a
 * rep add up to its `secondsPerRep`; a rep without phases walks its movement steps evenly.
 */
export interface RepPhase {
  step: number;
  seconds: number;
  frame: 'start' | 'end';
}

export type Dose =
  /** Hold `holdSeconds`, `rounds` times; per side → each side in turn with a switch. */
  | { type: 'hold'; holdSeconds: number; rounds: number; perSide: boolean }
  /** `reps` repetitions of `secondsPerRep` each; per side → that many on each side. */
  | { type: 'reps'; reps: number; secondsPerRep: number; perSide: boolean; phases?: RepPhase[] }
  /** Keep moving for `seconds` (walking): the UI says "Walk"/"Keep going", never "Hold". */
  | { type: 'timed'; seconds: number; perSide: false };

/** Facts that do not depend on the language. */
export interface ExerciseData {
  id: string; // stable slug
  kind: ExerciseKind;
  targets: Muscle[];
  position: ExercisePosition;
  equipment: Equipment;
  /** A fixed thing to hold: every one-leg standing exercise has one. */
  support: Support;
  officeDiscreet: boolean;
  dose: Dose;
  /** Seconds to get into position before the dose starts. */
  getReadySeconds: number;
  /** Seconds to change sides (0 when the dose is not per side). */
  switchSeconds: number;
  /** How many of the leading steps are set-up (shown during get-ready); the rest are the movement. */
  setupSteps: number;
  /** For per-side doses: the side the steps start with. */
  firstSide?: 'left' | 'right';
  /** Screening answers that remove this exercise. */
  precautions: Precaution[];
  /** Seeds the facts come from; for a variant, the first one describes `adaptsFrom`. */
  sources: SeedId[];
  /** For desk variants: the seed exercise adapted, as the first source names it. */
  adaptsFrom?: string;
  /** How it adapts `adaptsFrom`: a desk version of it (the default), or one part of it done on its own. */
  adaptedAs?: 'desk' | 'part';
}

/** The words, per locale; any field missing in a translation falls back to English. */
interface ExerciseText {
  name: string; // ≤ 32 characters
  steps: string[]; // 3–6 imperative steps, ≤ 90 characters each
  feel: string; // "you should feel it here"
  caution: string;
  why: string; // one sentence: why it helps the lower back
  alt: string;
  /** 1–2 common mistakes. */
  mistakes: string[];
  easier: string;
  harder: string;
  breathing: string;
  /** How hard it should feel ("a gentle pull, never pain"). */
  intensity: string;
}

/** The words kept per exercise file; names are UI messages (`exercise_<id>`, utils/exercise-name.ts). */
export type ExerciseWords = Omit<ExerciseText, 'name'>;

/**
 * A translated exercise file, content/text/<locale>/<id>.ts (default export):
 * any field may be left out and falls back to English. Arrays (steps,
 * mistakes) are translated line by line, same length as the English. Which
 * English each line was translated from is recorded in
 * content/text/<locale>/stamps.json (`npm run i18n:check -- --stamp-text`).
 */
export type ExerciseTranslation = Partial<ExerciseWords>;

/** An exercise as the card shows it: facts, words, and where it comes from. */
export interface Exercise extends ExerciseData, ExerciseText {
  /** "Desk version of Pigeon pose · from: <article title>" (content/provenance.ts). */
  provenance: string;
}
