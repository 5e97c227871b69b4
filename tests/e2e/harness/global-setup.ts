import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browsers';
import { extensionDir, ROOT } from './paths';

/**
 * Runs once before the e2e suite: fails fast (with the install command) when a
 * browser is missing, then builds the production extension for Chrome and
 * Firefox and the e2e build (a settings minute lasts 1 s). E2E_SKIP_BUILD=1
 * reuses existing builds when iterating on tests.
 */
export default function setup(): void {
  findBrowser('chromium');
  findBrowser('firefox');
  const builds: [string[], string][] = [
    [['build'], extensionDir('chrome')],
    [['build', '-b', 'firefox'], extensionDir('firefox')],
    [['build', '--mode', 'e2e'], extensionDir('chrome', 'e2e')],
    [['build', '-b', 'firefox', '--mode', 'e2e'], extensionDir('firefox', 'e2e')],
  ];
  // vitest sets NODE_ENV=test; passed on, it makes Vite build development JSX
  // (jsxDEV with absolute file paths) instead of what `npm run build` ships.
  const { NODE_ENV: _mode, ...buildEnv } = process.env;
  for (const [args, dir] of builds) {
    if (process.env.E2E_SKIP_BUILD === '1' && existsSync(dir)) continue;
    execFileSync('npx', ['wxt', ...args], { cwd: ROOT, env: buildEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
