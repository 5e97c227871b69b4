import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './paths';

/** The first published version: 0.1.0. */
export const FIRST_RELEASE = '6991002';

/** Where built releases are kept between runs (one folder per full commit hash). */
const RELEASE_CACHE = process.env.GLUTE_BREAK_RELEASE_CACHE ?? path.join(tmpdir(), 'glute-break-release-cache');

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/**
 * Builds a past release as its users got it: a git worktree of the commit,
 * `npm ci`, the production builds for Chrome and Firefox. The result is cached
 * by commit (a release never changes), so only the first run pays for it.
 * Returns the folder holding `chrome-mv3/` and `firefox-mv3/`.
 */
export function buildRelease(commit: string = FIRST_RELEASE): string {
  const full = run('git', ['rev-parse', '--verify', `${commit}^{commit}`], ROOT).trim();
  const cached = path.join(RELEASE_CACHE, full);
  if (existsSync(path.join(cached, 'chrome-mv3', 'manifest.json')) && existsSync(path.join(cached, 'firefox-mv3', 'manifest.json'))) {
    return cached;
  }
  mkdirSync(RELEASE_CACHE, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'glute-break-release-src-'));
  const tree = path.join(work, 'src');
  run('git', ['worktree', 'add', '--detach', tree, full], ROOT);
  try {
    run('npm', ['ci', '--no-audit', '--no-fund'], tree);
    // WXT_OUT_DIR would send the old build elsewhere: build into its own .output.
    // Without vitest's NODE_ENV=test, which would make a development (JSX) build.
    const { WXT_OUT_DIR: _out, NODE_ENV: _mode, ...env } = process.env;
    execFileSync('npx', ['wxt', 'build'], { cwd: tree, env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: tree, env, stdio: ['ignore', 'ignore', 'inherit'] });
    // Build aside, then move in one step: a half-written cache is never reused.
    const staging = path.join(work, 'out');
    mkdirSync(staging);
    cpSync(path.join(tree, '.output', 'chrome-mv3'), path.join(staging, 'chrome-mv3'), { recursive: true });
    cpSync(path.join(tree, '.output', 'firefox-mv3'), path.join(staging, 'firefox-mv3'), { recursive: true });
    rmSync(cached, { recursive: true, force: true });
    renameSync(staging, cached);
  } finally {
    run('git', ['worktree', 'remove', '--force', tree], ROOT);
    rmSync(work, { recursive: true, force: true });
  }
  return cached;
}
