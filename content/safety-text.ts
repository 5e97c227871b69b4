import type { Precaution } from '../core/exercise';

/** Red flag ids, in display order (urgent ones first); content/safety.ts adds which are urgent. */
export type RedFlagId =
  | 'saddle-numbness'
  | 'bladder-bowel'
  | 'leg-weakness'
  | 'radiating-pain'
  | 'numbness'
  | 'fever'
  | 'after-fall'
  | 'cancer-weight-loss'
  | 'night-pain'
  | 'lasting-pain'
  | 'lost-mobility';

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
  /** What the user notices (sign) and what to do about it (advice). */
  redFlags: Record<RedFlagId, { sign: string; advice: string }>;
  /** The screening answer in the user's words, and what it hides in a few words. */
  precautions: Record<Precaution, { label: string; removes: string }>;
  /** Shown beside the screening: it narrows the list, it does not clear anyone to exercise. */
  screeningNote: string;
  /** Card provenance: $1 = exercise adapted (as the source names it), $2 / $1 = article title. */
  provenance: { adapted: string; from: string };
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
