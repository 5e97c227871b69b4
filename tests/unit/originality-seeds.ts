import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed articles live beside the clone, not in it (they are not ours to ship). */
const SEEDS_DIR = path.resolve(REPO_ROOT, '../shared/seeds');

/** Seed files by their numeric id: { '000': '000_cefde….txt', … }. */
export function seedFiles(): Record<string, string> {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(`The seed articles are missing: expected them in ${SEEDS_DIR} (shared/ beside the clone).`);
  }
  const out: Record<string, string> = {};
  for (const f of readdirSync(SEEDS_DIR)) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (m) out[m[1]!] = f;
  }
  return out;
}

export function seedTexts(): Record<string, string> {
  return Object.fromEntries(Object.entries(seedFiles()).map(([id, f]) => [id, readFileSync(path.join(SEEDS_DIR, f), 'utf8')]));
}
