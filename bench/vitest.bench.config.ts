import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The bench's TypeScript parts, run by bench/run.mjs (vitest as a TS runner):
// bench/*.sim.ts on WXT's fake browser, bench/*.browser.ts in real Chromium.
// They write JSON results; they assert nothing about figures.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['bench/**/*.sim.ts', 'bench/**/*.browser.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    fileParallelism: false,
    testTimeout: 150_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
