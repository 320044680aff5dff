/**
 * The AsyncAPI contract at run time, browser-safe: channels, operations and messages of a parsed AsyncAPI 3
 * document, topic matching with parameters, and message validation on the precompiled validators of
 * @opencity/models (payloads that reference an entity schema) — NGSI-LD normalized and concise payloads included.
 */
import {
  createFinding,
  errorGuard,
  OpenCityError,
  type Finding,
  type FindingParams,
  type Lang,
} from '@opencity/models';
import { childPointer, valueAtPointer } from '@opencity/models/internal';
import type { Representation } from '../ngsi/representation';
import { validateNgsiEntity } from '../ngsi/validateNgsiEntity';
import { asyncApiFindingCatalogue, type AsyncApiFindingCode } from './findingCatalogue';

type Node = Readonly<Record<string, unknown>>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * What went wrong with a contract: a malformed document, an unknown channel or operation, a bad topic parameter, or
 * the optional @asyncapi/parser missing where linting needs it.
 */
export type ContractErrorCode = 'invalid_document' | 'unknown_target' | 'bad_parameter' | 'missing_peer_dependency';

/** A problem with the contract document itself or with how it is queried (unknown channel, bad parameter). */
export class ContractError extends OpenCityError<ContractErrorCode> {
  override readonly name = 'ContractError';
}

/** True for a {@link ContractError}, whichever installed copy of the package threw it. */
export const isContractError = errorGuard<ContractError>('ContractError');

/** One parameter of a channel address. */
export interface ChannelParameter {
  readonly name: string;
  readonly description: string;
  /** Runtime expression saying where the value sits in the message, e.g. `$message.payload#/id`. */
  readonly location?: string;
  readonly enum?: readonly string[];
  readonly examples?: readonly string[];
}

/** A channel: an address with `{parameters}` and the messages that flow on it. */
export interface ChannelInfo {
  readonly id: string;
  readonly address: string;
  readonly title: string;
  readonly description: string;
  readonly parameters: readonly ChannelParameter[];
  /** Ids of the messages (components.messages keys) the channel carries. */
  readonly messages: readonly string[];
  /** The Kafka topic of the channel's Kafka binding, if any. */
  readonly kafkaTopic?: string;
}

/** An operation of the application: it sends or receives messages on a channel. */
export interface OperationInfo {
  readonly id: string;
  readonly action: 'send' | 'receive';
  readonly channel: string;
  readonly messages: readonly string[];
  readonly title: string;
  readonly summary: string;
}

/** What a message's payload is validated against. */
export type PayloadKind =
  | { readonly kind: 'entity'; readonly type: string }
  | { readonly kind: 'notification' }
  | { readonly kind: 'unchecked'; readonly reason: string };

/** A message of the contract. */
export interface MessageInfo {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  readonly contentType: string;
  readonly payload: PayloadKind;
}

/** Options of {@link AsyncApiContract.validateMessage}. */
export interface ValidateMessageOptions {
  readonly lang?: Lang;
  /** Representation of entity payloads (default `auto`: detected per payload). */
  readonly representation?: Representation | 'auto';
}

/**
 * The outcome of validating one message: `ok` is false exactly when some finding is an error (an unknown target, a
 * message the channel does not carry, a structure or schema error, a topic parameter that differs from the payload or lies outside its code list).
 */
export type MessageValidation =
  | {
      readonly ok: true;
      /** The channel the target resolved to. */
      readonly channel: string;
      /** The message of the channel the payload was checked against. */
      readonly message: string;
      /** Parameter values read from the topic, when a topic was given. */
      readonly parameters: Readonly<Record<string, string>>;
      /** Warnings and hints only. */
      readonly findings: readonly Finding[];
    }
  | {
      readonly ok: false;
      /** The channel the target resolved to, or `undefined` when it names none (`asyncapi_unknown_target`). */
      readonly channel: string | undefined;
      /** The message the payload was checked against, when one applies. */
      readonly message: string | undefined;
      readonly parameters: Readonly<Record<string, string>>;
      readonly findings: readonly Finding[];
    };

/** The result of matching a concrete topic against the channel addresses. */
export interface TopicMatch {
  readonly channel: string;
  readonly parameters: Readonly<Record<string, string>>;
}

const PARAM = /\{([^{}]+)\}/g;
const TOPIC_VALUE = /^[^/+#]+$/;

function finding(code: AsyncApiFindingCode, instancePath: string, params: FindingParams, lang: Lang): Finding {
  return createFinding(asyncApiFindingCatalogue, code, lang, { instancePath, params });
}

function prefixed(findings: readonly Finding[], prefix: string): Finding[] {
  return findings.map((f) => ({ ...f, instancePath: `${prefix}${f.instancePath}` }));
}

/** The compiled form of a channel address: a regular expression and its parameter names in order. */
function compileAddress(address: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of address.matchAll(PARAM)) {
    source += address.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    source += '([^/]+)';
    names.push(m[1]!);
    last = m.index! + m[0].length;
  }
  source += address.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { regex: new RegExp(`^${source}$`), names };
}

/** The AsyncAPI contract of a region: query its channels, match topics and validate messages. */
export class AsyncApiContract {
  readonly title: string;
  readonly version: string;
  private readonly channelMap = new Map<string, ChannelInfo & { compiled: { regex: RegExp; names: string[] } }>();
  private readonly operationMap = new Map<string, OperationInfo>();
  private readonly messageMap = new Map<string, MessageInfo>();

  private constructor(
    private readonly document: Node,
    private readonly closedValues: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    const info = isNode(document['info']) ? document['info'] : {};
    this.title = String(info['title'] ?? '');
    this.version = String(info['version'] ?? '');
    const components = isNode(document['components']) ? document['components'] : {};
    const messages = isNode(components['messages']) ? components['messages'] : {};
    for (const [id, raw] of Object.entries(messages)) this.messageMap.set(id, this.readMessage(id, this.deref(raw)));
    for (const [id, raw] of Object.entries(isNode(document['channels']) ? document['channels'] : {})) {
      const channel = this.deref(raw);
      const address = channel['address'];
      if (typeof address !== 'string') throw new ContractError('invalid_document', `channel ${id} has no address`);
      const parameters = Object.entries(isNode(channel['parameters']) ? channel['parameters'] : {}).map(([name, p]) =>
        this.readParameter(name, this.deref(p)),
      );
      const compiled = compileAddress(address);
      for (const name of compiled.names)
        if (!parameters.some((p) => p.name === name))
          throw new ContractError('invalid_document', `channel ${id}: address parameter {${name}} is not declared`);
      const kafka =
        isNode(channel['bindings']) && isNode(channel['bindings']['kafka'])
          ? channel['bindings']['kafka']['topic']
          : undefined;
      this.channelMap.set(id, {
        id,
        address,
        title: String(channel['title'] ?? id),
        description: String(channel['description'] ?? ''),
        parameters,
        messages: Object.values(isNode(channel['messages']) ? channel['messages'] : {}).map((m) =>
          this.refName(m, 'messages'),
        ),
        ...(typeof kafka === 'string' ? { kafkaTopic: kafka } : {}),
        compiled,
      });
    }
    for (const [id, raw] of Object.entries(isNode(document['operations']) ? document['operations'] : {})) {
      const op = this.deref(raw);
      const channel = this.refName(op['channel'], 'channels');
      const action = op['action'];
      if (action !== 'send' && action !== 'receive')
        throw new ContractError('invalid_document', `operation ${id}: action must be send or receive`);
      if (!this.channelMap.has(channel))
        throw new ContractError('invalid_document', `operation ${id} refers to an unknown channel ${channel}`);
      const listed = Array.isArray(op['messages'])
        ? op['messages'].map((m) => this.refName(m, 'messages'))
        : this.channelMap.get(channel)!.messages;
      this.operationMap.set(id, {
        id,
        action,
        channel,
        messages: listed,
        title: String(op['title'] ?? id),
        summary: String(op['summary'] ?? ''),
      });
    }
  }

  /**
   * Reads a parsed AsyncAPI 3 document (plain JSON; payload `$ref`s to schema files are not followed: payloads are
   * checked on the precompiled validators of @opencity/models).
   * @example
   * const contract = AsyncApiContract.fromDocument(JSON.parse(text));
   */
  static fromDocument(document: unknown): AsyncApiContract {
    if (!isNode(document) || typeof document['asyncapi'] !== 'string' || !document['asyncapi'].startsWith('3.'))
      throw new ContractError('invalid_document', 'not an AsyncAPI 3 document (no "asyncapi": "3.x")');
    return new AsyncApiContract(document);
  }

  /**
   * The same contract with some topic parameters closed to a code list, as a region's profile defines them (the
   * municipality codes of Brussels, say): {@link validateMessage} reports a topic whose value is not in the list as
   * `asyncapi_parameter_not_allowed`, and {@link topicFor} refuses to build one. A list replaces the parameter's own
   * `enum`, if the document has one; parameters not named stay as they are.
   * @example
   * const brussels = openCityContract().withParameterValues({ municipality: municipalities.map((m) => m.nis) });
   * brussels.validateMessage('city/99999/AirQualityObserved/v2/urn:ngsi-ld:AirQualityObserved:x', payload).ok; // false
   */
  withParameterValues(values: Readonly<Record<string, readonly string[]>>): AsyncApiContract {
    const closed = new Map(this.closedValues);
    for (const [name, list] of Object.entries(values)) {
      if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && TOPIC_VALUE.test(v)))
        throw new ContractError(
          'bad_parameter',
          `the values of parameter ${name} must be a non-empty list of strings without "/", "+" or "#"`,
        );
      closed.set(name, [...list]);
    }
    return new AsyncApiContract(this.document, closed);
  }

  /** Follows a local `$ref` (`#/…`) to the node it names. */
  private deref(value: unknown, depth = 0): Node {
    if (!isNode(value)) return {};
    const ref = value['$ref'];
    if (typeof ref !== 'string') return value;
    if (!ref.startsWith('#/') || depth > 16)
      throw new ContractError('invalid_document', `only local references are supported here; got ${ref}`);
    return this.deref(valueAtPointer(this.document, ref.slice(1)), depth + 1);
  }

  /** The id a `$ref` names: the last token of `#/components/messages/X` or `#/channels/c/messages/X` (resolved to the component). */
  private refName(value: unknown, kind: 'messages' | 'channels'): string {
    if (!isNode(value) || typeof value['$ref'] !== 'string')
      throw new ContractError('invalid_document', `expected a $ref to ${kind}`);
    const ref = value['$ref'];
    if (kind === 'channels')
      return ref
        .replace(/^#\/channels\//, '')
        .split('/')[0]!
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
    const target = valueAtPointer(this.document, ref.slice(1));
    // A channel's message entry is itself a $ref to components.messages: report the component id.
    if (isNode(target) && typeof target['$ref'] === 'string') return this.refName(target, 'messages');
    return ref.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
  }

  private readParameter(name: string, p: Node): ChannelParameter {
    return {
      name,
      description: String(p['description'] ?? ''),
      ...(typeof p['location'] === 'string' ? { location: p['location'] } : {}),
      ...(this.closedValues.has(name)
        ? { enum: this.closedValues.get(name)! }
        : Array.isArray(p['enum'])
          ? { enum: p['enum'].map(String) }
          : {}),
      ...(Array.isArray(p['examples']) ? { examples: p['examples'].map(String) } : {}),
    };
  }

  private readMessage(id: string, m: Node): MessageInfo {
    const payload = isNode(m['payload']) ? m['payload'] : {};
    const schema = isNode(payload['schema']) && 'schemaFormat' in payload ? payload['schema'] : payload;
    const ref = typeof schema['$ref'] === 'string' ? schema['$ref'] : '';
    const file = /(?:^|\/)([A-Za-z0-9_-]+)\/([A-Za-z0-9_]+)\/schema\.json$/.exec(ref);
    let kind: PayloadKind;
    if (typeof m['x-opencity-entity'] === 'string') kind = { kind: 'entity', type: m['x-opencity-entity'] };
    else if (file) kind = { kind: 'entity', type: file[2]! };
    else if (ref === '#/components/schemas/NgsiLdNotification') kind = { kind: 'notification' };
    else
      kind = { kind: 'unchecked', reason: ref ? `payload ${ref} is not an OpenCity schema` : 'inline payload schema' };
    return {
      id,
      name: String(m['name'] ?? id),
      title: String(m['title'] ?? id),
      summary: String(m['summary'] ?? ''),
      contentType: String(m['contentType'] ?? this.document['defaultContentType'] ?? 'application/json'),
      payload: kind,
    };
  }

  /** Every channel of the contract. */
  channels(): readonly ChannelInfo[] {
    return [...this.channelMap.values()].map(({ compiled: _c, ...c }) => c);
  }

  /** Every operation of the contract. */
  operations(): readonly OperationInfo[] {
    return [...this.operationMap.values()];
  }

  /** Every message of the contract (components.messages). */
  messages(): readonly MessageInfo[] {
    return [...this.messageMap.values()];
  }

  /** A channel by id, or `undefined`. */
  channel(id: string): ChannelInfo | undefined {
    return this.channels().find((c) => c.id === id);
  }

  /** The channel that carries observations or events of an entity type (e.g. `AirQualityObserved`), or `undefined`. */
  channelForType(type: string): ChannelInfo | undefined {
    return this.channels().find((c) =>
      c.messages.some((m) => {
        const p = this.messageMap.get(m)?.payload;
        return p?.kind === 'entity' && p.type === type;
      }),
    );
  }

  /**
   * Finds the channel whose address matches a concrete topic and reads its parameters.
   * @example
   * contract.matchTopic('city/ixelles/AirQualityObserved/v2/urn:ngsi-ld:AirQualityObserved:41R001');
   * // { channel: 'airQualityObservedObservations', parameters: { municipality: 'ixelles', entityId: 'urn:…' } }
   */
  matchTopic(topic: string): TopicMatch | undefined {
    for (const c of this.channelMap.values()) {
      const m = c.compiled.regex.exec(topic);
      if (m) return { channel: c.id, parameters: Object.fromEntries(c.compiled.names.map((n, i) => [n, m[i + 1]!])) };
    }
    return undefined;
  }

  /**
   * The concrete topic of a channel for parameter values; values must be non-empty without `/`, `+` or `#`, and
   * within the parameter's enum when it has one.
   * @example
   * contract.topicFor('parkingSpotObservations', { municipality: 'ixelles', entityId: 'urn:ngsi-ld:ParkingSpot:p1' });
   */
  topicFor(channelId: string, parameters: Readonly<Record<string, string>>): string {
    const c = this.channelMap.get(channelId);
    if (!c) throw new ContractError('unknown_target', `no channel "${channelId}"`);
    return c.address.replace(PARAM, (_m, name: string) => {
      const value = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
      if (typeof value !== 'string' || !TOPIC_VALUE.test(value))
        throw new ContractError(
          'bad_parameter',
          `${channelId}: parameter ${name} must be a non-empty value without "/", "+" or "#"; got ${JSON.stringify(value)}`,
        );
      const allowed = c.parameters.find((p) => p.name === name)?.enum;
      if (allowed && !allowed.includes(value))
        throw new ContractError(
          'bad_parameter',
          `${channelId}: parameter ${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`,
        );
      return value;
    });
  }

  /**
   * An MQTT subscription filter for a channel: given parameters are fixed, the others become `+`.
   * @example
   * contract.subscriptionFilter('airQualityObservedObservations', { municipality: 'ixelles' }); // 'city/ixelles/AirQualityObserved/v2/+'
   */
  subscriptionFilter(channelId: string, parameters: Readonly<Record<string, string>> = {}): string {
    const c = this.channelMap.get(channelId);
    if (!c) throw new ContractError('unknown_target', `no channel "${channelId}"`);
    return c.address.replace(PARAM, (_m, name: string) => {
      const value = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
      if (value === undefined) return '+';
      if (!TOPIC_VALUE.test(value))
        throw new ContractError(
          'bad_parameter',
          `${channelId}: parameter ${name} must be a value without "/", "+" or "#"; got ${JSON.stringify(value)}`,
        );
      return value;
    });
  }

  /** Resolves a channel id, an operation id or a concrete topic to a channel, the messages allowed there and topic parameters. */
  /** The channel, messages and topic parameters a target names (channel id, operation id or topic), if any. */
  private target(
    target: string,
  ): { channel: ChannelInfo; messages: readonly string[]; parameters: Record<string, string> } | undefined {
    const op = this.operationMap.get(target);
    if (op) return { channel: this.channel(op.channel)!, messages: op.messages, parameters: {} };
    const channel = this.channel(target);
    if (channel) return { channel, messages: channel.messages, parameters: {} };
    const match = this.matchTopic(target);
    if (match) {
      const c = this.channel(match.channel)!;
      return { channel: c, messages: c.messages, parameters: { ...match.parameters } };
    }
    return undefined;
  }

  /**
   * Validates a payload sent on a channel: `target` is a channel id, an operation id or a concrete topic (whose
   * parameters are then checked against the payload). Entity payloads may be in any representation the validator
   * reads (keyValues, NGSI-LD normalized or concise, NGSI-v2, GeoJSON Feature); NGSI-LD notifications are checked
   * entity by entity. Never throws: a target that names no channel, operation or topic of the contract is the
   * `asyncapi_unknown_target` finding, as topics usually come from the network.
   * @example
   * const result = contract.validateMessage('city/ixelles/ParkingSpot/v1/urn:ngsi-ld:ParkingSpot:p1', payload, { lang: 'nl' });
   */
  validateMessage(target: string, payload: unknown, options: ValidateMessageOptions = {}): MessageValidation {
    const lang = options.lang ?? 'en';
    const resolved = typeof target === 'string' ? this.target(target) : undefined;
    if (!resolved) {
      const shown = typeof target === 'string' ? target.slice(0, 300) : String(target);
      return {
        ok: false,
        channel: undefined,
        message: undefined,
        parameters: {},
        findings: [finding('asyncapi_unknown_target', '', { target: shown }, lang)],
      };
    }
    const { channel, messages, parameters } = resolved;
    const candidates = messages.map((id) => this.messageMap.get(id)).filter((m): m is MessageInfo => m !== undefined);
    const declaredType = isNode(payload) && typeof payload['type'] === 'string' ? payload['type'] : undefined;
    const message =
      candidates.find((m) =>
        m.payload.kind === 'entity'
          ? m.payload.type === declaredType
          : m.payload.kind === 'notification' && declaredType === 'Notification',
      ) ?? (candidates.length === 1 ? candidates[0] : undefined);
    const findings: Finding[] = [];
    if (
      !message ||
      (message.payload.kind === 'entity' && declaredType !== undefined && declaredType !== message.payload.type)
    ) {
      const allowed = candidates.map((m) => (m.payload.kind === 'entity' ? m.payload.type : m.name)).join(', ');
      findings.push(
        finding(
          'asyncapi_message_not_allowed',
          '/type',
          { got: declaredType ?? 'untyped', channel: channel.id, allowed },
          lang,
        ),
      );
    }
    const representation = options.representation ?? 'auto';
    if (message?.payload.kind === 'entity')
      findings.push(...validateNgsiEntity(payload, { model: message.payload.type, representation, lang }).findings);
    if (message?.payload.kind === 'notification')
      findings.push(...this.checkNotification(payload, representation, lang));
    findings.push(...this.checkParameters(channel, parameters, payload, lang));
    return message && !findings.some((f) => f.severity === 'error')
      ? { ok: true, channel: channel.id, message: message.id, parameters, findings }
      : { ok: false, channel: channel.id, message: message?.id, parameters, findings };
  }

  private checkNotification(payload: unknown, representation: Representation | 'auto', lang: Lang): Finding[] {
    const out: Finding[] = [];
    if (!isNode(payload)) return [finding('asyncapi_invalid_notification', '', { member: 'type' }, lang)];
    const checks: [string, boolean][] = [
      ['id', typeof payload['id'] === 'string' && payload['id'] !== ''],
      ['type', payload['type'] === 'Notification'],
      ['subscriptionId', typeof payload['subscriptionId'] === 'string' && payload['subscriptionId'] !== ''],
      [
        'notifiedAt',
        typeof payload['notifiedAt'] === 'string' &&
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(payload['notifiedAt']),
      ],
      ['data', Array.isArray(payload['data']) && payload['data'].length > 0],
    ];
    for (const [member, ok] of checks)
      if (!ok) out.push(finding('asyncapi_invalid_notification', childPointer('', member), { member }, lang));
    if (!Array.isArray(payload['data'])) return out;
    payload['data'].forEach((entity, i) => {
      out.push(...prefixed(validateNgsiEntity(entity, { representation, lang }).findings, `/data/${i}`));
    });
    return out;
  }

  private checkParameters(
    channel: ChannelInfo,
    parameters: Record<string, string>,
    payload: unknown,
    lang: Lang,
  ): Finding[] {
    const out: Finding[] = [];
    for (const p of channel.parameters) {
      const value = Object.hasOwn(parameters, p.name) ? parameters[p.name] : undefined;
      if (value !== undefined && p.enum && !p.enum.includes(value)) {
        const shown =
          p.enum.length > 12 ? `${p.enum.slice(0, 12).join(', ')}, … (${p.enum.length} in all)` : p.enum.join(', ');
        out.push(
          finding(
            'asyncapi_parameter_not_allowed',
            '',
            { parameter: p.name, got: value.slice(0, 200), allowed: shown },
            lang,
          ),
        );
      }
      const pointer = p.location?.startsWith('$message.payload#')
        ? p.location.slice('$message.payload#'.length)
        : undefined;
      if (value === undefined || pointer === undefined) continue;
      const inPayload = valueAtPointer(payload, pointer);
      if (inPayload !== value)
        out.push(
          finding(
            'asyncapi_parameter_mismatch',
            pointer,
            { parameter: p.name, got: value, expected: JSON.stringify(inPayload) ?? 'nothing', location: pointer },
            lang,
          ),
        );
    }
    return out;
  }
}
