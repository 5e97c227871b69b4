import type { SeedId } from './exercise';

/**
 * Safety text shown by the popup and the options page. Plain English data,
 * not i18n keys: it is reviewed as health content, sentence by sentence.
 * Red flags come from seed 002 ("when to see a doctor").
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
    id: 'bladder-bowel',
    sign: 'Any change in bladder or bowel control',
    advice: 'Treat this as an emergency and get medical help straight away.',
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
    sign: 'Numbness, tingling or weakness in a leg or foot',
    advice: 'Stop and see a doctor, since a nerve may be involved.',
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
  {
    id: 'past-injury',
    sign: 'A back injury or back condition in the past',
    advice: 'Ask a health professional which of these exercises suit you before you start.',
    urgent: false,
  },
];

/** Heading for the red flag list. */
export const RED_FLAGS_TITLE = 'When to stop and get help';

export interface SourceArticle {
  seed: SeedId;
  /** The article's own title, quoted as a citation. */
  title: string;
}

/** The articles the catalogue's facts come from, for the "about" section. */
export const SOURCES: readonly SourceArticle[] = [
  { seed: '000', title: 'Tight Glutes Causing Lower Back Pain? How To Release The Glutes' },
  { seed: '001', title: 'Are your glutes to blame for your lower back pain?' },
  { seed: '002', title: 'Tight Glutes and Back Pain: How They Are Connected' },
  { seed: '003', title: 'Are Tight Glutes Causing Lower Back Pain? Yes. Here’s How To Fix It' },
  { seed: '004', title: 'How underactive gluteal muscles can cause lower back pain' },
];

/** Everything above in one object, as the popup and options page render it. */
export const SAFETY = {
  disclaimer: DISCLAIMER,
  details: DISCLAIMER_DETAIL,
  redFlagsTitle: RED_FLAGS_TITLE,
  /** One line per red flag: the sign, then what to do. Urgent ones first. */
  redFlags: RED_FLAGS.map((f) => `${f.sign}: ${f.advice.charAt(0).toLowerCase()}${f.advice.slice(1)}`),
  sources: SOURCES,
} as const;
