// `npm test`: unit + component tests (vitest, happy-dom), then end-to-end tests
// in real headless Chromium and Firefox. Prints one summary line per suite and
// a final "N passed, N failed" line; exits non-zero on any failure or when a
// suite ran no test at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'glute-break-tests-'));

function run(name, args) {
  const json = path.join(out, `${name}.json`);
  const res = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
    stdio: 'inherit',
  });
  let report;
  try {
    report = JSON.parse(readFileSync(json, 'utf8'));
  } catch {
    return { files: [], exit: res.status ?? 1 };
  }
  return { files: report.testResults, exit: res.status ?? 1 };
}

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

const unit = run('unit', []);
const e2e = run('e2e', ['--config', 'vitest.e2e.config.ts']);

const isFirefox = (name) => /firefox/i.test(path.basename(name));
const suites = [
  ['unit', count(unit.files, (n) => n.includes('/tests/unit/'))],
  ['component', count(unit.files, (n) => n.includes('/tests/component/'))],
  ['e2e-chromium', count(e2e.files, (n) => !isFirefox(n))],
  ['e2e-firefox', count(e2e.files, isFirefox)],
];
console.log('\nGlute Break test summary');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, c] of suites) {
  console.log(`${name.padEnd(13)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
const empty = suites.filter(([, c]) => c.passed + c.failed === 0).map(([n]) => n);
if (empty.length) console.log(`no tests ran in: ${empty.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(unit.exit || e2e.exit || total.failed || empty.length ? 1 : 0);
