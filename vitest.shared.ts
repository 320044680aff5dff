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
    // Type tests (`*.test-d.ts`: expectTypeOf, @ts-expect-error) run with the unit tests, through tsc on the package's
    // tsconfig; each assertion is a test in the JSON report, and a type error anywhere in them fails the run.
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    benchmark: { include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'] },
  },
});
