import type * as v from 'valibot';

/** A valibot issue's field as a dotted path, e.g. "workHours.days.1.end" ("" for the whole value). */
export const issuePath = (issue: v.BaseIssue<unknown>): string => (issue.path ?? []).map((p) => String(p.key)).join('.');
