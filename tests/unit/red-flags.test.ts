import { describe, expect, it } from 'vitest';
import { redFlagGroupsOf, redFlagsOf } from '../../content/safety';
import type { RedFlagId, RedFlagTier, SafetyTranslation } from '../../content/safety-text';
import english from '../../content/text/en/safety';
import german from '../../content/text/de/safety';
import spanish from '../../content/text/es/safety';
import { mergeSafetyText } from '../../content/safety-text';
import { breaking } from '../breaking';

/** The NHS urgency tiers for back pain, as a physiotherapist would sort the signs. */
const TIERS: Record<RedFlagTier, RedFlagId[]> = {
  emergency: ['bladder-bowel', 'saddle-numbness', 'both-legs', 'chest-pain', 'serious-accident'],
  'same-day': ['cough-sneeze', 'fever', 'back-shape', 'between-shoulder-blades', 'night-pain'],
  gp: ['not-improving', 'weight-loss', 'cancer-history', 'steroids-osteoporosis', 'morning-stiffness'],
};

const LANGUAGES: [string, SafetyTranslation][] = [
  ['en', english],
  ['de', german],
  ['es', spanish],
];

describe('the red flags follow the NHS tiers', () => {
  it.each(LANGUAGES)('in %s, each tier holds exactly its signs, emergency first, then the same day, then a GP', (_, translation) => {
    const text = mergeSafetyText(english, translation);
    const groups = redFlagGroupsOf(text);
    expect(groups.map((g) => g.tier)).toEqual(['emergency', 'same-day', 'gp']);
    for (const tier of Object.keys(TIERS) as RedFlagTier[]) {
      expect(
        redFlagsOf(text)
          .filter((f) => f.tier === tier)
          .map((f) => f.id),
      ).toEqual(TIERS[tier]);
    }
  });

  it.each(LANGUAGES.slice(1))('%s has its own words for every sign and every tier (none falls back to English)', (_, translation) => {
    const ids = Object.values(TIERS).flat();
    expect(breaking(ids, (id) => !translation.redFlags?.[id]?.sign && 'no sign')).toEqual([]);
    expect(
      breaking(
        ['emergency', 'same-day', 'gp'],
        (tier) => (!translation.tiers?.[tier]?.title || !translation.tiers[tier].advice) && 'no title or advice',
      ),
    ).toEqual([]);
  });

  it.each(LANGUAGES)('in %s, the emergency tier names the emergency number 112', (_, translation) => {
    expect(mergeSafetyText(english, translation).tiers.emergency.title).toContain('112');
  });

  it.each(LANGUAGES)('in %s, pain that lasts means 2 to 4 weeks of staying active, not rest (NICE NG59)', (_, translation) => {
    const sign = mergeSafetyText(english, translation).redFlags['not-improving'].sign;
    expect(sign).toMatch(/2\D+4/);
  });

  it('frames every sign as a reason to get checked, and no advice tells people to rest', () => {
    const text = [
      ...Object.values(english.redFlags).map((f) => f.sign),
      ...Object.values(english.tiers).flatMap((t) => [t.title, t.advice]),
    ];
    expect(text.filter((line) => /\brest\b|\bstop\b/i.test(line))).toEqual([]);
    expect(english.redFlagsTitle).toMatch(/checked/);
  });
});
