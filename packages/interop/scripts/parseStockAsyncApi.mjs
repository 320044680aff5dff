// Parses an AsyncAPI document with the stock @asyncapi/parser — default options, no custom resolver — and prints
// the diagnostics and the counts as JSON. With a second argument (a JSON list of {component, path, key, value}),
// also prints the annotations of that list that the parsed (dereferenced) document no longer has.
//   node packages/interop/scripts/parseStockAsyncApi.mjs <document> [expected-annotations.json]
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const [file, expectedFile] = process.argv.slice(2);
const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'));
const lost = [];
if (document && expectedFile) {
  const schemas = document.json().components.schemas;
  for (const a of JSON.parse(readFileSync(expectedFile, 'utf8'))) {
    let node = schemas[a.component]?.schema;
    for (const step of a.path) node = node?.[step];
    if (JSON.stringify(node?.[a.key]) !== JSON.stringify(a.value)) lost.push(a);
  }
}
console.log(
  JSON.stringify({
    parsed: document !== undefined,
    diagnostics: diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, path: d.path })),
    counts: document
      ? {
          channels: document.channels().length,
          operations: document.operations().length,
          messages: document.messages().length,
        }
      : null,
    lost,
  }),
);
