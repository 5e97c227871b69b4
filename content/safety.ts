import english from './text/en/safety';
import type { RedFlagId, SafetyText } from './safety-text';

/**
 * The language-neutral side of the safety text (which red flags are urgent,
 * their order) and the English text as constants. The words per language are
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

/** English, the fallback for every language. */
export const ENGLISH_SAFETY: SafetyText = english;
export const DISCLAIMER = english.disclaimer;
export const DISCLAIMER_DETAIL: readonly string[] = english.details;
export const RED_FLAGS: readonly RedFlag[] = redFlagsOf(english);
export const BEFORE_YOU_START = english.beforeYouStart;
export const RED_FLAGS_TITLE = english.redFlagsTitle;

export { SOURCES, type SourceArticle } from './sources';
