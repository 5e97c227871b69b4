import { SOURCES } from './sources';

/**
 * Safety text shown by the popup and the options page. Plain English data,
 * not i18n keys: it is reviewed as health content, sentence by sentence.
 * Red flags: the six signs from seed 002 ("when to see a doctor"), completed
 * against public clinical guidance on low back pain (NHS, NICE NG59).
 */

/** Short disclaimer, shown before the first guided break and on the options page. */
export const DISCLAIMER =
  'Glute Break offers general exercise education, not medical advice. Move gently, and stop any exercise that hurts.';

/** Longer version for the options page "about" section. */
export const DISCLAIMER_DETAIL = [
  'The exercises here do not diagnose or treat any condition, and they are no substitute for an assessment.',
  'A mild, even pull while stretching is normal. Severe or unusual pain is not: stop and rest.',
  'If you already have back pain or another health issue, ask a physiotherapist or doctor before you begin.',
] as const;

export interface RedFlag {
  id: string;
  /** What the user notices, in a few plain words. */
  sign: string;
  /** What to do about it. */
  advice: string;
  /** Needs help today rather than an appointment. */
  urgent: boolean;
}

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'saddle-numbness',
    sign: 'Numbness around the groin, genitals or inner buttocks',
    advice: 'Get emergency medical help straight away; it can mean nerves at the base of the spine are pressed.',
    urgent: true,
  },
  {
    id: 'bladder-bowel',
    sign: 'Any change in bladder or bowel control',
    advice: 'Treat this as an emergency and get medical help straight away.',
    urgent: true,
  },
  {
    id: 'leg-weakness',
    sign: 'Leg weakness that is getting worse, or weakness in both legs',
    advice: 'Get emergency medical help straight away rather than waiting to see if it passes.',
    urgent: true,
  },
  {
    id: 'radiating-pain',
    sign: 'Sharp pain that shoots down a leg or into the hip',
    advice: 'Stop the exercises and have it checked; it can point to an irritated nerve or a disc problem.',
    urgent: false,
  },
  {
    id: 'numbness',
    sign: 'Numbness or tingling in one leg or foot',
    advice: 'Stop and see a doctor, since a nerve may be involved.',
    urgent: false,
  },
  {
    id: 'fever',
    sign: 'Back pain together with a fever or feeling generally unwell',
    advice: 'See a doctor soon; an infection needs ruling out.',
    urgent: false,
  },
  {
    id: 'after-fall',
    sign: 'Pain that began after a fall, an accident or another injury',
    advice: 'Have it checked before you exercise it.',
    urgent: false,
  },
  {
    id: 'cancer-weight-loss',
    sign: 'New back pain with a past cancer, or weight loss you cannot explain',
    advice: 'See a doctor soon and mention this history.',
    urgent: false,
  },
  {
    id: 'night-pain',
    sign: 'Pain that is worse at night or does not ease when you lie still',
    advice: 'Book a doctor visit rather than exercising through it.',
    urgent: false,
  },
  {
    id: 'lasting-pain',
    sign: 'Back pain that is still there after a few days of rest',
    advice: 'Book a visit to a doctor or physiotherapist instead of pushing on.',
    urgent: false,
  },
  {
    id: 'lost-mobility',
    sign: 'Trouble bending, lifting or walking in daily life',
    advice: 'Get a professional assessment before continuing.',
    urgent: false,
  },
];

/**
 * Not a stop sign, but worth knowing before the first break: a past back
 * injury or condition is a reason to ask which exercises suit you.
 */
export const BEFORE_YOU_START =
  'If you have had a back injury or a back condition, ask a physiotherapist or doctor which of these exercises suit you.';

/** Heading for the red flag list. */
export const RED_FLAGS_TITLE = 'When to stop and get help';

export { SOURCES, type SourceArticle } from './sources';

/** Everything above in one object, as the popup and options page render it. */
export const SAFETY = {
  disclaimer: DISCLAIMER,
  details: DISCLAIMER_DETAIL,
  redFlagsTitle: RED_FLAGS_TITLE,
  beforeYouStart: BEFORE_YOU_START,
  /** One line per red flag: the sign, then what to do. Urgent ones first. */
  redFlags: RED_FLAGS.map((f) => `${f.sign}: ${f.advice.charAt(0).toLowerCase()}${f.advice.slice(1)}`),
  sources: SOURCES,
} as const;
