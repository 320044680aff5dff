import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// The browser-safe core and the Node folder reader are separate entries (`@opencity/workspace/node`).
export default defineConfig(packageBuild({ index: 'src/index.ts', 'node/index': 'src/node/index.ts' }));
