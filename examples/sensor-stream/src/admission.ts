/**
 * Admission of one MQTT message, cheapest checks first: size (before anything is decoded), UTF-8, nesting depth
 * (before parsing), JSON, then the OpenCity AsyncAPI contract (topic → channel → message → schema). Every refusal
 * carries a finding with a stable code, so the dead letter says why.
 */
import { isUtf8 } from 'node:buffer';
import { reportFindingCatalogue } from '@opencity/interop';
import { renderTemplate, type Finding, type Lang } from '@opencity/models';
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

/** Why a message was refused: a code of the report finding catalogue, `unknown_topic` or a contract finding. */
export type RefusalReason =
  | 'record_too_large'
  | 'binary_content'
  | 'too_deeply_nested'
  | 'unparseable_json'
  | 'unknown_topic'
  | 'contract_violation';

/** The outcome for one message. */
export type Admission =
  | {
      readonly valid: true;
      readonly payload: unknown;
      readonly text: string;
      readonly parameters: Readonly<Record<string, string>>;
    }
  | {
      readonly valid: false;
      readonly reason: RefusalReason;
      /** The payload as text, when it was valid UTF-8 within the size limit. */
      readonly text: string | undefined;
      readonly report: { readonly channel?: string; readonly findings: readonly Finding[] };
    };

// Messages of the two refusals the report catalogue words for files rather than MQTT messages; the others are reused.
const OWN_MESSAGES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  unknown_topic: {
    en: 'the topic "{topic}" is not a channel of the OpenCity contract',
    fr: 'le sujet « {topic} » n’est pas un canal du contrat OpenCity',
    nl: 'het onderwerp "{topic}" is geen kanaal van het OpenCity-contract',
  },
  unparseable_json: {
    en: 'the message is not valid JSON ({detail})',
    fr: 'le message n’est pas du JSON valide ({detail})',
    nl: 'het bericht is geen geldige JSON ({detail})',
  },
};

function finding(code: string, params: Record<string, string | number>, lang: Lang): Finding {
  const template = OWN_MESSAGES[code]?.[lang] ?? reportFindingCatalogue[code]!.message[lang];
  const texts = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return {
    code,
    severity: 'error',
    instancePath: '',
    schemaPath: '',
    keyword: code,
    params: texts,
    message: renderTemplate(template, texts),
  };
}

const refuse = (
  reason: Exclude<RefusalReason, 'contract_violation'>,
  params: Record<string, string | number>,
  lang: Lang,
  text?: string,
): Admission => ({ valid: false, reason, text, report: { findings: [finding(reason, params, lang)] } });

/** Validates a raw message received on `topic`; never throws on the payload. */
export function admitMessage(topic: string, bytes: Uint8Array, lang: Lang, limits: AdmissionLimits = {}): Admission {
  const maxBytes = limits.maxMessageBytes ?? ADMISSION_DEFAULTS.maxMessageBytes;
  const maxDepth = limits.maxDepth ?? ADMISSION_DEFAULTS.maxDepth;
  if (bytes.length > maxBytes) return refuse('record_too_large', { bytes: bytes.length, limit: maxBytes }, lang);
  if (!isUtf8(bytes)) return refuse('binary_content', { position: firstInvalidUtf8(bytes) + 1 }, lang);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (nestsDeeperThan(text, maxDepth)) return refuse('too_deeply_nested', { limit: maxDepth }, lang, text);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    // The parser's own words (English) as a detail: V8 does not always give a position.
    return refuse('unparseable_json', { detail: (error as Error).message.slice(0, 200) }, lang, text);
  }
  let channel: string;
  try {
    channel = contract.matchTopic(topic)?.channel ?? '';
  } catch {
    channel = '';
  }
  if (channel === '') return refuse('unknown_topic', { topic: topic.slice(0, 300) }, lang, text);
  const r = contract.validateMessage(topic, payload, { lang });
  return r.valid
    ? { valid: true, payload, text, parameters: r.parameters }
    : { valid: false, reason: 'contract_violation', text, report: { channel: r.channel, findings: r.findings } };
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF),
 * or -1. Runs only on a message already known to be invalid, to say where.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const trailing = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (trailing === 0) return i;
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= trailing; k++) {
      const next = b[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += trailing + 1;
  }
  return -1;
}

/** True when the JSON text opens more than `limit` nested objects/arrays; linear, skips strings, stops early. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
