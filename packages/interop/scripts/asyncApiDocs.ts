/**
 * Generates the AsyncAPI reference under docs/reference/asyncapi/: an overview (servers, channels with their
 * addresses, parameters and Kafka topics, operations) and one page per message with its payload table (property,
 * type, unit, required, description, FR/NL labels). Generated from schemas/, never hand-edited.
 *   tsx packages/interop/scripts/asyncApiDocs.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUnitCode, unitCodes } from '@opencity/models';
import { RefResolver } from '@opencity/models/internal';
import { loadSchemaSources, repoRoot, schemasRoot } from '@opencity/tooling';
import { AsyncApiContract } from '../src/asyncapi/contract';

type Node = Record<string, unknown>;
const outDir = join(repoRoot, 'docs', 'reference', 'asyncapi');
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const cell = (s: unknown) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Node;

// Every schema of the contract, for `$ref`s by `$id` (the shared resolver, as the generators and `opencity diff` use).
const resolver = new RefResolver(loadSchemaSources(schemasRoot, { examples: false }).map((s) => s.schema));

/** Follows a `$ref` (by OpenCity `$id`, or local to `doc`) to its target node and the document it lives in. */
function deref(node: Node, doc: Node): { node: Node; doc: Node } {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return { node, doc };
  const found = resolver.resolve(ref, doc);
  return found ? deref(isNode(found.node) ? found.node : {}, found.document) : { node: {}, doc };
}

/** The declared properties and required list of an object schema, through `$ref` and `allOf`. */
function flatten(node: Node, doc: Node): { properties: [string, Node, Node][]; required: Set<string> } {
  const view = deref(node, doc);
  const properties = new Map<string, [Node, Node]>();
  const required = new Set<string>((view.node['required'] as string[] | undefined) ?? []);
  for (const member of (view.node['allOf'] as Node[] | undefined) ?? []) {
    const inner = flatten(member, view.doc);
    for (const [k, p, d] of inner.properties) properties.set(k, [p, d]);
    for (const r of inner.required) required.add(r);
  }
  for (const [k, p] of Object.entries((view.node['properties'] as Record<string, Node> | undefined) ?? {}))
    properties.set(k, [{ ...(properties.get(k)?.[0] ?? {}), ...p }, view.doc]);
  return { properties: [...properties].map(([k, [p, d]]) => [k, p, d]), required };
}

/** A short type description: JSON type, const, enum, referenced definition or alternatives. */
function typeOf(prop: Node, doc: Node): string {
  if ('const' in prop) return `\`${JSON.stringify(prop['const'])}\``;
  const alternatives = (prop['anyOf'] ?? prop['oneOf']) as Node[] | undefined;
  if (Array.isArray(alternatives)) return alternatives.map((a) => typeOf(a, doc)).join(' or ');
  if (typeof prop['$ref'] === 'string') {
    const name = prop['$ref'].split('#/$defs/')[1] ?? /\/([A-Za-z]+)\/v\d+\/schema\.json/.exec(prop['$ref'])?.[1];
    const target = deref(prop, doc).node;
    return name ? `${name}${target['type'] ? ` (${String(target['type'])})` : ''}` : 'object';
  }
  const type = Array.isArray(prop['type']) ? (prop['type'] as string[]).join(' or ') : String(prop['type'] ?? 'any');
  if (type === 'array' && isNode(prop['items'])) return `array of ${typeOf(prop['items'], doc)}`;
  const enumValues = Array.isArray(prop['enum'])
    ? `: ${(prop['enum'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`
    : '';
  const format = typeof prop['format'] === 'string' ? ` (${prop['format']})` : '';
  return `${type}${format}${enumValues}`;
}

function payloadTable(schemaRef: string): string[] {
  const file = join(schemasRoot, 'asyncapi', schemaRef);
  const schema = readJson(file);
  const { properties, required } = flatten(schema, schema);
  const lines = ['| Property | Type | Unit | Required | Description | FR | NL |', '|---|---|---|---|---|---|---|'];
  for (const [name, prop, doc] of properties) {
    const unit =
      typeof prop['x-unitCode'] === 'string'
        ? `${isUnitCode(prop['x-unitCode']) ? unitCodes[prop['x-unitCode']].symbol : ''} (${prop['x-unitCode']})`
        : '';
    const labels = (prop['x-labels'] as Record<string, string> | undefined) ?? {};
    const ngsi = typeof prop['x-ngsi'] === 'string' ? ` NGSI-LD ${prop['x-ngsi']}.` : '';
    lines.push(
      `| \`${name}\` | ${cell(typeOf(prop, doc))} | ${cell(unit)} | ${required.has(name) ? 'yes' : ''} | ${cell(prop['description'])}${ngsi} | ${cell(labels['fr'])} | ${cell(labels['nl'])} |`,
    );
  }
  return lines;
}

function main(): void {
  const documentFile = join(schemasRoot, 'asyncapi', 'opencity.asyncapi.json');
  const document = readJson(documentFile);
  const contract = AsyncApiContract.fromDocument(document);
  const components = document['components'] as { messages: Record<string, Node>; schemas: Record<string, Node> };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'messages'), { recursive: true });

  const info = document['info'] as Node;
  const lines = [
    `# ${contract.title}`,
    '',
    '> Generated from `schemas/asyncapi/opencity.asyncapi.json` — do not edit.',
    '',
    `AsyncAPI ${String(document['asyncapi'])}, contract version ${contract.version}.`,
    '',
    cell(info['description']),
    '',
    '## Servers',
    '',
    '| Server | Protocol | Host | Description |',
    '|---|---|---|---|',
  ];
  for (const [id, server] of Object.entries(document['servers'] as Record<string, Node>))
    lines.push(
      `| ${id} | ${String(server['protocol'])} ${String(server['protocolVersion'] ?? '')} | \`${String(server['host'])}\` | ${cell(server['description'])} |`,
    );
  lines.push(
    '',
    '## Channels',
    '',
    '| Channel | Address (MQTT topic) | Kafka topic | Messages | Operation |',
    '|---|---|---|---|---|',
  );
  for (const c of contract.channels()) {
    const ops = contract
      .operations()
      .filter((o) => o.channel === c.id)
      .map((o) => `${o.action} (${o.id})`)
      .join(', ');
    lines.push(
      `| ${c.id} | \`${c.address}\` | ${c.kafkaTopic ? `\`${c.kafkaTopic}\`` : ''} | ${c.messages.map((m) => `[${m}](messages/${m}.md)`).join(', ')} | ${ops} |`,
    );
  }
  lines.push(
    '',
    '## Channel parameters',
    '',
    '| Channel | Parameter | Description | Location in the message | Allowed values |',
    '|---|---|---|---|---|',
  );
  for (const c of contract.channels())
    for (const p of c.parameters)
      lines.push(
        `| ${c.id} | \`${p.name}\` | ${cell(p.description)} | ${p.location ? `\`${p.location}\`` : ''} | ${p.enum?.map((v) => `\`${v}\``).join(', ') ?? (p.examples ? `e.g. ${p.examples.map((v) => `\`${v}\``).join(', ')}` : '')} |`,
      );
  lines.push(
    '',
    'Subscribe to every observation of a type with an MQTT wildcard, e.g. `city/+/AirQualityObserved/v2/+`; validate a message with `openCityContract().validateMessage(topic, payload)` from `@opencity/interop`.',
    '',
  );
  writeFileSync(join(outDir, 'index.md'), `${lines.join('\n')}\n`);

  for (const m of contract.messages()) {
    const raw = components.messages[m.id]!;
    const payload = raw['payload'] as Node;
    const ref = String((payload['schema'] as Node | undefined)?.['$ref'] ?? '');
    const page = [
      `# ${m.title}`,
      '',
      '> Generated from `schemas/asyncapi/opencity.asyncapi.json` — do not edit.',
      '',
      m.summary,
      '',
      `- Message name: \`${m.name}\``,
      `- Content type: \`${m.contentType}\``,
    ];
    const channels = contract.channels().filter((c) => c.messages.includes(m.id));
    page.push(`- Channels: ${channels.map((c) => `\`${c.address}\``).join(', ')}`);
    if (m.payload.kind === 'entity') {
      const group = /\.\.\/([A-Za-z0-9_-]+)\//.exec(ref)?.[1] ?? 'city';
      page.push(
        `- Payload: a \`${m.payload.type}\` entity — [schema reference](../../schemas/${group}/${m.payload.type}.md) (\`schemas/${group}/${m.payload.type}/schema.json\`). NGSI-LD normalized and concise payloads are accepted and converted to this keyValues form.`,
        '',
        '## Payload',
        '',
        ...payloadTable(ref),
      );
    } else {
      const schema = components.schemas[ref.split('/').pop()!]!;
      page.push(
        '',
        '## Payload',
        '',
        cell(schema['description']),
        '',
        '| Property | Type | Required | Description |',
        '|---|---|---|---|',
      );
      const required = new Set((schema['required'] as string[] | undefined) ?? []);
      for (const [name, prop] of Object.entries(schema['properties'] as Record<string, Node>))
        page.push(
          `| \`${name}\` | ${cell(typeOf(prop, schema))} | ${required.has(name) ? 'yes' : ''} | ${cell(prop['description'])} |`,
        );
    }
    writeFileSync(join(outDir, 'messages', `${m.id}.md`), `${page.join('\n')}\n`);
  }
  console.log(
    `wrote the AsyncAPI reference (${contract.channels().length} channels, ${contract.messages().length} messages) to ${outDir}`,
  );
}

main();
