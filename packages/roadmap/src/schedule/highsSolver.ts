import type { Highs, InitOptions } from 'highs';
import { RoadmapError } from '../core/RoadmapError';

/** Where {@link loadScheduleSolver} finds HiGHS, and the Emscripten options (`locateFile`, `wasmBinary`…) it passes on. */
export interface ScheduleSolverOptions extends InitOptions {
  /**
   * The HiGHS loader itself, for an app whose bundler includes the `highs` package
   * (`import loadHighs from 'highs'; loadScheduleSolver({ loader: loadHighs })`).
   */
  readonly loader?: (options?: InitOptions) => Promise<Highs>;
  /**
   * The module to import the loader from when no `loader` is given: `highs` by default (Node, or a browser with an
   * import map), or the URL where an app serves `highs/build/highs.mjs` (e.g. `/assets/highs.mjs`).
   */
  readonly module?: string;
}

type HighsModule = { readonly default: (options?: InitOptions) => Promise<Highs> };

let cached: Promise<Highs> | undefined;

/**
 * Loads the HiGHS WebAssembly solver once and reuses it. Under Node nothing is needed. In a browser, either pass the
 * loader your bundler included, or serve `highs.mjs` and `highs.wasm` (from `highs/build/`) and say where.
 *
 * `highs` is imported at run time, never at bundle time, so this package bundles for the browser as it is: the
 * Emscripten loader of `highs` imports `node:module` under Node, which a browser bundler cannot resolve.
 * @throws {@link RoadmapError} `solver_unavailable` when HiGHS cannot be imported or started.
 * @example
 * await loadScheduleSolver({ module: '/assets/highs.mjs', locateFile: (file) => `/assets/${file}` }); // browser
 */
export function loadScheduleSolver(options: ScheduleSolverOptions = {}): Promise<Highs> {
  if (!cached) {
    const { loader, module = 'highs', ...init } = options;
    cached = (loader ? Promise.resolve(loader) : importLoader(module))
      .then((load) => load(init))
      .catch((error: unknown) => {
        cached = undefined;
        throw new RoadmapError(
          'solver_unavailable',
          `cannot start the HiGHS solver (${error instanceof Error ? error.message : String(error)}); in a browser, ` +
            'pass loadScheduleSolver({ loader }) or serve highs.mjs and highs.wasm and pass { module, locateFile }',
          { cause: error },
        );
      });
  }
  return cached;
}

async function importLoader(specifier: string): Promise<HighsModule['default']> {
  // A computed specifier: bundlers leave the import to run time instead of following it into highs' Node branch.
  const module = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as Partial<HighsModule>;
  if (typeof module.default !== 'function') throw new TypeError(`"${specifier}" has no default HiGHS loader`);
  return module.default;
}
