// The npm tarball installed and run (npm run test:dist): half a minute and, where the npm cache lacks them, the registry.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: new URL('../..', import.meta.url).pathname, include: ['test/npm/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, pool: 'forks', fileParallelism: false, setupFiles: ['test/setup.ts'] },
});
