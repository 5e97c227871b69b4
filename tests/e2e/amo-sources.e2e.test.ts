import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/paths';

/**
 * addons.mozilla.org rebuilds the submitted sources and compares the result
 * with the submitted add-on. This does the same: `npm run zip:firefox` into a
 * temporary folder, the sources zip unpacked into a clean folder, `npm ci`,
 * `npm run build-for-amo`, and every file of the add-on zip compared byte for
 * byte with the rebuilt folder. Needs the npm registry (as AMO's build does)
 * for any package missing from the local npm cache.
 */
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function listFiles(dir: string, base = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const [k, v] of listFiles(full, base)) files.set(k, v);
    else files.set(path.relative(base, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

describe('the AMO sources zip', () => {
  let submitted: Map<string, Buffer>;
  let sources: Map<string, Buffer>;
  let rebuilt: Map<string, Buffer>;

  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'glute-break-zip-'));
    // As in a reviewer's shell: vitest's NODE_ENV=test would make Vite build
    // development JSX, which embeds absolute file paths.
    const { WXT_OUT_DIR: _out, NODE_ENV: _mode, ...env } = process.env;
    execFileSync('npm', ['run', 'zip:firefox'], { cwd: ROOT, env: { ...env, WXT_OUT_DIR: out }, stdio: ['ignore', 'ignore', 'inherit'] });
    submitted = await unzip(path.join(out, `${pkg.name}-${pkg.version}-firefox.zip`));
    sources = await unzip(path.join(out, `${pkg.name}-${pkg.version}-sources.zip`));

    // A clean folder holding only what the sources zip holds.
    const clean = mkdtempSync(path.join(tmpdir(), 'glute-break-amo-'));
    for (const [name, data] of sources) {
      const target = path.join(clean, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    // --prefer-offline: the same locked packages, taken from the npm cache this
    // machine already holds instead of revalidated one by one with the registry
    // (the lockfile's integrity hashes are still checked). Most of this test's time.
    execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clean, env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npm', ['run', 'build-for-amo'], { cwd: clean, env, stdio: ['ignore', 'ignore', 'inherit'] });
    rebuilt = listFiles(path.join(clean, '.output', 'firefox-mv3'));
  }, 600_000);

  it('holds what a reviewer needs to build it and nothing generated', () => {
    const names = [...sources.keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'])
      expect(names).toContain(needed);
    expect(
      names.filter((n) => n.startsWith('node_modules/') || n.startsWith('.output') || n.startsWith('tests/e2e/__screenshots__/')),
    ).toEqual([]);
  });

  it('builds in a clean folder to the very files of the submitted add-on', () => {
    expect([...rebuilt.keys()].sort()).toEqual([...submitted.keys()].sort());
    const differing = [...submitted].filter(([name, data]) => !data.equals(rebuilt.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
