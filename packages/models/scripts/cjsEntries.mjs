// After tsup: every CommonJS entry (dist/**/*.cjs) becomes a one-line module that loads the ES module build through
// Node's require(esm) (Node ≥ 20.19, the package's engines range), and the CommonJS chunks go. The package then ships
// its validators once, not twice; `require('@opencity/models')` and the .d.cts types keep working.
// Usage: node scripts/cjsEntries.mjs (run by `npm run build`).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const entries = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (e.name.endsWith('.cjs.map')) rmSync(path);
    else if (e.name.endsWith('.cjs')) {
      if (e.name.startsWith('chunk-')) rmSync(path);
      else entries.push(path);
    }
  }
};
walk(dist);
for (const file of entries) {
  const esm = `./${file
    .split('/')
    .pop()
    .replace(/\.cjs$/, '.js')}`;
  writeFileSync(
    file,
    `'use strict';\n// CommonJS entry: Node (>= 20.19) loads the ES module build with require(esm).\nmodule.exports = require(${JSON.stringify(esm)});\n`,
  );
}
console.log(`${entries.length} CommonJS entries now load the ES module build (${relative(process.cwd(), dist)})`);
