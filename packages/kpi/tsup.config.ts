import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// The node subpath and its worker are separate entries so the worker file sits next to node/index in dist/;
// shims give the CommonJS build an import.meta.url to find it.
export default defineConfig(
  packageBuild(
    { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/aggregateWorker': 'src/node/aggregateWorker.ts' },
    { shims: true, external: ['@duckdb/node-api'] },
  ),
);
