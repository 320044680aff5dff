import type { Options } from 'tsup';

/** The shared build of every published package: ESM + CJS + declarations, one entry per public subpath. */
export function packageBuild(entry: Record<string, string> = { index: 'src/index.ts' }, extra: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    // Declarations resolve sibling packages through their published types, never their sources.
    tsconfig: 'tsconfig.build.json',
    ...extra,
  };
}
