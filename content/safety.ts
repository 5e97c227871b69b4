import type { RedFlagId, RedFlagTier, SafetyText } from './safety-text';

/**
 * The language-neutral side of the safety text: each red flag's urgency tier,
 * and their order. The words per language are
 * in content/text/<locale>/safety.ts; pages get them through loadLocaleText
 * (content/locale-text.ts), so they load only their own language.
 */
export interface RedFlag {
  id: RedFlagId;
  /** What the user notices, in a few plain words. */
  sign: string;
  tier: RedFlagTier;
}

/** One tier as shown: where to go, one line of advice, its signs. */
export interface RedFlagGroup {
  tier: RedFlagTier;
  title: string;
  advice: string;
  signs: string[];
}

/**
 * The NHS tiers for back pain (emergency: 999/112 or A&E; the same day: an urgent GP
 * appointment or 111; otherwise a GP), and the display order within each.
 */
const TIER: Readonly<Record<RedFlagId, RedFlagTier>> = {
  'bladder-bowel': 'emergency',
  'saddle-numbness': 'emergency',
  'both-legs': 'emergency',
  'chest-pain': 'emergency',
  'serious-accident': 'emergency',
  'cough-sneeze': 'same-day',
  fever: 'same-day',
  'back-shape': 'same-day',
  'between-shoulder-blades': 'same-day',
  'night-pain': 'same-day',
  'not-improving': 'gp',
  'weight-loss': 'gp',
  'cancer-history': 'gp',
  'steroids-osteoporosis': 'gp',
  'morning-stiffness': 'gp',
};

const RED_FLAG_TIERS: readonly RedFlagTier[] = ['emergency', 'same-day', 'gp'];

export const redFlagsOf = (text: SafetyText): RedFlag[] =>
  (Object.keys(TIER) as RedFlagId[]).map((id) => ({ id, sign: text.redFlags[id].sign, tier: TIER[id] }));

/** The red flags grouped by tier, most urgent first, in the text's language. */
export function redFlagGroupsOf(text: SafetyText): RedFlagGroup[] {
  const flags = redFlagsOf(text);
  return RED_FLAG_TIERS.map((tier) => ({ tier, ...text.tiers[tier], signs: flags.filter((f) => f.tier === tier).map((f) => f.sign) }));
}

export { SOURCES } from './sources';
