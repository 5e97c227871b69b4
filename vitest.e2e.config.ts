import { defineConfig } from 'vitest/config';

// End-to-end tests in real headless Chromium and Firefox. One file at a time:
// each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One retry: real browsers on a loaded 2-core machine occasionally miss a beat (an idle report,
    // a window closing mid-keypress). A behaviour that is wrong fails twice and stays red.
    retry: 1,
  },
});
