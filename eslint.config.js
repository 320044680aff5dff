import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Core packages run in browsers too: Node built-ins are allowed only at the edges (CLI, examples, *.node.ts, tests).
const browserSafe = [
  'packages/models',
  'packages/kpi',
  'packages/roadmap',
  'packages/interop',
  'packages/participation',
  'packages/brussels',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/src/generated/**',
      '**/reports/**',
      '**/node_modules/**',
      'docs/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'eval is forbidden: formulas use the safe expression language.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'new Function is forbidden (CSP-safe code only).',
        },
      ],
    },
  },
  {
    files: browserSafe.map((p) => `${p}/src/**/*.ts`),
    ignores: ['**/*.test.ts', '**/*.bench.ts', '**/*.node.ts', '**/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'stream', 'child_process'],
              message: 'Core packages must run in a browser: move Node I/O to a *.node.ts module or the CLI.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Core packages must run in a browser.' },
        { name: 'Buffer', message: 'Core packages must run in a browser.' },
      ],
    },
  },
);
