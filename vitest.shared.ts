import { defineConfig } from 'vitest/config';

/** Shared vitest settings: sibling packages resolve to sources; a JSON report per package feeds .ci/run's summary. */
export const sharedVitest = defineConfig({
  resolve: { conditions: ['@opencity/source', 'module', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@opencity/source', 'module', 'import', 'default'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 30_000,
    benchmark: { include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'] },
  },
});
