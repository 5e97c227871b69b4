import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where builds and screenshots live. WXT_OUT_DIR lets parallel runs build apart. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const OUT_DIR = path.resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/__screenshots__');

export type BuildKind = 'production' | 'e2e';

/** The unpacked extension folder for a browser and build kind. */
export function extensionDir(browser: 'chrome' | 'firefox', build: BuildKind = 'production'): string {
  return path.join(OUT_DIR, `${browser}-mv3${build === 'e2e' ? '-e2e' : ''}`);
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name.endsWith('.png') ? name : `${name}.png`);
}

export function tempProfile(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `glute-break-${prefix}-`));
}
