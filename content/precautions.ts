import type { Precaution } from './exercise';

/**
 * The optional screening: each answer removes every exercise tagged with it
 * (core/picker.ts). Health text, reviewed sentence by sentence like safety.ts.
 * Tags follow common physiotherapy advice: after a hip replacement (posterior
 * approach), avoid deep hip bending, crossing the leg past the middle and
 * turning it in; in pregnancy, avoid lying flat on the back and deep folds over
 * the belly; with sore knees, avoid kneeling and loaded deep knee bends; with
 * poor balance, avoid standing on one leg or stepping across.
 */
export interface PrecautionText {
  /** The screening answer, in the user's words. */
  label: string;
  /** What the filter leaves out, in a few words. */
  removes: string;
}

export const PRECAUTION_TEXT: Readonly<Record<Precaution, PrecautionText>> = {
  'hip-replacement': {
    label: 'I have had a hip replacement',
    removes: 'deep hip bends, crossed legs and knee-across stretches',
  },
  pregnancy: {
    label: 'I am pregnant',
    removes: 'lying on your back and deep forward folds',
  },
  knees: {
    label: 'My knees are sore or weak',
    removes: 'kneeling, squats and stretches that twist the knee',
  },
  balance: {
    label: 'My balance is unsteady',
    removes: 'standing on one leg and side steps',
  },
};

/** Shown beside the screening: it narrows the list, it does not clear anyone to exercise. */
export const SCREENING_NOTE =
  'Optional. Your answers stay in this browser and only hide exercises; they are no substitute for advice from your own clinician.';
