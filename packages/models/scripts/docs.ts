/**
 * Generates the schema reference in English, French and Dutch (docs/reference/schemas/ and
 * docs/reference/{fr,nl}/schemas/): one page per schema (properties with type, unit, required flag, label and
 * description in the page's language; definitions; examples with the findings `validate` reports on the invalid ones,
 * in the page's language), an index, and the table of Smart Data Models spellings we accept as aliases.
 *   tsx --conditions=@opencity/source packages/models/scripts/docs.ts [--check]
 */
import type { Lang } from '../src/text/lang';
import { validate } from '../src/validate';
import {
  buildShapes,
  cell,
  docsText,
  headingAnchor,
  inEnglish,
  loadSchemaSources,
  pageHeader,
  publishReference,
  schemaDescription,
  schemaLabel,
  schemaTypeText,
  schemaUnitText,
  textsIn,
  type DocsTextKey,
  type SchemaNode as Node,
  type SchemaSource,
} from '@opencity/tooling';

const sources = loadSchemaSources();
/** Each contract type's page, relative to a schema page (`../<group>/<Name>.md`): the same in every language tree. */
const pageOf = new Map(sources.map((s) => [s.name, `../${s.group}/${s.name}.md`]));

/** The text of a `$ref`, linked: `#/$defs/X` to this page, `<$id>#/$defs/X` to X on that page, `<$id>` to that page. */
function refLink(ref: string): string {
  const [base, fragment] = ref.split('#');
  const defName = fragment ? fragment.split('/').pop()! : '';
  if (!base) return `[${defName}](#${headingAnchor(defName)})`;
  const schemaName = base.split('/').slice(-3, -2)[0]!;
  const group = base.split('/').slice(-4, -3)[0]!;
  const page = `../${group}/${schemaName}.md`;
  return defName ? `[${defName}](${page}#${headingAnchor(defName)})` : `[${schemaName}](${page})`;
}

function propertyRows(schema: Node, lang: Lang, prefix = '', depth = 0): string[] {
  const t = textsIn(lang);
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const properties = (schema['properties'] as Record<string, Node> | undefined) ?? {};
  return Object.entries(properties).flatMap(([name, p]) => {
    const targets = Array.isArray(p['x-objectType']) ? (p['x-objectType'] as string[]) : [];
    const flags = [
      p['deprecated'] ? `**${t('schemas.deprecated')}**` : '',
      Array.isArray(p['x-aliases'])
        ? t('schemas.aliases', { aliases: (p['x-aliases'] as string[]).map((a) => `\`${a}\``).join(', ') })
        : '',
      targets.length
        ? t('schemas.relationship', {
            targets: targets
              .map((type) => (pageOf.has(type) ? `[${type}](${pageOf.get(type)!})` : t('schemas.external', { type })))
              .join(` ${t('or')} `),
          })
        : '',
    ].filter(Boolean);
    const description = [schemaDescription(p, lang), flags.length ? `(${flags.join('; ')})` : '']
      .filter(Boolean)
      .join(' ');
    const row = `| \`${prefix}${name}\` | ${cell(schemaTypeText(p, lang, refLink))} | ${cell(schemaUnitText(p))} | ${required.has(name) ? t('yes') : ''} | ${cell(schemaLabel(p, lang))} | ${cell(description)} |`;
    // Nested objects (and arrays of objects) declared inline get their own rows, with a dotted path.
    const items = p['items'] as Node | undefined;
    const nested = p['properties'] ? p : items?.['properties'] ? items : undefined;
    if (!nested || depth > 3) return [row];
    return [row, ...propertyRows(nested, lang, `${prefix}${name}${nested === items ? '[]' : ''}.`, depth + 1)];
  });
}

function schemaPage(source: SchemaSource, lang: Lang): string {
  const t = textsIn(lang);
  const s = source.schema as Node;
  const sdm = s['x-sdm'] as Node | undefined;
  const lines = [
    ...pageHeader(
      lang,
      `schemas/${source.group}/${source.name}.md`,
      source.name,
      `\`schemas/${source.group}/${source.name}/schema.json\``,
    ),
    '| | |',
    '|---|---|',
    `| \`$id\` | \`${source.schema.$id}\` |`,
    `| ${t('col.version')} | ${String(s['x-version'])} |`,
    `| ${t('schemas.labels')} | ${(['en', 'fr', 'nl'] as const).map((l) => `${l.toUpperCase()} **${cell(schemaLabel(s, l))}**`).join(' · ')} |`,
    ...(sdm
      ? [`| Smart Data Models | ${String(sdm['subject'])}/${String(sdm['model'])} ${String(sdm['version'] ?? '')} |`]
      : []),
    '',
    schemaDescription(s, lang),
    '',
  ];
  const allOf = (s['allOf'] as Node[] | undefined) ?? [];
  if (allOf.length)
    lines.push(t('schemas.includes', { types: allOf.map((n) => schemaTypeText(n, lang, refLink)).join(', ') }), '');
  if (s['properties'])
    lines.push(
      `## ${t('schemas.properties')}`,
      '',
      `| ${t('col.property')} | ${t('col.type')} | ${t('col.unit')} | ${t('col.required')} | ${t('col.label')} | ${t('col.description')} |`,
      '|---|---|---|---|---|---|',
      ...propertyRows(s, lang),
      '',
    );
  const defs = Object.entries((s['$defs'] as Record<string, Node> | undefined) ?? {});
  if (defs.length) lines.push(`## ${t('schemas.definitions')}`, '');
  for (const [name, def] of defs)
    lines.push(
      `### ${name}`,
      '',
      `${cell(schemaDescription(def, lang))} ${t('col.type')}${t('colon')} ${cell(schemaTypeText(def, lang, refLink))}.`,
      '',
    );
  if (Array.isArray(s['oneOf']))
    lines.push(
      `## ${t('schemas.forms')}`,
      '',
      ...(s['oneOf'] as Node[]).map(
        (form) =>
          `- **${schemaLabel(form, lang) || inEnglish(lang, String(form['title'] ?? ''))}** — ${schemaDescription(form, lang)}`,
      ),
      '',
    );
  lines.push(`## ${t('schemas.examples')}`, '');
  // Each example under its heading as a JSON block; an invalid one followed by the errors `validate` reports.
  const example = (heading: 'schemas.valid' | 'schemas.invalid', file: string, payload: unknown) => [
    `### ${t(heading, { file: `\`${file}\`` })}`,
    '',
    '```json',
    JSON.stringify(payload, null, 2),
    '```',
    '',
  ];
  for (const [file, payload] of source.examples.valid) lines.push(...example('schemas.valid', file, payload));
  for (const [file, payload] of source.examples.invalid) {
    const findings = validate(source.name, payload, { lang })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `- \`${f.instancePath || '/'}\` ${f.code}${t('colon')} ${f.message}`);
    lines.push(...example('schemas.invalid', file, payload), t('schemas.findings'), '', ...findings, '');
  }
  return lines.join('\n');
}

function aliasPage(lang: Lang): string {
  const t = textsIn(lang);
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
    const sdm = s.schema['x-sdm'] as { deviations?: { attribute: string; reason: string }[] } | undefined;
    for (const d of sdm?.deviations ?? [])
      deviations.push(`| ${s.name} | \`${d.attribute}\` | ${cell(inEnglish(lang, d.reason))} |`);
  }
  return [
    ...pageHeader(lang, 'schemas/sdm-aliases.md', t('sdm.title'), '`schemas/` (`x-aliases`, `x-enumAliases`, `x-sdm`)'),
    t('sdm.intro'),
    '',
    `| ${t('col.type')} | ${t('sdm.col.seen')} | ${t('sdm.col.canonical')} |`,
    '|---|---|---|',
    ...rows,
    '',
    `## ${t('sdm.enums')}`,
    '',
    t('sdm.enumsIntro'),
    '',
    `| ${t('col.type')} | ${t('col.property')} | ${t('sdm.col.tolerated')} | ${t('sdm.col.canonicalValue')} |`,
    '|---|---|---|---|',
    ...values,
    '',
    `## ${t('sdm.deviations')}`,
    '',
    t('sdm.deviationsIntro'),
    '',
    `| ${t('col.type')} | ${t('sdm.col.attribute')} | ${t('sdm.col.why')} |`,
    '|---|---|---|',
    ...deviations,
    '',
  ].join('\n');
}

function groupHeading(group: string, lang: Lang): string {
  const key = `schemas.group.${group}`;
  if (!Object.hasOwn(docsText, key))
    throw new Error(`the schema group ${group} has no heading: add ${key} to tools/src/docsText.ts`);
  return `${textsIn(lang)(key as DocsTextKey)} (\`${group}\`)`;
}

function indexPage(lang: Lang): string {
  const t = textsIn(lang);
  const lines = [...pageHeader(lang, 'schemas/index.md', t('schemas.title'), '`schemas/`'), t('schemas.intro'), ''];
  for (const group of [...new Set(sources.map((s) => s.group))]) {
    lines.push(
      `## ${groupHeading(group, lang)}`,
      '',
      `| ${t('schemas.col.schema')} | ${t('col.version')} | ${t('col.label')} |`,
      '|---|---|---|',
    );
    for (const s of sources.filter((x) => x.group === group))
      lines.push(
        `| [${s.name}](${group}/${s.name}.md) | ${String(s.schema['x-version'])} | ${cell(schemaLabel(s.schema, lang))} |`,
      );
    lines.push('');
  }
  lines.push(t('schemas.seeAlso', { aliases: 'sdm-aliases.md' }), '');
  return lines.join('\n');
}

publishReference(
  'schemas',
  `${sources.length} schema pages`,
  (lang) =>
    new Map([
      ['schemas/index.md', indexPage(lang)],
      ['schemas/sdm-aliases.md', aliasPage(lang)],
      ...sources.map((s) => [`schemas/${s.group}/${s.name}.md`, schemaPage(s, lang)] as const),
    ]),
);
