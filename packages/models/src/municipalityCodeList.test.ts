// The Municipality code list is open: any five-digit NIS code validates the generic reference, while a Brussels
// profile can close it with $defs/BrusselsMunicipality. Codes and names: Statbel REFNIS (21001–21019).
import { describe, expect, it } from 'vitest';
import { createAjv, loadSchemaSources } from '@opencity/tooling';
import { validate } from './index';

const sources = loadSchemaSources();
const municipality = sources.find((s) => s.name === 'Municipality')!;
const ajv = createAjv(sources.map((s) => s.schema));
const brussels = ajv.getSchema(`${municipality.schema.$id}#/$defs/BrusselsMunicipality`)!;
const brusselsExamples = municipality.schema['examples'] as { nisCode: string; name: { fr: string; nl: string } }[];

describe('Municipality code list', () => {
  it('documents the 19 Brussels municipalities, NIS 21001 to 21019, with FR and NL names', () => {
    expect(brusselsExamples.map((m) => m.nisCode)).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)));
    expect(brusselsExamples.find((m) => m.nisCode === '21004')?.name).toMatchObject({ fr: 'Bruxelles', nl: 'Brussel' });
    expect(brusselsExamples.find((m) => m.nisCode === '21015')?.name).toMatchObject({
      fr: 'Schaerbeek',
      nl: 'Schaarbeek',
    });
  });

  it('accepts every Brussels municipality in both the open and the closed form', () => {
    for (const m of brusselsExamples) {
      expect(validate('Municipality', m).ok).toBe(true);
      expect(brussels(m)).toBe(true);
    }
  });

  it('stays open to other regions (Gent, NIS 44021) while the Brussels form rejects them', () => {
    const gent = { nisCode: '44021', name: { nl: 'Gent', fr: 'Gand' } };
    expect(validate('Municipality', gent).ok).toBe(true);
    expect(brussels(gent)).toBe(false);
    expect(validate('Municipality', { nisCode: '4402', name: { nl: 'Gent' } }).findings[0]).toMatchObject({
      code: 'pattern_mismatch',
      instancePath: '/nisCode',
    });
  });

  it('says in plain words that a code has the wrong form, with the regular expression only as a detail', () => {
    const bad = { nisCode: '4402', name: { nl: 'Gent' } };
    const plain = {
      en: 'nisCode is not in the expected form; got "4402" (detail:',
      fr: 'nisCode n’a pas la forme attendue ; reçu "4402" (détail :',
      nl: 'nisCode heeft niet de verwachte vorm; ontvangen "4402" (detail:',
    } as const;
    for (const lang of ['en', 'fr', 'nl'] as const) {
      const message = validate('Municipality', bad, { lang }).findings[0]!.message;
      expect(message.startsWith(plain[lang]), message).toBe(true);
      expect(message.indexOf('^[0-9]{5}$')).toBeGreaterThan(plain[lang].length);
    }
  });
});
