/**
 * For a chair with wheels or one that swivels (the screening answer `wheels`, on by default):
 * each exercise that needs a chair that stays put, and the standing or desk-supported version
 * that takes its place. Sitting back down, leaning forward over the knees or pushing one leg
 * back can send a rolling chair away; "lock the wheels" is not enough, since many can't.
 */
export const CHAIR_SWAPS: Readonly<Record<string, string>> = {
  'chair-forward-fold': 'desk-hip-hinge',
  'seated-hip-flexor-stretch': 'standing-hip-flexor-stretch',
  'sit-to-stand-squeeze': 'glute-squeeze',
};

/** The exercise this one replaces for a chair with wheels, or undefined. */
export const swappedFor = (exerciseId: string, precautions: readonly string[]): string | undefined =>
  precautions.includes('wheels') ? Object.keys(CHAIR_SWAPS).find((from) => CHAIR_SWAPS[from] === exerciseId) : undefined;
