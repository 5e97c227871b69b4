import { storage } from 'wxt/utils/storage';

export type StorageArea = 'local' | 'sync';

/**
 * One stored key, as it is: no version mark beside it and no migration on
 * read. A value that has a schema carries its own `version` field, and its
 * core parser (parseTracker, parseHistory, loadSettings) migrates older
 * versions on read, in memory: reading never writes, so a page that reads
 * `tracker` during an update cannot race the worker, its only writer. The
 * migrated value reaches storage at its owner's next write.
 */
export interface StoredItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  /** The stored value, or null when there is none; parse it before use. */
  get(): Promise<T | null>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `onChange` with the new value (null when removed) whenever another write changes it. */
  watch(onChange: (value: T | null) => void): () => void;
}

export function defineStoredItem<T>(area: StorageArea, key: string): StoredItem<T> {
  const item = storage.defineItem<T | null>(`${area}:${key}`, { fallback: null });
  return {
    area,
    key,
    get: () => item.getValue(),
    set: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(value)),
  };
}

/** Writes several items of one area in one storage `set` (the worker's tracker + history + session). */
export async function writeItems(
  area: StorageArea,
  pairs: ReadonlyArray<readonly [Pick<StoredItem<unknown>, 'key'>, unknown]>,
): Promise<void> {
  await storage.setItems(pairs.map(([it, value]) => ({ key: `${area}:${it.key}` as const, value })));
}
