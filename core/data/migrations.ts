/**
 * Schema migrations, shared by every stored item (settings, tracker, history,
 * session). A table maps a target version N to the step that turns a version
 * N−1 value into version N. Adding a schema change = bumping the version
 * constant and adding one entry to the item's table (plus its test).
 * Pure, and run in one place: each value's parser (parseTracker, parseHistory,
 * loadSettings) migrates on read, from the value's own `version` field.
 */
/** A step is written against the previous shape; `never` lets each step name its own input type. */
type MigrationStep = (old: never) => unknown;
const call = (step: MigrationStep, value: unknown): unknown => (step as (old: unknown) => unknown)(value);
export type MigrationTable = Readonly<Record<number, MigrationStep>>;

/** Runs the steps from `from` up to `to` (missing steps keep the value as is). */
export function runMigrations(value: unknown, from: number, to: number, table: MigrationTable): unknown {
  let out = value;
  for (let v = from + 1; v <= to; v += 1) {
    const step = table[v];
    if (step) out = call(step, out);
  }
  return out;
}
