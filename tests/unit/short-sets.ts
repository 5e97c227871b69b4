/**
 * A short set of quick reps, then an easy end: the squat is ten quick ones, not a minute held at
 * thigh depth (a gym finisher, not a desk break); its caution invites standing up to rest.
 */
export const SHORT_SETS: readonly string[] = ['squat-knees-out'];
