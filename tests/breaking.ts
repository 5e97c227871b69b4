/**
 * One test per rule, not one per file or exercise: the items that break the rule, each with
 * why, so `expect(breaking(...)).toEqual([])` fails naming every offender at once.
 */
export const breaking = <T extends string>(items: readonly T[], problem: (item: T) => string | null | false | undefined): string[] =>
  items.flatMap((item) => {
    const why = problem(item);
    return why ? [`${item}: ${why}`] : [];
  });
