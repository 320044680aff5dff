/** Validation of one MQTT message against the OpenCity AsyncAPI contract (topic → channel → message → schema). */
import type { Finding } from '@opencity/models';
import { contract } from './topics';

/** The outcome for one message. */
export type MessageResult =
  | { readonly valid: true; readonly payload: unknown; readonly parameters: Readonly<Record<string, string>> }
  | { readonly valid: false; readonly report: { readonly channel?: string; readonly findings: readonly Finding[] } };

/** Validates a raw message received on `topic` with the contract's `validateMessage`. */
export function validateMessage(topic: string, text: string, lang: 'en' | 'fr' | 'nl'): MessageResult {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return {
      valid: false,
      report: {
        findings: [
          {
            code: 'unparseable_json',
            severity: 'error',
            instancePath: '',
            schemaPath: '',
            keyword: '',
            params: {},
            message: `not JSON: ${(error as Error).message}`,
          },
        ],
      },
    };
  }
  try {
    const r = contract.validateMessage(topic, payload, { lang });
    return r.valid
      ? { valid: true, payload, parameters: r.parameters }
      : { valid: false, report: { channel: r.channel, findings: r.findings } };
  } catch (error) {
    // A topic outside the contract (ContractError unknown_target): reject with the reason.
    return {
      valid: false,
      report: {
        findings: [
          {
            code: 'unknown_topic',
            severity: 'error',
            instancePath: '',
            schemaPath: '',
            keyword: '',
            params: { topic },
            message: (error as Error).message,
          },
        ],
      },
    };
  }
}
