/**
 * Admission of one MQTT message, cheapest checks first: size (before anything is decoded), UTF-8, nesting depth
 * (before parsing), JSON, then the OpenCity AsyncAPI contract (topic → channel → message → schema). Every refusal
 * carries a finding with a stable code, so the dead letter says why.
 */
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8, nestsDeeperThan, reportFindingCatalogue } from '@opencity/interop';
import {
  createFinding,
  defineFindingCatalogue,
  type Finding,
  type FindingCode,
  type FindingParams,
  type Lang,
} from '@opencity/models';
import { contract } from './topics';

/** Limits applied to every message before it is parsed. */
export interface AdmissionLimits {
  /** Largest payload accepted, in bytes (default 256 KiB); larger ones are dead-lettered unread. */
  readonly maxMessageBytes?: number;
  /** Deepest nesting of objects and arrays accepted (default 64, as the validator's own limit). */
  readonly maxDepth?: number;
}

/** The defaults of {@link AdmissionLimits}. */
export const ADMISSION_DEFAULTS = { maxMessageBytes: 256 * 1024, maxDepth: 64 } as const;

/** Findings of the ingester's own checks (the size, encoding and depth checks reuse the report catalogue's codes). */
export const ingestionFindingCatalogue = defineFindingCatalogue([
  {
    code: 'message_not_json',
    severity: 'error',
    title: { en: 'Message not JSON', fr: 'Message non JSON', nl: 'Bericht geen JSON' },
    message: {
      en: 'the message is not valid JSON ({detail})',
      fr: 'le message n’est pas du JSON valide ({detail})',
      nl: 'het bericht is geen geldige JSON ({detail})',
    },
    fix: {
      en: 'Publish one JSON entity per message, serialised with a JSON library.',
      fr: 'Publiez une entité JSON par message, sérialisée avec une bibliothèque JSON.',
      nl: 'Publiceer één JSON-entiteit per bericht, geserialiseerd met een JSON-bibliotheek.',
    },
  },
  {
    code: 'unknown_topic',
    severity: 'error',
    title: { en: 'Topic outside the contract', fr: 'Sujet hors contrat', nl: 'Onderwerp buiten het contract' },
    message: {
      en: 'the topic "{topic}" is not a channel of the OpenCity contract',
      fr: 'le sujet « {topic} » n’est pas un canal du contrat OpenCity',
      nl: 'het onderwerp "{topic}" is geen kanaal van het OpenCity-contract',
    },
    fix: {
      en: 'Publish on a channel of the AsyncAPI contract, e.g. city/<NIS code>/AirQualityObserved/v2/<entity id>.',
      fr: 'Publiez sur un canal du contrat AsyncAPI, par exemple city/<code INS>/AirQualityObserved/v2/<id de l’entité>.',
      nl: 'Publiceer op een kanaal van het AsyncAPI-contract, bijvoorbeeld city/<NIS-code>/AirQualityObserved/v2/<entiteit-id>.',
    },
  },
  {
    code: 'internal_error',
    severity: 'error',
    title: { en: 'Ingester failure', fr: 'Échec de l’ingestion', nl: 'Fout bij de ingestie' },
    message: {
      en: 'the ingester failed on this message ({detail}); it went on with the next one',
      fr: 'l’ingestion a échoué sur ce message ({detail}) ; elle a continué avec le suivant',
      nl: 'de ingestie faalde op dit bericht ({detail}); ze ging verder met het volgende',
    },
    fix: {
      en: 'Send this dead letter to the operators of the ingester: it shows a defect to fix, not a fault of the message.',
      fr: 'Transmettez cette lettre morte aux responsables de l’ingestion : elle révèle un défaut à corriger, pas une faute du message.',
      nl: 'Bezorg deze dead letter aan de beheerders van de ingestie: ze wijst op een fout om te verhelpen, niet op een fout in het bericht.',
    },
  },
]);

/** Why a message was refused: the code of the finding that refused it, or `contract_violation` (see its findings). */
export type RefusalReason =
  | 'record_too_large'
  | 'invalid_utf8'
  | 'too_deeply_nested'
  | FindingCode<typeof ingestionFindingCatalogue>
  | 'contract_violation';

/** The outcome for one message. */
export type Admission =
  | {
      readonly ok: true;
      readonly payload: unknown;
      readonly text: string;
      readonly parameters: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      /** The payload as text, when it was valid UTF-8 within the size limit. */
      readonly text: string | undefined;
      readonly report: { readonly channel?: string; readonly findings: readonly Finding[] };
    };

const refuse = (
  reason: Exclude<RefusalReason, 'contract_violation'>,
  params: FindingParams,
  lang: Lang,
  text?: string,
): Admission => {
  const finding =
    reason === 'record_too_large' || reason === 'invalid_utf8' || reason === 'too_deeply_nested'
      ? createFinding(reportFindingCatalogue, reason, lang, { params })
      : createFinding(ingestionFindingCatalogue, reason, lang, { params });
  return { ok: false, reason, text, report: { findings: [finding] } };
};

/** Validates a raw message received on `topic`; never throws on the payload. */
export function admitMessage(topic: string, bytes: Uint8Array, lang: Lang, limits: AdmissionLimits = {}): Admission {
  const maxBytes = limits.maxMessageBytes ?? ADMISSION_DEFAULTS.maxMessageBytes;
  const maxDepth = limits.maxDepth ?? ADMISSION_DEFAULTS.maxDepth;
  if (bytes.length > maxBytes) return refuse('record_too_large', { bytes: bytes.length, limit: maxBytes }, lang);
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return refuse('invalid_utf8', { offset, byte }, lang);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (nestsDeeperThan(text, maxDepth)) return refuse('too_deeply_nested', { limit: maxDepth }, lang, text);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    // The parser's own words (English) as a detail: V8 does not always give a position.
    return refuse('message_not_json', { detail: (error as Error).message.slice(0, 200) }, lang, text);
  }
  let channel: string;
  try {
    channel = contract.matchTopic(topic)?.channel ?? '';
  } catch {
    channel = '';
  }
  if (channel === '') return refuse('unknown_topic', { topic: topic.slice(0, 300) }, lang, text);
  const r = contract.validateMessage(topic, payload, { lang });
  return r.ok
    ? { ok: true, payload, text, parameters: r.parameters }
    : {
        ok: false,
        reason: 'contract_violation',
        text,
        report: { ...(r.channel === undefined ? {} : { channel: r.channel }), findings: r.findings },
      };
}
