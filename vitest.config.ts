import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // test/npm installs the npm tarball (half a minute, and the registry where the npm cache falls short): npm run test:npm.
  test: { include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/npm/**'], testTimeout: 30_000, pool: 'forks', setupFiles: ['test/setup.ts'] },
});
