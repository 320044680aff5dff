/**
 * Publishes the validation finding catalogue: docs/reference/findings/index.md (every code with its severity and
 * EN/FR/NL title, message and fix; the anchors are the targets of each finding's `docs` link) and findings.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFindingCatalogue, type FindingSource } from '../src/report/index';

const outDir = join(import.meta.dirname, '../../../docs/reference/findings');
const catalogue = exportFindingCatalogue();
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const SOURCES: Record<FindingSource, string> = {
  reader: 'Reading records (JSON syntax, size and depth limits)',
  ngsi: 'NGSI-LD structure (normalized and concise payloads)',
  schema: 'Schema validation (the JSON Schemas of the contract)',
  workspace: 'Workspace checks (`opencity workspace check`: the dataset as a whole, layout, CSV and Parquet files)',
  asyncapi: 'AsyncAPI messages (a payload on a channel of the contract: `AsyncApiContract.validateMessage`)',
};
const LANGS = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['nl', 'Nederlands'],
] as const;

const lines = [
  '# Validation findings',
  '',
  '> Generated from the finding catalogues of `@opencity/models` and `@opencity/interop` — do not edit.',
  '',
  'Every finding `opencity validate` and `opencity workspace check` report has a stable code (never renamed, never reused), a severity and a message in',
  'English, French and Dutch. **error** makes a record invalid (a MUST of the standard); **warning** flags a probable',
  'mistake or a deprecated usage; **info** is a hint. Severities change only in a release with a changeset note, and a',
  'profile can override them (`severityOverrides`). The same catalogue is published as [findings.json](./findings.json).',
  '',
  '| Code | Severity | Title |',
  '|---|---|---|',
  ...catalogue.findings.map((f) => `| [\`${f.code}\`](#${f.code}) | ${f.severity} | ${cell(f.title.en)} |`),
  '',
];
for (const source of ['reader', 'schema', 'ngsi', 'workspace', 'asyncapi'] as const) {
  lines.push(`## ${SOURCES[source]}`, '');
  for (const f of catalogue.findings.filter((x) => x.source === source)) {
    lines.push(
      `### ${f.code}`,
      '',
      `Severity: **${f.severity}**`,
      '',
      '| | Title | Message | How to fix |',
      '|---|---|---|---|',
    );
    for (const [lang, name] of LANGS)
      lines.push(`| ${name} | ${cell(f.title[lang])} | ${cell(f.message[lang])} | ${cell(f.fix[lang])} |`);
    lines.push('');
  }
}
lines.push(
  "Placeholders in `{braces}` are filled from the finding's `params`, which the JSON report keeps next to the message.",
  '',
);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'index.md'), lines.join('\n'));
writeFileSync(join(outDir, 'findings.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`wrote ${catalogue.findings.length} findings to docs/reference/findings/`);
