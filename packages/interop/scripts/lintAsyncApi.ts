/**
 * Lints an AsyncAPI document with @asyncapi/parser (default: schemas/asyncapi/opencity.asyncapi.json) and exits 1
 * on any error or warning. `--json` prints the lint result as JSON (the tests read it: the parser's dependencies
 * only load under Node's own resolver, not under vitest's).
 *   tsx packages/interop/scripts/lintAsyncApi.ts [file] [--json]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintContract } from '../src/asyncapi/node/lintContract';

const args = process.argv.slice(2);
const file = resolve(
  args.find((a) => !a.startsWith('--')) ??
    fileURLToPath(new URL('../../../schemas/asyncapi/opencity.asyncapi.json', import.meta.url)),
);
const lint = await lintContract(file);
if (args.includes('--json')) {
  console.log(JSON.stringify(lint));
} else {
  for (const d of lint.diagnostics) console.log(`${d.severity.padEnd(7)} ${d.code}  ${d.path}  ${d.message}`);
  console.log(
    `${file}: ${lint.ok ? 'parsed' : 'NOT parsed'}; ${lint.counts.channels} channels, ${lint.counts.operations} operations, ${lint.counts.messages} messages; ${lint.diagnostics.length} diagnostic(s)`,
  );
}
process.exitCode = !lint.ok || lint.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning') ? 1 : 0;
