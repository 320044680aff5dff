/**
 * Generates the schema reference under docs/reference/schemas/: one page per schema (property table with type, unit,
 * required flag and EN/FR/NL descriptions; examples) and the table of Smart Data Models spellings we accept as aliases.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../src/validate';
import { isUnitCode, unitCodes } from '../src/unitCodes';
import { buildShapes, loadSchemaSources, repoRoot, type SchemaSource } from '@opencity/tooling';

type Node = Record<string, unknown>;
const outDir = join(repoRoot, 'docs', 'reference', 'schemas');

const cell = (text: unknown): string =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const labels = (node: Node): { en?: string; fr?: string; nl?: string } =>
  (node['x-labels'] as { en?: string; fr?: string; nl?: string }) ?? {};
const descriptions = (node: Node): { fr?: string; nl?: string } =>
  (node['x-descriptions'] as { fr?: string; nl?: string }) ?? {};

function typeText(node: Node): string {
  if (typeof node['$ref'] === 'string') {
    // `<$id>#/$defs/X` → the page of the schema that holds X (anchored); `#/$defs/X` → this page; `<$id>` → that page.
    const [base, frag] = node['$ref'].split('#');
    const schemaName = base ? base.split('/').slice(-3, -2)[0]! : '';
    const group = base ? base.split('/').slice(-4, -3)[0]! : '';
    const defName = frag ? frag.split('/').pop()! : '';
    if (!base) return `[${defName}](#${defName.toLowerCase()})`;
    const page = `../${group}/${schemaName}.md`;
    return defName ? `[${defName}](${page}#${defName.toLowerCase()})` : `[${schemaName}](${page})`;
  }
  if (node['const'] !== undefined) return `\`${JSON.stringify(node['const'])}\``;
  if (Array.isArray(node['enum']))
    return `enum: ${(node['enum'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
  const alternatives = (node['anyOf'] ?? node['oneOf']) as Node[] | undefined;
  if (alternatives) return alternatives.map(typeText).join(' or ');
  const type = ([] as unknown[]).concat(node['type'] ?? 'any').join(' or ');
  const items = node['items'] as Node | undefined;
  const bounds = [
    node['minimum'] !== undefined ? `≥ ${String(node['minimum'])}` : '',
    node['maximum'] !== undefined ? `≤ ${String(node['maximum'])}` : '',
    node['format'] ? `format ${String(node['format'])}` : '',
    node['pattern'] ? `pattern \`${String(node['pattern'])}\`` : '',
  ].filter(Boolean);
  const base = type === 'array' && items ? `array of ${typeText(items)}` : type;
  return bounds.length ? `${base} (${bounds.join(', ')})` : base;
}

/** Where each schema's page is, by type name, to link the targets of relationships. */
let pageOf = new Map<string, string>();

/** "points to Stakeholder or Organisation", each contract type linked to its page (others are Smart Data Models types). */
function objectTypeText(p: Node): string {
  const targets = p['x-objectType'];
  if (!Array.isArray(targets)) return '';
  const named = (targets as string[]).map((t) => (pageOf.has(t) ? `[${t}](${pageOf.get(t)!})` : `${t} (external)`));
  return `relationship to ${named.join(' or ')}`;
}

function propertyRows(schema: Node, required: Set<string>, prefix = '', depth = 0): string[] {
  const properties = (schema['properties'] as Record<string, Node> | undefined) ?? {};
  return Object.entries(properties).flatMap(([name, p]) => {
    const unit =
      typeof p['x-unitCode'] === 'string'
        ? `${isUnitCode(p['x-unitCode']) ? unitCodes[p['x-unitCode']].symbol : ''} (\`${p['x-unitCode']}\`)`
        : '';
    const l = labels(p);
    const d = descriptions(p);
    const flags = [
      p['deprecated'] ? '**deprecated**' : '',
      Array.isArray(p['x-aliases']) ? `aliases: ${(p['x-aliases'] as string[]).map((a) => `\`${a}\``).join(', ')}` : '',
      objectTypeText(p),
    ]
      .filter(Boolean)
      .join('; ');
    const en = l.en ? `**${cell(l.en)}** — ` : '';
    const row = `| \`${prefix}${name}\` | ${cell(typeText(p))} | ${cell(unit)} | ${required.has(name) ? 'yes' : ''} | ${en}${cell(p['description'])}${flags ? ` (${cell(flags)})` : ''} | ${l.fr ? `**${cell(l.fr)}** — ` : ''}${cell(d.fr)} | ${l.nl ? `**${cell(l.nl)}** — ` : ''}${cell(d.nl)} |`;
    // Nested objects (and arrays of objects) declared inline get their own rows, with a dotted path.
    const items = p['items'] as Node | undefined;
    const nested = p['properties'] ? p : items?.['properties'] ? items : undefined;
    if (!nested || depth > 3) return [row];
    const childPrefix = `${prefix}${name}${nested === items ? '[]' : ''}.`;
    return [
      row,
      ...propertyRows(nested, new Set((nested['required'] as string[] | undefined) ?? []), childPrefix, depth + 1),
    ];
  });
}

function page(source: SchemaSource): string {
  const s = source.schema as Node;
  const l = labels(s);
  const d = descriptions(s);
  const required = new Set((s['required'] as string[] | undefined) ?? []);
  const lines = [
    `# ${source.name}`,
    '',
    `> Generated from \`schemas/${source.group}/${source.name}/schema.json\` — do not edit.`,
    '',
    `| | |`,
    `|---|---|`,
    `| \`$id\` | \`${source.schema.$id}\` |`,
    `| Version | ${String(s['x-version'])} |`,
    `| Labels | EN **${l.en}** · FR **${l.fr}** · NL **${l.nl}** |`,
    ...(s['x-sdm']
      ? [
          `| Smart Data Models | ${(s['x-sdm'] as Node)['subject'] as string}/${(s['x-sdm'] as Node)['model'] as string} ${String((s['x-sdm'] as Node)['version'] ?? '')} |`,
        ]
      : []),
    '',
    String(s['description'] ?? ''),
    '',
    `- FR: ${d.fr ?? ''}`,
    `- NL: ${d.nl ?? ''}`,
    '',
  ];
  const allOf = (s['allOf'] as Node[] | undefined) ?? [];
  if (allOf.length) lines.push(`Includes: ${allOf.map(typeText).join(', ')} (their properties apply too).`, '');
  if (s['properties']) {
    lines.push(
      '## Properties',
      '',
      '| Property | Type | Unit | Required | EN | FR | NL |',
      '|---|---|---|---|---|---|---|',
      ...propertyRows(s, required),
      '',
    );
  }
  for (const [name, def] of Object.entries((s['$defs'] as Record<string, Node> | undefined) ?? {})) {
    lines.push(`### ${name}`, '', `${cell(def['description'])} Type: ${cell(typeText(def))}.`, '');
  }
  if (s['oneOf'])
    lines.push(
      '## Forms',
      '',
      ...(s['oneOf'] as Node[]).map((b) => `- **${String(b['title'] ?? '')}** — ${String(b['description'] ?? '')}`),
      '',
    );
  lines.push('## Examples', '');
  for (const [file, payload] of source.examples.valid) {
    lines.push(`### Valid: \`${file}\``, '', '```json', JSON.stringify(payload, null, 2), '```', '');
  }
  for (const [file, payload] of source.examples.invalid) {
    const result = validate(source.name, payload);
    const errors = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `- \`${f.instancePath || '/'}\` ${f.code}: ${f.message}`);
    lines.push(
      `### Invalid: \`${file}\``,
      '',
      '```json',
      JSON.stringify(payload, null, 2),
      '```',
      '',
      'Findings:',
      '',
      ...errors,
      '',
    );
  }
  return lines.join('\n');
}

function aliasPage(sources: SchemaSource[]): string {
  const shapes = buildShapes(sources);
  const rows: string[] = [];
  const values: string[] = [];
  const deviations: string[] = [];
  for (const s of sources) {
    for (const [name, prop] of Object.entries(shapes[s.name]?.properties ?? {})) {
      if (s.schema['allOf'] && !Object.hasOwn((s.schema['properties'] as Node | undefined) ?? {}, name)) continue;
      for (const alias of prop.aliases ?? []) rows.push(`| ${s.name} | \`${alias}\` | \`${name}\` |`);
      for (const [value, canonical] of Object.entries(prop.enumAliases ?? {}))
        values.push(`| ${s.name} | ${name} | \`${value}\` | \`${canonical}\` |`);
    }
    const sdm = s.schema['x-sdm'] as
      { model?: string; deviations?: { attribute: string; reason: string }[] } | undefined;
    for (const d of sdm?.deviations ?? []) deviations.push(`| ${s.name} | \`${d.attribute}\` | ${cell(d.reason)} |`);
  }
  return [
    '# Smart Data Models spellings and ours',
    '',
    '> Generated from the `x-aliases`, `x-enumAliases` and `x-sdm` annotations of the schemas — do not edit.',
    '',
    'Smart Data Models is not always consistent between its schemas, specifications and examples. Where it is not, OpenCity uses the spelling of the current Smart Data Models schema and accepts the other spelling as an alias: a payload using the alias still validates, with a `property_alias` warning naming the canonical property.',
    '',
    '| Type | Spelling seen in the wild | OpenCity (canonical) |',
    '|---|---|---|',
    ...rows,
    '',
    '## Tolerated enum values',
    '',
    'Values that older Smart Data Models documents (or their schema, against their own example) spell differently. They validate, with an `enum_value_alias` warning naming the canonical value.',
    '',
    '| Type | Property | Tolerated value | Canonical value |',
    '|---|---|---|---|',
    ...values,
    '',
    '## Smart Data Models attributes we do not follow',
    '',
    'Every attribute of the current Smart Data Models schema of a model is a property of ours (or an alias above), except these (from the `x-sdm.deviations` annotations; the test `packages/models/src/sdmCoverage.test.ts` checks the list against `schemas/context/reference/sdm-attributes.json`).',
    '',
    '| Type | Attribute | Why |',
    '|---|---|---|',
    ...deviations,
    '',
  ].join('\n');
}

function indexPage(sources: SchemaSource[]): string {
  const groups = [...new Set(sources.map((s) => s.group))];
  const lines = [
    '# Schema reference',
    '',
    '> Generated from `schemas/` — do not edit.',
    '',
    'Every schema is JSON Schema 2020-12 with a versioned `$id`. The files are published in `@opencity/models` under `@opencity/models/schemas/<group>/<Name>.json`.',
    '',
  ];
  for (const g of groups) {
    lines.push(`## ${g}`, '', '| Schema | Version | EN | FR | NL |', '|---|---|---|---|---|');
    for (const s of sources.filter((x) => x.group === g)) {
      const l = labels(s.schema);
      lines.push(
        `| [${s.name}](${g}/${s.name}.md) | ${String(s.schema['x-version'])} | ${cell(l.en)} | ${cell(l.fr)} | ${cell(l.nl)} |`,
      );
    }
    lines.push('');
  }
  lines.push('See also: [Smart Data Models spellings and ours](sdm-aliases.md).', '');
  return lines.join('\n');
}

const sources = loadSchemaSources();
pageOf = new Map(sources.map((s) => [s.name, `../${s.group}/${s.name}.md`]));
rmSync(outDir, { recursive: true, force: true });
for (const s of sources) {
  mkdirSync(join(outDir, s.group), { recursive: true });
  writeFileSync(join(outDir, s.group, `${s.name}.md`), page(s));
}
writeFileSync(join(outDir, 'index.md'), indexPage(sources));
writeFileSync(join(outDir, 'sdm-aliases.md'), aliasPage(sources));
console.log(`wrote ${sources.length} schema reference pages to ${outDir}`);
