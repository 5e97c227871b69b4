/**
 * Schema migrations, shared by every stored item (settings, tracker, history,
 * session). A table maps a target version N to the step that turns a version
 * N−1 value into version N. Adding a schema change = bumping the version
 * constant and adding one entry to the item's table (plus its test).
 * Pure: the storage layer (utils/storage) runs them through WXT's
 * `storage.defineItem({ version, migrations })`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a step sees the previous, untyped shape
export type MigrationStep = (old: any) => unknown;
export type MigrationTable = Readonly<Record<number, MigrationStep>>;

/** Runs the steps from `from` up to `to` (missing steps keep the value as is). */
export function runMigrations(value: unknown, from: number, to: number, table: MigrationTable): unknown {
  let out = value;
  for (let v = from + 1; v <= to; v += 1) {
    const step = table[v];
    if (step) out = step(out);
  }
  return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * For shapes that carry their own `version` field (settings, tracker,
 * history): each step's output is stamped with the version it produced, so a
 * value migrated by the storage item is never migrated again by its parser.
 */
export function stampVersions(table: MigrationTable): MigrationTable {
  return Object.fromEntries(
    Object.entries(table).map(([n, step]) => [n, (old: unknown) => {
      const out = step(old);
      return isRecord(out) ? { ...out, version: Number(n) } : out;
    }]),
  );
}
