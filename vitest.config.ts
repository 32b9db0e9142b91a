import { defineConfig } from 'vitest/config';

// Tests that SIGKILL Redis processes and wait for a failover run after everything else, one file at
// a time: their promotion timing is what they measure, so they get the machine to themselves.
const TOPOLOGY_TESTS = ['test/e2e/redis-cluster.test.ts', 'test/e2e/redis-sentinel.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests share one Redis; each uses its own key prefix, so files may run in parallel.
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...TOPOLOGY_TESTS],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'redis-topologies',
          include: TOPOLOGY_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
