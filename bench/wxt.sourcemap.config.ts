import { defineConfig } from 'wxt';
import base from '../wxt.config';

// The project's own config plus source maps, so the bench can say which
// modules make up each chunk. Built into .output-bench/sourcemap; never shipped.
export default defineConfig({
  ...base,
  outDir: '.output-bench/sourcemap',
  vite: async (env) => {
    const v = (typeof base.vite === 'function' ? await base.vite(env) : base.vite) ?? {};
    return { ...v, build: { ...(v as { build?: object }).build, sourcemap: true } };
  },
});
