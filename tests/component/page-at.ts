import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Each test of the calling file renders a page at `now` whose worker accepts
 * every request. Only the clock is fake: timers stay real, so storage promises
 * settle. The page is unmounted and real time restored after each test.
 */
export function usePageAt(now: number): void {
  beforeEach(() => {
    vi.useFakeTimers({ now, toFake: ['Date'] });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}
