import { storage } from 'wxt/utils/storage';
import type { MigrationTable } from '../../core/migrations';

export type StorageArea = 'local' | 'sync';

/**
 * One stored key: WXT's `storage.defineItem` (versioned, migrated on first
 * use in each context) with the two things it leaves out:
 * - every write also records the version (`<key>$` = `{ v }`) in the same
 *   `set`, so a value written by version N is never taken for version 1 and
 *   migrated again; data written by 0.1.0 has no mark and reads as version 1;
 * - several items of one area are written in one `set` (`writeItems`), which
 *   the worker needs for `tracker` + `history`.
 * Reads return the stored value as it is (after migrations) or null; the
 * core parsers (parseTracker, parseHistory, loadSettings) repair it.
 */
export interface StoredItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  readonly version: number;
  get(): Promise<T | null>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `onChange` with the new value (null when removed) whenever another write changes it. */
  watch(onChange: (value: T | null) => void): () => void;
  /** Resolves once the item's migrations in this context are done. */
  ready(): Promise<void>;
}

export interface StoredItemOptions {
  version: number;
  migrations?: MigrationTable;
}

export function defineStoredItem<T>(area: StorageArea, key: string, opts: StoredItemOptions): StoredItem<T> {
  const item = storage.defineItem<T | null>(`${area}:${key}`, {
    fallback: null,
    version: opts.version,
    ...(opts.migrations ? { migrations: opts.migrations as Record<number, (old: unknown) => T> } : {}),
  });
  let ready: Promise<void> | undefined;
  const self: StoredItem<T> = {
    area,
    key,
    version: opts.version,
    get: () => item.getValue(),
    set: (value) => writeItems(area, [[self, value]]),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(value)),
    // getMeta waits for the item's migrations; a failed read must not block writes.
    ready: () => (ready ??= item.getMeta().then(() => undefined, () => undefined)),
  };
  return self;
}

/** What a write needs to know of an item, whatever its value type. */
export type ItemRef = Pick<StoredItem<unknown>, 'key' | 'version' | 'ready'>;

/** Writes several items of one area (each with its version mark) in one storage `set`. */
export async function writeItems(area: StorageArea, pairs: ReadonlyArray<readonly [ItemRef, unknown]>): Promise<void> {
  await Promise.all(pairs.map(([it]) => it.ready()));
  await storage.setItems(
    pairs.flatMap(([it, value]) => [
      { key: `${area}:${it.key}` as const, value },
      { key: `${area}:${it.key}$` as const, value: { v: it.version } },
    ]),
  );
}
