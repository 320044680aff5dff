import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSchemaInfo, listEntityTypes } from '@opencity/models';
import { toNormalized } from '../ngsi/index';
import { AsyncApiContract, ContractError, isContractError, openCityContract } from './index';

const repo = join(import.meta.dirname, '../../../..');
const example = (type: string, file: string) =>
  JSON.parse(readFileSync(join(repo, 'schemas/city', type, 'examples', file), 'utf8')) as Record<string, unknown>;
const aqo = () => example('AirQualityObserved', 'valid/brussels-arts-loi.json');
const contract = openCityContract();

describe('the OpenCity contract', () => {
  it('has one observation channel per city entity type, and the Office events', () => {
    const cityTypes = listEntityTypes().filter((t) => getSchemaInfo(t)?.group === 'city');
    expect(cityTypes.length).toBeGreaterThan(0);
    for (const type of cityTypes) {
      const channel = contract.channelForType(type);
      expect(channel, type).toBeDefined();
      expect(channel!.address).toBe(
        `city/{municipality}/${type}/v${getSchemaInfo(type)!.version.split('.')[0]}/{entityId}`,
      );
      expect(channel!.kafkaTopic).toMatch(/^opencity\.city\./);
    }
    expect(contract.channels().map((c) => c.id)).toEqual(
      expect.arrayContaining(['ngsiLdNotifications', 'kpiValuePublished', 'roadmapPublished', 'contributionReceived']),
    );
    expect(contract.operations().find((o) => o.id === 'sendKpiValuePublished')).toMatchObject({
      action: 'send',
      channel: 'kpiValuePublished',
      messages: ['KpiValuePublished'],
    });
    expect(contract.messages().find((m) => m.id === 'KpiValuePublished')!.payload).toEqual({
      kind: 'entity',
      type: 'KpiValue',
    });
    expect(contract.messages().find((m) => m.id === 'NgsiLdNotification')!.payload).toEqual({ kind: 'notification' });
  });

  it('matches topics and reads their parameters; builds topics and subscription filters', () => {
    const id = 'urn:ngsi-ld:AirQualityObserved:41R001';
    expect(contract.matchTopic(`city/ixelles/AirQualityObserved/v2/${id}`)).toEqual({
      channel: 'airQualityObservedObservations',
      parameters: { municipality: 'ixelles', entityId: id },
    });
    expect(contract.matchTopic('city/ixelles/AirQualityObserved/v2/a/b')).toBeUndefined();
    expect(contract.matchTopic('city/ixelles/AirQualityObserved/v1/x')).toBeUndefined();
    expect(contract.topicFor('airQualityObservedObservations', { municipality: 'ixelles', entityId: id })).toBe(
      `city/ixelles/AirQualityObserved/v2/${id}`,
    );
    expect(contract.subscriptionFilter('airQualityObservedObservations', { municipality: 'ixelles' })).toBe(
      'city/ixelles/AirQualityObserved/v2/+',
    );
    expect(() => contract.topicFor('airQualityObservedObservations', { municipality: 'a/b', entityId: id })).toThrow(
      ContractError,
    );
    expect(() => contract.topicFor('contributionReceived', { channel: 'email' })).toThrow(
      /must be one of workshop, meeting, onlinePlatform, writtenSubmission/,
    );
    expect(() => contract.topicFor('nope', {})).toThrow(/no channel "nope"/);
  });
});

describe('validateMessage', () => {
  it('accepts a valid keyValues observation on its channel, operation and topic', () => {
    const payload = aqo();
    const topic = contract.topicFor('airQualityObservedObservations', {
      municipality: 'ixelles',
      entityId: String(payload['id']),
    });
    for (const target of ['airQualityObservedObservations', 'receiveAirQualityObservedObservation', topic]) {
      const result = contract.validateMessage(target, payload);
      expect(
        result.findings.filter((f) => f.severity === 'error'),
        target,
      ).toEqual([]);
      expect(result).toMatchObject({
        ok: true,
        channel: 'airQualityObservedObservations',
        message: 'AirQualityObservedObservation',
      });
    }
  });

  it('accepts the same observation in NGSI-LD normalized form and reports NGSI-LD structure problems', () => {
    const normalized = toNormalized(aqo(), { representation: 'keyValues' }).entity as Record<
      string,
      Record<string, unknown>
    >;
    expect(contract.validateMessage('airQualityObservedObservations', normalized).ok).toBe(true);
    normalized['location']!['type'] = 'Geoproperty';
    const result = contract.validateMessage('airQualityObservedObservations', normalized, {
      representation: 'normalized',
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('ngsi_unknown_attribute_type');
  });

  it('rejects an invalid payload with the schema findings', () => {
    const result = contract.validateMessage(
      'airQualityObservedObservations',
      example('AirQualityObserved', 'invalid/pm25-as-text.json'),
    );
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => `${f.code} ${f.instancePath}`)).toContain('invalid_type /pm25');
  });

  it('rejects a payload of another type and a topic whose entity id differs from the payload', () => {
    const wrong = contract.validateMessage('parkingSpotObservations', aqo(), { lang: 'fr' });
    expect(wrong.findings[0]).toMatchObject({ code: 'asyncapi_message_not_allowed', severity: 'error' });
    expect(wrong.findings[0]!.message).toContain('ne peut pas être envoyé sur parkingSpotObservations');
    const mismatch = contract.validateMessage(
      'city/ixelles/AirQualityObserved/v2/urn:ngsi-ld:AirQualityObserved:other',
      aqo(),
    );
    expect(mismatch.ok).toBe(false);
    expect(mismatch.findings.map((f) => f.code)).toEqual(['asyncapi_parameter_mismatch']);
    expect(mismatch.parameters).toEqual({ municipality: 'ixelles', entityId: 'urn:ngsi-ld:AirQualityObserved:other' });
  });

  it("closes a topic parameter to a profile's code list: 99999 and abcde are refused with a specific finding", () => {
    // The 19 NIS codes of the Brussels municipalities (Statbel REFNIS 21001–21019), as @opencity/brussels lists them.
    const nis = Array.from({ length: 19 }, (_, i) => String(21001 + i));
    const brussels = contract.withParameterValues({ municipality: nis });
    const id = (aqo() as { id: string }).id;
    expect(brussels.validateMessage(`city/21004/AirQualityObserved/v2/${id}`, aqo()).ok).toBe(true);
    for (const code of ['99999', 'abcde', 'ixelles']) {
      const r = brussels.validateMessage(`city/${code}/AirQualityObserved/v2/${id}`, aqo(), { lang: 'nl' });
      expect(r.ok, code).toBe(false);
      expect(r.findings.map((f) => [f.code, f.severity, f.params['parameter'], f.params['got']])).toEqual([
        ['asyncapi_parameter_not_allowed', 'error', 'municipality', code],
      ]);
      expect(r.findings[0]!.message).toContain(`municipality = "${code}", dat niet in zijn codelijst staat (21001,`);
      expect(r.findings[0]!.message).toContain('(19 in all)');
    }
    // The open contract is unchanged, and topics cannot be built outside the list either.
    expect(contract.validateMessage(`city/99999/AirQualityObserved/v2/${id}`, aqo()).ok).toBe(true);
    expect(() => brussels.topicFor('airQualityObservedObservations', { municipality: '99999', entityId: id })).toThrow(
      /must be one of 21001/,
    );
    expect(() => contract.withParameterValues({ municipality: [] })).toThrow(ContractError);
    expect(() => contract.withParameterValues({ municipality: ['a/b'] })).toThrow(ContractError);
  });

  it('checks NGSI-LD notifications envelope and every entity, whatever its representation', () => {
    const good = aqo();
    const bad = example('AirQualityObserved', 'invalid/negative-concentration.json');
    const notification = {
      id: 'urn:ngsi-ld:Notification:1',
      type: 'Notification',
      subscriptionId: 'urn:ngsi-ld:Subscription:aq',
      notifiedAt: '2026-03-01T08:00:05Z',
      data: [toNormalized(good).entity, good],
    };
    expect(contract.validateMessage('ngsi-ld/notifications/urn:ngsi-ld:Subscription:aq', notification)).toMatchObject({
      ok: true,
      message: 'NgsiLdNotification',
    });
    const result = contract.validateMessage('ngsiLdNotifications', {
      ...notification,
      notifiedAt: 'now',
      data: [good, toNormalized(bad).entity],
    });
    expect(result.ok).toBe(false);
    expect(
      result.findings.some((f) => f.code === 'asyncapi_invalid_notification' && f.instancePath === '/notifiedAt'),
    ).toBe(true);
    expect(result.findings.some((f) => f.severity === 'error' && f.instancePath.startsWith('/data/1/'))).toBe(true);
    expect(result.findings.some((f) => f.instancePath.startsWith('/data/0/'))).toBe(false);
  });

  it('never throws, on arbitrary payloads or unknown targets', () => {
    for (const payload of [null, 42, 'x', [], {}, { type: 'Notification' }, { type: 'AirQualityObserved' }]) {
      expect(contract.validateMessage('airQualityObservedObservations', payload).ok).toBe(false);
      expect(contract.validateMessage('ngsiLdNotifications', payload).ok).toBe(false);
    }
    const unknown = contract.validateMessage('city/ixelles/Unknown', {});
    expect(unknown).toMatchObject({ ok: false, channel: undefined, message: undefined });
    expect(unknown.findings.map((f) => f.code)).toEqual(['asyncapi_unknown_target']);
    // Topics come from the network: never a throw, whatever the target.
    for (const target of ['', '#', 'city/+/x', '\u0000'.repeat(3), 'x'.repeat(10_000)])
      expect(contract.validateMessage(target, {}).ok).toBe(false);
  });

  it('refuses documents that are not AsyncAPI 3 or declare parameters they do not define', () => {
    expect(() => AsyncApiContract.fromDocument({ asyncapi: '2.6.0' })).toThrow(/not an AsyncAPI 3 document/);
    expect(() => AsyncApiContract.fromDocument({ asyncapi: '3.0.0', channels: { c: { address: 'a/{x}' } } })).toThrow(
      /parameter \{x\} is not declared/,
    );
    let thrown: unknown;
    try {
      AsyncApiContract.fromDocument({ asyncapi: '2.6.0' });
    } catch (error) {
      thrown = error;
    }
    expect(isContractError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ name: 'ContractError', code: 'invalid_document' });
  });
});
