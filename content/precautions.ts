import english from './text/en/safety';

/**
 * The optional screening: each answer removes every exercise tagged with it
 * (core/picker/picker.ts). The words, per language, are in content/text/<locale>/safety.ts
 * (`precautions`, `screeningNote`); these are the English ones.
 */
export type { SafetyText } from './safety-text';
export type PrecautionText = (typeof english.precautions)[keyof typeof english.precautions];

export const PRECAUTION_TEXT = english.precautions;
export const SCREENING_NOTE = english.screeningNote;
