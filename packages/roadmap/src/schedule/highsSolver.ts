import loadHighs, { type Highs, type InitOptions } from 'highs';

let cached: Promise<Highs> | undefined;

/**
 * Loads the HiGHS WebAssembly solver once and reuses it; in a browser pass `locateFile` so it finds `highs.wasm`.
 * @example
 * await loadScheduleSolver({ locateFile: (file) => `/assets/${file}` }); // browser
 */
export function loadScheduleSolver(options?: InitOptions): Promise<Highs> {
  if (!cached) {
    cached = loadHighs(options).catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  }
  return cached;
}
