/**
 * Builds the region's AsyncAPI 3 contract from the schema folders: one observation channel per city entity type
 * (so a new type gets its channel automatically), the NGSI-LD notification channel and the Smart City Office's
 * events. `generateAsyncApi.ts` writes it to schemas/asyncapi/; a test fails when the committed file drifts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the generator needs to know about one schema. */
export interface SchemaSummary {
  readonly group: string;
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Relationship attributes of the entity and the entity types each may point to (the schema's `x-objectType`). */
  readonly relationships: Readonly<Record<string, readonly string[]>>;
}

/** The Office events of the contract: message name, schema, what happened, channel address and its parameters. */
const OFFICE_EVENTS = [
  {
    event: 'KpiValuePublished',
    schema: 'KpiValue',
    summary: 'A KPI value was computed and published for an area and a period.',
    address: (v: number) => `office/kpi-values/v${v}/{area}/{kpi}`,
    parameters: {
      area: {
        description:
          'Code of the area the value is about (e.g. NIS code 21004 or region code 04000); equals the payload `area`.',
        location: '$message.payload#/area',
        examples: ['21004', '04000'],
      },
      kpi: {
        description: 'Identifier of the KPI definition; equals the payload `kpi`.',
        location: '$message.payload#/kpi',
        examples: ['air-quality-no2-annual-mean'],
      },
    },
  },
  {
    event: 'RoadmapPublished',
    schema: 'Roadmap',
    summary: 'A roadmap (scheduled projects per year) was adopted and published.',
    address: (v: number) => `office/roadmaps/v${v}/{roadmapId}`,
    parameters: {
      roadmapId: {
        description: 'Id of the published Roadmap entity; equals the payload `id`.',
        location: '$message.payload#/id',
        examples: ['urn:ngsi-ld:Roadmap:brussels-2030'],
      },
    },
  },
  {
    event: 'ContributionReceived',
    schema: 'Contribution',
    summary:
      'A citizen or stakeholder contribution reached the Office (workshop, meeting, online platform or written submission).',
    address: (v: number) => `office/contributions/v${v}/{channel}`,
    parameters: {
      channel: {
        description: 'How the contribution reached the Office; equals the payload `channel`.',
        location: '$message.payload#/channel',
        enum: ['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission'],
      },
    },
  },
] as const;

/** camelCase of a PascalCase name, keeping acronyms readable: ACMeasurement → acMeasurement, EVChargingStation → evChargingStation. */
const lowerFirst = (s: string) => s.replace(/^[A-Z]+(?=[A-Z][a-z])|^[A-Z]+$|^[A-Z]/, (m) => m.toLowerCase());
const major = (version: string) => Number(version.split('.')[0]);
const mqttOperation = { mqtt: { qos: 1, retain: false, bindingVersion: '0.2.0' } };
const kafkaKey = (description: string) => ({ type: 'string', description });

/** Reads the summaries of every schema in a group folder (`city`, `office`), sorted by name. */
export function readGroup(schemasRoot: string, group: string): SchemaSummary[] {
  const dir = join(schemasRoot, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'schema.json')))
    .map((e) => {
      const s = JSON.parse(readFileSync(join(dir, e.name, 'schema.json'), 'utf8')) as Record<string, unknown>;
      return {
        group,
        name: e.name,
        title: String(s['title'] ?? e.name),
        version: String(s['x-version'] ?? '1.0.0'),
        labels: (s['x-labels'] as Record<string, string> | undefined) ?? {},
        relationships: Object.fromEntries(
          Object.entries((s['properties'] as Record<string, Record<string, unknown>> | undefined) ?? {}).flatMap(
            ([name, p]) => (Array.isArray(p['x-objectType']) ? [[name, p['x-objectType'] as string[]]] : []),
          ),
        ),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The media type of the payload schemas: JSON Schema 2020-12. */
const SCHEMA_FORMAT = 'application/schema+json;version=2020-12';

/** The payload of a message that carries one entity of a schema, referenced by relative path. */
function entityPayload(s: SchemaSummary): Record<string, unknown> {
  return { schemaFormat: SCHEMA_FORMAT, schema: { $ref: `../${s.group}/${s.name}/schema.json` } };
}

/**
 * The relationships a message's entity carries, by attribute, with the entity types each may point to: a consumer
 * can tell which other channels (or entities) an observation refers to without opening the schema.
 */
function relationshipsOf(s: SchemaSummary): Record<string, unknown> {
  return Object.keys(s.relationships).length ? { 'x-opencity-relationships': s.relationships } : {};
}

/** Builds the AsyncAPI 3 document of the contract from the city and office schema summaries. */
export function buildAsyncApiDocument(
  city: readonly SchemaSummary[],
  office: readonly SchemaSummary[],
  version: string,
): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};

  for (const s of city) {
    const channelId = `${lowerFirst(s.name)}Observations`;
    const messageId = `${s.name}Observation`;
    const v = major(s.version);
    messages[messageId] = {
      name: messageId,
      title: `${s.title} observation`,
      summary: `One ${s.name} entity (keyValues, or NGSI-LD normalized/concise converted by @opencity/interop), as produced by a sensor, platform or vendor.`,
      contentType: 'application/json',
      payload: entityPayload(s),
      bindings: {
        kafka: {
          key: kafkaKey(
            'The entity id (urn:ngsi-ld:<Type>:<id>): all observations of one entity land in one partition, in order.',
          ),
          bindingVersion: '0.5.0',
        },
        mqtt: { payloadFormatIndicator: 1, contentType: 'application/json', bindingVersion: '0.2.0' },
      },
      'x-opencity-entity': s.name,
      ...relationshipsOf(s),
    };
    channels[channelId] = {
      address: `city/{municipality}/${s.name}/v${v}/{entityId}`,
      title: `${s.title} observations`,
      description: `Observations of ${s.name} entities (schema ${s.name} v${v}). MQTT: one topic per municipality and entity, so "city/+/${s.name}/v${v}/+" follows all of them; Kafka: one topic keyed by entity id.`,
      parameters: {
        municipality: { $ref: '#/components/parameters/municipality' },
        entityId: { $ref: '#/components/parameters/entityId' },
      },
      messages: { [messageId]: { $ref: `#/components/messages/${messageId}` } },
      bindings: {
        kafka: {
          topic: `opencity.city.${s.name.toLowerCase()}.v${v}`,
          partitions: 12,
          replicas: 3,
          topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': 604_800_000 },
          bindingVersion: '0.5.0',
        },
      },
    };
    operations[`receive${s.name}Observation`] = {
      action: 'receive',
      title: `Receive ${s.name} observations`,
      summary: `The regional platform receives ${s.name} observations from producers.`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/${messageId}` }],
      bindings: {
        ...mqttOperation,
        kafka: { groupId: { type: 'string', enum: ['opencity-platform'] }, bindingVersion: '0.5.0' },
      },
    };
  }

  channels['ngsiLdNotifications'] = {
    address: 'ngsi-ld/notifications/{subscriptionId}',
    title: 'NGSI-LD notifications',
    description:
      'Notifications an NGSI-LD context broker sends for a subscription: the entities that changed, in the representation the subscription asked for (normalized, concise or keyValues).',
    parameters: {
      subscriptionId: {
        description:
          'Id of the NGSI-LD subscription (a URI, e.g. urn:ngsi-ld:Subscription:aq-brussels); equals the payload `subscriptionId`.',
        location: '$message.payload#/subscriptionId',
        examples: ['urn:ngsi-ld:Subscription:aq-brussels'],
      },
    },
    messages: { NgsiLdNotification: { $ref: '#/components/messages/NgsiLdNotification' } },
    bindings: {
      kafka: { topic: 'opencity.ngsi-ld.notifications', partitions: 12, replicas: 3, bindingVersion: '0.5.0' },
    },
  };
  operations['receiveNgsiLdNotification'] = {
    action: 'receive',
    title: 'Receive NGSI-LD notifications',
    summary: 'The regional platform receives the notifications of its subscriptions at a context broker.',
    channel: { $ref: '#/channels/ngsiLdNotifications' },
    messages: [{ $ref: '#/channels/ngsiLdNotifications/messages/NgsiLdNotification' }],
    bindings: mqttOperation,
  };
  messages['NgsiLdNotification'] = {
    name: 'NgsiLdNotification',
    title: 'NGSI-LD notification',
    summary:
      'A subscription notification (ETSI NGSI-LD): id, type "Notification", subscriptionId, notifiedAt and the entities in data.',
    contentType: 'application/ld+json',
    payload: { schemaFormat: SCHEMA_FORMAT, schema: { $ref: '#/components/schemas/NgsiLdNotification' } },
    bindings: { kafka: { key: kafkaKey('The subscription id.'), bindingVersion: '0.5.0' } },
  };

  const byName = new Map(office.map((s) => [s.name, s]));
  for (const e of OFFICE_EVENTS) {
    const s = byName.get(e.schema);
    if (!s) continue; // the Office schema is not in the contract (yet): no channel for its event
    const channelId = lowerFirst(e.event);
    const v = major(s.version);
    messages[e.event] = {
      name: e.event,
      title: e.event.replace(/([a-z])([A-Z])/g, '$1 $2'),
      summary: e.summary,
      contentType: 'application/json',
      payload: entityPayload(s),
      bindings: {
        kafka: { key: kafkaKey('The entity id of the payload.'), bindingVersion: '0.5.0' },
        mqtt: { payloadFormatIndicator: 1, contentType: 'application/json', bindingVersion: '0.2.0' },
      },
      'x-opencity-entity': s.name,
      ...relationshipsOf(s),
    };
    channels[channelId] = {
      address: e.address(v),
      title: e.event.replace(/([a-z])([A-Z])/g, '$1 $2'),
      description: `${e.summary} Payload: a ${s.name} entity (schema ${s.name} v${v}).`,
      parameters: e.parameters,
      messages: { [e.event]: { $ref: `#/components/messages/${e.event}` } },
      bindings: {
        kafka: {
          topic: `opencity.office.${channelId.toLowerCase()}.v${v}`,
          partitions: 3,
          replicas: 3,
          topicConfiguration: { 'cleanup.policy': ['compact'] },
          bindingVersion: '0.5.0',
        },
      },
    };
    operations[`send${e.event}`] = {
      action: 'send',
      title: `Send ${e.event}`,
      summary: `The Smart City Office publishes ${e.event} events.`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/${e.event}` }],
      bindings: { mqtt: { qos: 1, retain: true, bindingVersion: '0.2.0' } },
    };
  }

  return {
    asyncapi: '3.1.0',
    id: 'urn:opencity:asyncapi:regional-events',
    info: {
      title: 'OpenCity regional events',
      version,
      description:
        'The event interfaces of an OpenCity region: observations of every city entity type (MQTT topics per municipality and entity, Kafka topics keyed by entity id), NGSI-LD subscription notifications, and the Smart City Office events (KPI value published, roadmap published, contribution received). Payloads are the OpenCity JSON Schemas (JSON Schema 2020-12, declared as such by each schemaFormat; written in a subset that also means the same under draft-07). opencity.asyncapi.json references the schema files; opencity.bundled.asyncapi.json inlines them. Generated from schemas/ by packages/interop/scripts/generateAsyncApi.ts; do not edit by hand.',
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
      tags: [{ name: 'smart-city' }, { name: 'ngsi-ld' }],
    },
    defaultContentType: 'application/json',
    servers: {
      mqtt: {
        host: '{host}:{port}',
        protocol: 'mqtt',
        protocolVersion: '5',
        description: 'The regional MQTT broker (any MQTT 5 broker; the examples run an embedded one).',
        variables: {
          host: { default: 'localhost', description: 'Broker host name.' },
          port: { default: '1883', enum: ['1883', '8883'], description: '1883 plain, 8883 TLS.' },
        },
        bindings: { mqtt: { cleanSession: false, keepAlive: 60, bindingVersion: '0.2.0' } },
      },
      kafka: {
        host: '{bootstrap}',
        protocol: 'kafka',
        description: 'The region’s Kafka cluster, for high-volume consumers (analytics, archiving).',
        variables: { bootstrap: { default: 'localhost:9092', description: 'Bootstrap server host:port.' } },
        bindings: { kafka: { bindingVersion: '0.5.0' } },
      },
    },
    channels,
    operations,
    components: {
      messages,
      parameters: {
        municipality: {
          description:
            'The municipality the entity is in, as the region’s profile codes it (lower case, no "/", "+" or "#"; e.g. "ixelles", or the NIS code "21004"); "region" for region-wide entities. A profile closes the list with AsyncApiContract.withParameterValues (the Brussels sensor stream accepts the 19 NIS codes only).',
          examples: ['ixelles', 'schaerbeek', 'region'],
        },
        entityId: {
          description: 'The entity id, urn:ngsi-ld:<Type>:<local id> (no "/", "+" or "#"); equals the payload `id`.',
          location: '$message.payload#/id',
          examples: ['urn:ngsi-ld:AirQualityObserved:41R001'],
        },
      },
      schemas: {
        NgsiLdNotification: {
          type: 'object',
          title: 'NGSI-LD notification',
          description:
            'ETSI NGSI-LD subscription notification. Each item of data is an entity in normalized, concise or keyValues form; @opencity/interop converts it to keyValues and validates it against its type.',
          required: ['id', 'type', 'subscriptionId', 'notifiedAt', 'data'],
          properties: {
            id: { type: 'string', description: 'Notification id (a URI).', minLength: 1 },
            type: { type: 'string', const: 'Notification', description: 'Always "Notification".' },
            subscriptionId: {
              type: 'string',
              description: 'Id of the subscription that triggered the notification.',
              minLength: 1,
            },
            notifiedAt: { type: 'string', format: 'date-time', description: 'When the broker sent the notification.' },
            data: {
              type: 'array',
              minItems: 1,
              description: 'The notified entities.',
              items: {
                type: 'object',
                required: ['id', 'type'],
                properties: { id: { type: 'string' }, type: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
