/** Validation of one MQTT message against the OpenCity AsyncAPI contract. */
import { validateEntity, type Finding } from '@opencity/models';

/** The outcome for one message. */
export type MessageResult = { readonly valid: true; readonly payload: unknown } | { readonly valid: false; readonly report: { readonly findings: readonly Finding[] } };

/** Validates a raw message received on `topic`. */
export function validateMessage(topic: string, text: string, lang: 'en' | 'fr' | 'nl'): MessageResult {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return { valid: false, report: { findings: [{ code: 'unparseable_json', severity: 'error', instancePath: '', schemaPath: '', keyword: '', params: {}, message: `${topic}: not JSON (${(error as Error).message})` }] } };
  }
  const r = validateEntity(payload, { lang });
  return r.valid ? { valid: true, payload } : { valid: false, report: { findings: r.findings } };
}
