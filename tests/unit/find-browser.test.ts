import { describe, expect, it } from 'vitest';
import { findBrowser } from '../e2e/harness/browsers';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('finding the browsers for the end-to-end tests', () => {
  it.each([
    ['chromium', {}, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    ['chromium', { CHROMIUM_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium'), '/opt/c/chrome'],
    ['firefox', {}, only('/usr/bin/firefox-esr', '/usr/bin/firefox'), '/usr/bin/firefox-esr'],
    ['firefox', {}, only('/usr/bin/firefox'), '/usr/bin/firefox'],
    ['firefox', { FIREFOX_PATH: '/opt/ff/firefox' }, only('/opt/ff/firefox'), '/opt/ff/firefox'],
  ] as const)('%s with env %j uses %s', (name, env, exists, expected) => {
    expect(findBrowser(name, env, exists).path).toBe(expected);
  });

  it.each([
    ['chromium', 'sudo apt-get update && sudo apt-get install -y chromium'],
    ['firefox', 'sudo apt-get update && sudo apt-get install -y firefox-esr'],
  ] as const)('fails when %s is missing, saying how to install it', (name, command) => {
    expect(() => findBrowser(name, {}, () => false)).toThrow(command);
  });

  it('fails when the env variable points at nothing, rather than falling back', () => {
    expect(() => findBrowser('chromium', { CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH=/nope does not exist',
    );
  });
});
