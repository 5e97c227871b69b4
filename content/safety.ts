import type { RedFlagId, SafetyText } from './safety-text';

/**
 * The language-neutral side of the safety text: which red flags are urgent,
 * and their order. The words per language are
 * in content/text/<locale>/safety.ts; pages get them through loadLocaleText
 * (content/locale-text.ts), so they load only their own language.
 */
export interface RedFlag {
  id: RedFlagId;
  /** What the user notices, in a few plain words. */
  sign: string;
  /** What to do about it. */
  advice: string;
  /** Needs help today rather than an appointment. */
  urgent: boolean;
}

/** Display order, urgent ones first. */
const URGENT: Readonly<Record<RedFlagId, boolean>> = {
  'saddle-numbness': true,
  'bladder-bowel': true,
  'leg-weakness': true,
  'radiating-pain': false,
  numbness: false,
  fever: false,
  'after-fall': false,
  'cancer-weight-loss': false,
  'night-pain': false,
  'lasting-pain': false,
  'lost-mobility': false,
};

export const redFlagsOf = (text: SafetyText): RedFlag[] =>
  (Object.keys(URGENT) as RedFlagId[]).map((id) => ({ id, ...text.redFlags[id], urgent: URGENT[id] }));

export { SOURCES } from './sources';
