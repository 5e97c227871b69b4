// The two test commands (README: "Tests"):
//   npm test            everyday, after every change: typecheck, eslint (layers, cycles),
//                       the format check (prettier), the dead-code check, unit + component tests, one smoke end-to-end
//                       test per browser. About 3 minutes on a 2-core machine.
//   npm run test:full   what CI runs (.ci/run): the same checks and every end-to-end test in
//                       real Chromium and Firefox (release checks included: AMO source rebuild,
//                       update from 0.1.0, language packs, store review with web-ext lint of
//                       the very build the tests ran).
// Prints one line per suite and a final "N passed, N failed" line; exits non-zero on any
// failure or when a suite ran no test at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const full = process.argv.includes('--full');
const started = Date.now();
const out = mkdtempSync(path.join(tmpdir(), 'glute-break-tests-'));
const step = (name, cmd, args) => {
  console.log(`\n== ${name}`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
};

// Browsers first: a missing one stops here with the install command, not as a failing suite.
if (step('test browsers', 'node', ['scripts/test-browsers.mjs', ...(full ? ['--full'] : [])]) !== 0) process.exit(1);
/** @type {[string, number][]} */
const checks = [
  ['typecheck', step('typecheck', 'npm', ['run', '--silent', 'typecheck'])],
  ['eslint', step('eslint (layers, import cycles, promises)', 'npx', ['eslint', '.'])],
  ['format', step('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.'])],
  ['dead code', step('dead code (knip: unused files, exports, dependencies)', 'npx', ['knip'])],
];

function run(name, args) {
  console.log(`\n== ${name}`);
  const json = path.join(out, `${name}.json`);
  const res = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`], {
    stdio: 'inherit',
  });
  try {
    return { files: JSON.parse(readFileSync(json, 'utf8')).testResults, exit: res.status ?? 1 };
  } catch {
    return { files: [], exit: res.status ?? 1 };
  }
}

/** @param {{ name: string, status: string, assertionResults: { status: string }[] }[]} files @param {(name: string) => boolean} [pick] */
function count(files, pick = () => true) {
  const c = { passed: 0, failed: 0, skipped: 0 };
  for (const f of files.filter((f) => pick(f.name))) {
    for (const t of f.assertionResults) {
      if (t.status === 'passed') c.passed++;
      else if (t.status === 'failed') c.failed++;
      else c.skipped++;
    }
    // A file that failed to load has no assertions but did fail.
    if (f.status === 'failed' && f.assertionResults.length === 0) c.failed++;
  }
  return c;
}

const unit = run('unit and component tests', []);
const e2e = run(full ? 'end-to-end tests (all)' : 'end-to-end smoke tests', [
  '--config',
  'vitest.e2e.config.ts',
  ...(full ? [] : ['tests/e2e/smoke-']),
]);

const isFirefox = (name) => /firefox/i.test(path.basename(name));
/** @type {[string, { passed: number, failed: number, skipped: number }][]} */
const suites = [
  ['unit', count(unit.files, (n) => n.includes('/tests/unit/'))],
  ['component', count(unit.files, (n) => n.includes('/tests/component/'))],
  ['e2e-chromium', count(e2e.files, (n) => !isFirefox(n))],
  ['e2e-firefox', count(e2e.files, isFirefox)],
];
console.log(`\nGlute Break ${full ? 'full' : 'everyday'} test summary (${Math.round((Date.now() - started) / 1000)} s)`);
for (const [name, status] of checks) console.log(`${name.padEnd(13)} ${status === 0 ? 'clean' : 'FAILED'}`);
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, c] of suites) {
  console.log(`${name.padEnd(13)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
const empty = suites.filter(([, c]) => c.passed + c.failed === 0).map(([n]) => n);
if (empty.length) console.log(`no tests ran in: ${empty.join(', ')}`);
const failedChecks = checks.filter(([, s]) => s !== 0).length;
console.log(`${total.passed} passed, ${total.failed + failedChecks} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(unit.exit || e2e.exit || total.failed || failedChecks || empty.length ? 1 : 0);
