// The Debian packages the browser tests need. `npm test` and `.ci/run` call this
// first: it installs what is missing when it can (root, or sudo without a
// password), and otherwise stops at once with the one command to run.
//   node scripts/test-browsers.mjs          Chromium, Firefox ESR (everyday tests)
//   node scripts/test-browsers.mjs --chromium   Chromium only (`npm run dev`)
//   node scripts/test-browsers.mjs --full   also Xvfb, xdotool and the Firefox language packs
import { spawnSync } from 'node:child_process';

const full = process.argv.includes('--full');
const chromiumOnly = process.argv.includes('--chromium');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const installed = (pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;

const wanted = /** @type {[name: string, installed: () => boolean][]} */ ([
  ['chromium', () => has('chromium')],
  ...(chromiumOnly ? [] : [['firefox-esr', () => has('firefox-esr')]]),
  // real idle (tests/e2e/real-day-chromium) needs a virtual display and X input
  ...(full
    ? [
        ['xvfb', () => has('Xvfb')],
        ['xdotool', () => has('xdotool')],
      ]
    : []),
  // Firefox switches its UI language only to an installed language pack (tests/e2e/languages-firefox)
  ...(full ? ['firefox-esr-l10n-de', 'firefox-esr-l10n-es-es'].map((p) => [p, () => installed(p)]) : []),
]);
const missing = wanted.filter(([, ok]) => !ok()).map(([name]) => name);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const root = process.getuid?.() === 0;
const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!root && !sudo) {
  console.error(`Missing Debian packages for the browser tests: run  sudo ${command}`);
  process.exit(1);
}
console.log(`== installing ${missing.join(' ')}`);
const run = (args) =>
  spawnSync(sudo ? 'sudo' : args[0], sudo ? args : args.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status;
if (run(['apt-get', 'update', '-qq']) !== 0 || run(['apt-get', 'install', '-y', '-qq', ...missing]) !== 0) {
  console.error(`Installing failed: run  ${sudo ? 'sudo ' : ''}${command}`);
  process.exit(1);
}
