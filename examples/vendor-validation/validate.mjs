#!/usr/bin/env node
// A vendor's own validation step: validate every .json / .ndjson payload under the given folders or files with the
// same report engine as `opencity validate` (@opencity/interop), write the JSON report, and fail the build on errors.
//
//   node validate.mjs payloads/ [--lang fr] [--report report.json]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRecords } from '@opencity/interop';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, report: { type: 'string' } },
});
if (positionals.length === 0) {
  console.error('usage: node validate.mjs <folder|file>... [--lang en|fr|nl] [--report report.json]');
  process.exit(2);
}

async function* files(path) {
  if ((await stat(path)).isDirectory()) {
    for (const entry of (await readdir(path)).sort()) yield* files(join(path, entry));
  } else if (/\.(json|ndjson|jsonl)$/i.test(path)) yield path;
}

async function* records(paths) {
  for (const root of paths) {
    for await (const file of files(root)) {
      const text = await readFile(file, 'utf8');
      if (/\.(ndjson|jsonl)$/i.test(file)) {
        const lines = text.split(/\r?\n/);
        for (let i = 0; i < lines.length; i++)
          if (lines[i].trim()) yield { source: { file, line: i + 1 }, text: lines[i] };
        continue;
      }
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        yield { source: { file }, text }; // the engine reports the syntax error and where it is
        continue;
      }
      if (Array.isArray(value))
        for (let index = 0; index < value.length; index++) yield { source: { file, index }, value: value[index] };
      else yield { source: { file }, value };
    }
  }
}

const report = await validateRecords(records(positionals), { lang: values.lang });
if (values.report) await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
const { summary } = report;
for (const group of report.notices) {
  console.log(`${group.severity.toUpperCase()} ${group.code} ×${group.total}: ${group.title}`);
  for (const s of group.samples)
    console.log(
      `  ${s.source.file}${s.source.line ? `:${s.source.line}` : ''}${s.source.index !== undefined ? `[${s.source.index}]` : ''} ${s.instancePath || '/'} ${s.message}`,
    );
}
console.log(
  `${summary.total} record(s): ${summary.valid} valid, ${summary.invalid} invalid, ${summary.unparseable} unparseable`,
);
process.exit(summary.invalid + summary.unparseable > 0 ? 1 : 0);
