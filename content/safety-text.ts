import type { Precaution } from '../core/exercise';

/** Red flag ids; content/safety.ts puts each in its NHS urgency tier, in display order. */
export type RedFlagId =
  | 'bladder-bowel'
  | 'saddle-numbness'
  | 'both-legs'
  | 'chest-pain'
  | 'serious-accident'
  | 'cough-sneeze'
  | 'fever'
  | 'back-shape'
  | 'between-shoulder-blades'
  | 'night-pain'
  | 'not-improving'
  | 'weight-loss'
  | 'cancer-history'
  | 'steroids-osteoporosis'
  | 'morning-stiffness';

/** How soon to get a sign checked, as the NHS sorts back-pain warning signs. */
export type RedFlagTier = 'emergency' | 'same-day' | 'gp';

/**
 * All health text of one language: disclaimer, red flags, the screening and
 * provenance labels. content/text/en/safety.ts is the source; a translation
 * (content/text/<locale>/safety.ts) may leave any entry out, which then shows
 * in English (see mergeSafetyText). Checked by `npm run i18n:check` like the catalogue.
 */
export interface SafetyText {
  /** Short disclaimer, shown before the first guided break and on the options page. */
  disclaimer: string;
  /** Longer version for the options page "about" section. */
  details: string[];
  redFlagsTitle: string;
  /** Not a stop sign: a past back problem is a reason to ask which exercises suit you. */
  beforeYouStart: string;
  /** What the user notices, in a few plain words; what to do is said once per tier. */
  redFlags: Record<RedFlagId, { sign: string }>;
  /** Per tier: a heading that says where to go ("Emergency: call 112 …") and one line of advice. */
  tiers: Record<RedFlagTier, { title: string; advice: string }>;
  /** The screening answer in the user's words, what it hides in a few words, and a note ('' for none). */
  precautions: Record<Precaution, { label: string; removes: string; note: string }>;
  /** Shown beside the screening: it narrows the list, it does not clear anyone to exercise. */
  screeningNote: string;
  /** Card provenance: $1 = exercise adapted (as the source names it), $2 / $1 = article title. */
  provenance: { adapted: string; partOf: string; from: string };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : T[K] extends string[] ? string[] : DeepPartial<T[K]> };
export type SafetyTranslation = DeepPartial<SafetyText>;

/** English with every non-empty translated entry laid over it, field by field (arrays line by line). */
export function mergeSafetyText(english: SafetyText, translated: SafetyTranslation | undefined): SafetyText {
  const merge = (base: unknown, over: unknown): unknown => {
    if (typeof base === 'string') return typeof over === 'string' && over.trim() !== '' ? over : base;
    if (Array.isArray(base)) return base.map((line, i) => merge(line, Array.isArray(over) ? over[i] : undefined));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(base as Record<string, unknown>))
      out[k] = merge(v, (over as Record<string, unknown> | undefined)?.[k]);
    return out;
  };
  return merge(english, translated) as SafetyText;
}
