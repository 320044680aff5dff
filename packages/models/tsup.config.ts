import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// One entry per public subpath: the root, the registry, the internal helpers, and one per type
// (`@opencity/models/validators/<Type>`, generated into src/generated/validators/<Type>.ts).
const typeEntries = Object.fromEntries(
  readdirSync('src/generated/validators')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => [`validators/${f.slice(0, -3)}`, `src/generated/validators/${f}`]),
);

export default defineConfig(
  packageBuild(
    { index: 'src/index.ts', registry: 'src/registry.ts', internal: 'src/internal.ts', ...typeEntries },
    {
      // Shared code (validator runtime, messages, common schemas) goes to chunks in both formats, not into every entry.
      splitting: true,
      // The package is mostly generated validator code: it is minified (the tarball budget is 3 MB unpacked), and no
      // source maps are shipped (the sources are not in the package either).
      sourcemap: false,
      esbuildOptions(options) {
        options.minifyWhitespace = true;
        options.minifySyntax = true;
        options.minifyIdentifiers = true;
      },
    },
  ),
);
