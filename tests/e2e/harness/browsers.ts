import { existsSync } from 'node:fs';

/**
 * Finds the real browsers the e2e tests drive: an environment variable first,
 * then Debian's paths. A missing browser is an error that says how to install
 * it — never a silently skipped suite.
 */
export interface BrowserBinary {
  name: 'chromium' | 'firefox';
  path: string;
}

const CANDIDATES = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
} as const;

export function findBrowser(
  name: BrowserBinary['name'],
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserBinary {
  const c = CANDIDATES[name];
  const fromEnv = env[c.env];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`${c.env}=${fromEnv} does not exist. Unset it or point it at ${name}.`);
    return { name, path: fromEnv };
  }
  const found = c.paths.find((p) => exists(p));
  if (!found) {
    throw new Error(
      `${name} is not installed; the end-to-end tests need it. Install it with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${c.apt}\n` +
        `or set ${c.env} to its executable.`,
    );
  }
  return { name, path: found };
}
