/**
 * Generates the AsyncAPI reference in English, French and Dutch (docs/reference/asyncapi/ and
 * docs/reference/{fr,nl}/asyncapi/): an overview (servers, channels with their addresses, parameters and Kafka topics,
 * operations) and one page per message with its payload table (property, type, unit, required, label and description
 * in the page's language). Generated from schemas/, never hand-edited; what the AsyncAPI document says in English
 * only (server and parameter descriptions, event summaries) is marked as such.
 *   tsx --conditions=@opencity/source packages/interop/scripts/asyncApiDocs.ts [--check]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '@opencity/models';
import { RefResolver } from '@opencity/models/internal';
import {
  cell,
  inEnglish,
  loadSchemaSources,
  pageHeader,
  publishReference,
  schemaDescription,
  schemaLabel,
  schemaTypeText,
  schemaUnitText,
  schemasRoot,
  textsIn,
  type SchemaNode as Node,
} from '@opencity/tooling';
import { AsyncApiContract, type MessageInfo } from '../src/asyncapi/contract';

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Node;

const sources = loadSchemaSources(schemasRoot, { examples: false });
// Every schema of the contract, for `$ref`s by `$id` (the shared resolver, as the generators and `opencity diff` use).
const resolver = new RefResolver(sources.map((s) => s.schema));
const schemaOf = new Map(sources.map((s) => [s.name, s]));
const document = readJson(join(schemasRoot, 'asyncapi', 'opencity.asyncapi.json'));
const contract = AsyncApiContract.fromDocument(document);
const components = document['components'] as { messages: Record<string, Node>; schemas: Record<string, Node> };

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

/** A referenced type by name, with its JSON type (`EntityId (string)`). */
function refText(ref: string, doc: Node): string {
  const name = ref.split('#/$defs/')[1] ?? /\/([A-Za-z]+)\/v\d+\/schema\.json/.exec(ref)?.[1];
  const target = deref({ $ref: ref }, doc).node;
  return name ? `${name}${target['type'] ? ` (${String(target['type'])})` : ''}` : 'object';
}

function entityPayloadTable(schemaRef: string, lang: Lang): string[] {
  const t = textsIn(lang);
  const schema = readJson(join(schemasRoot, 'asyncapi', schemaRef));
  const { properties, required } = flatten(schema, schema);
  return [
    `| ${t('col.property')} | ${t('col.type')} | ${t('col.unit')} | ${t('col.required')} | ${t('col.label')} | ${t('col.description')} |`,
    '|---|---|---|---|---|---|',
    ...properties.map(([name, prop, doc]) => {
      const ngsi = typeof prop['x-ngsi'] === 'string' ? ` NGSI-LD ${prop['x-ngsi']}.` : '';
      return `| \`${name}\` | ${cell(schemaTypeText(prop, lang, (ref) => refText(ref, doc)))} | ${cell(schemaUnitText(prop))} | ${required.has(name) ? t('yes') : ''} | ${cell(schemaLabel(prop, lang))} | ${cell(schemaDescription(prop, lang))}${ngsi} |`;
    }),
  ];
}

/** The entity type of an observation message (`ParkingSpotObservation` carries a ParkingSpot), else undefined. */
function observedType(m: MessageInfo): string | undefined {
  return m.payload.kind === 'entity' && m.id === `${m.payload.type}Observation` ? m.payload.type : undefined;
}

function messageTitle(m: MessageInfo, lang: Lang): string {
  const t = textsIn(lang);
  const observed = observedType(m);
  const schema = observed === undefined ? undefined : schemaOf.get(observed);
  if (schema) return t('asyncapi.message.title', { label: schemaLabel(schema.schema, lang) || observed! });
  if (lang === 'en') return m.title;
  return m.payload.kind === 'notification' ? t('asyncapi.notification') : t('asyncapi.event', { event: m.name });
}

/** An MQTT subscription to every observation of one type: the first observation channel, parameters as `+`. */
const subscribeExample = (
  contract.channels().find((c) => c.address.includes('/AirQualityObserved/')) ?? contract.channels()[0]!
).address.replace(/\{[^}]+\}/g, '+');

function indexPage(lang: Lang): string {
  const t = textsIn(lang);
  const info = document['info'] as Node;
  const lines = [
    ...pageHeader(lang, 'asyncapi/index.md', t('asyncapi.title'), '`schemas/asyncapi/opencity.asyncapi.json`'),
    t('asyncapi.version', { title: contract.title, asyncapi: String(document['asyncapi']), version: contract.version }),
    '',
    cell(inEnglish(lang, String(info['description'] ?? ''))),
    '',
    `## ${t('asyncapi.servers')}`,
    '',
    `| ${t('asyncapi.col.server')} | ${t('asyncapi.col.protocol')} | ${t('asyncapi.col.host')} | ${t('col.description')} |`,
    '|---|---|---|---|',
    ...Object.entries(document['servers'] as Record<string, Node>).map(
      ([id, server]) =>
        `| ${id} | ${String(server['protocol'])} ${String(server['protocolVersion'] ?? '')} | \`${String(server['host'])}\` | ${cell(inEnglish(lang, String(server['description'] ?? '')))} |`,
    ),
    '',
    `## ${t('asyncapi.channels')}`,
    '',
    `| ${t('asyncapi.col.channel')} | ${t('asyncapi.col.address')} | ${t('asyncapi.col.kafka')} | ${t('asyncapi.col.messages')} | ${t('asyncapi.col.operation')} |`,
    '|---|---|---|---|---|',
    ...contract.channels().map((c) => {
      const operations = contract
        .operations()
        .filter((o) => o.channel === c.id)
        .map((o) => `${t(`asyncapi.action.${o.action}`)} (${o.id})`)
        .join(', ');
      return `| ${c.id} | \`${c.address}\` | ${c.kafkaTopic ? `\`${c.kafkaTopic}\`` : ''} | ${c.messages.map((m) => `[${m}](messages/${m}.md)`).join(', ')} | ${operations} |`;
    }),
    '',
    `## ${t('asyncapi.parameters')}`,
    '',
    `| ${t('asyncapi.col.channel')} | ${t('asyncapi.col.parameter')} | ${t('col.description')} | ${t('asyncapi.col.location')} | ${t('asyncapi.col.allowed')} |`,
    '|---|---|---|---|---|',
    ...contract.channels().flatMap((c) =>
      c.parameters.map((p) => {
        const allowed =
          p.enum?.map((v) => `\`${v}\``).join(', ') ??
          (p.examples ? t('asyncapi.examples', { values: p.examples.map((v) => `\`${v}\``).join(', ') }) : '');
        return `| ${c.id} | \`${p.name}\` | ${cell(inEnglish(lang, p.description))} | ${p.location ? `\`${p.location}\`` : ''} | ${allowed} |`;
      }),
    ),
    '',
    t('asyncapi.subscribe', { wildcard: subscribeExample }),
    '',
  ];
  return lines.join('\n');
}

function messagePage(m: MessageInfo, lang: Lang): string {
  const t = textsIn(lang);
  const payload = components.messages[m.id]!['payload'] as Node;
  const ref = String((payload['schema'] as Node | undefined)?.['$ref'] ?? '');
  const observed = observedType(m);
  const channels = contract.channels().filter((c) => c.messages.includes(m.id));
  const lines = [
    ...pageHeader(
      lang,
      `asyncapi/messages/${m.id}.md`,
      messageTitle(m, lang),
      '`schemas/asyncapi/opencity.asyncapi.json`',
    ),
    observed ? t('asyncapi.message.summary', { type: observed }) : inEnglish(lang, m.summary),
    '',
    `- ${t('asyncapi.messageName')}${t('colon')} \`${m.name}\``,
    `- ${t('asyncapi.contentType')}${t('colon')} \`${m.contentType}\``,
    `- ${t('asyncapi.col.channel')}${t('colon')} ${channels.map((c) => `\`${c.address}\``).join(', ')}`,
  ];
  if (m.payload.kind === 'entity') {
    const type = m.payload.type;
    const group = /\.\.\/([A-Za-z0-9_-]+)\//.exec(ref)?.[1] ?? 'city';
    lines.push(
      `- ${t('asyncapi.payload')}${t('colon')} ${t('asyncapi.entityPayload', { type, page: `../../schemas/${group}/${type}.md`, file: `schemas/${group}/${type}/schema.json` })}`,
      '',
      `## ${t('asyncapi.payload')}`,
      '',
      ...entityPayloadTable(ref, lang),
    );
  } else {
    const schema = components.schemas[ref.split('/').pop()!]!;
    const required = new Set((schema['required'] as string[] | undefined) ?? []);
    lines.push(
      '',
      `## ${t('asyncapi.payload')}`,
      '',
      cell(inEnglish(lang, String(schema['description'] ?? ''))),
      '',
      `| ${t('col.property')} | ${t('col.type')} | ${t('col.required')} | ${t('col.description')} |`,
      '|---|---|---|---|',
      ...Object.entries(schema['properties'] as Record<string, Node>).map(
        ([name, prop]) =>
          `| \`${name}\` | ${cell(schemaTypeText(prop, lang, (r) => refText(r, schema)))} | ${required.has(name) ? t('yes') : ''} | ${cell(inEnglish(lang, String(prop['description'] ?? '')))} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

publishReference(
  'asyncapi',
  `the AsyncAPI reference (${contract.channels().length} channels, ${contract.messages().length} messages)`,
  (lang) =>
    new Map([
      ['asyncapi/index.md', indexPage(lang)],
      ...contract.messages().map((m) => [`asyncapi/messages/${m.id}.md`, messagePage(m, lang)] as const),
    ]),
);
