import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from './browsers';

/**
 * Firefox serves an extension's `_locales/<lang>` only when the browser itself
 * runs in that language, and `intl.locale.requested` takes effect only for a
 * language the browser has (a langpack). Debian ships them as
 * firefox-esr-l10n-<lang>; a missing one is an error that says how to install
 * it, never a test that silently runs in English.
 */
const DEBIAN_PACKAGE: Record<string, string> = { de: 'firefox-esr-l10n-de', es: 'firefox-esr-l10n-es-es' };

export function requireFirefoxLangpack(locale: string): void {
  const dir = path.join(path.dirname(realpathSync(findBrowser('firefox').path)), 'browser/extensions');
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    // no extensions folder: no langpack
  }
  if (files.some((f) => f.startsWith(`langpack-${locale}`) && f.endsWith('.xpi'))) return;
  throw new Error(
    `Firefox has no "${locale}" langpack in ${dir}, so it cannot run in that language. Install it with:\n` +
      `  sudo apt-get install -y ${DEBIAN_PACKAGE[locale] ?? `firefox-esr-l10n-${locale}`}`,
  );
}
