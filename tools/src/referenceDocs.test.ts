import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { docText, docsText, textPlaceholders } from './docsText';
import { frenchElisionSlips } from './frenchGrammar';
import {
  headingAnchor,
  inEnglish,
  languageBar,
  referencePath,
  referenceRoot,
  sharedFileLink,
  translationLink,
  writeReference,
} from './referenceDocs';

describe('the string table of the generated reference', () => {
  const entries = Object.entries(docsText);

  it('has every key in English, French and Dutch, none empty', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [key, text] of entries)
      for (const lang of ['en', 'fr', 'nl'] as const) expect(text[lang]?.trim(), `${key} (${lang})`).toBeTruthy();
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, text] of entries) {
      expect(textPlaceholders(text.fr), `${key} (fr)`).toEqual(textPlaceholders(text.en));
      expect(textPlaceholders(text.nl), `${key} (nl)`).toEqual(textPlaceholders(text.en));
    }
  });

  it('translates every sentence: a French or Dutch text equal to the English one is a missing translation', () => {
    // Single words and short labels can be the same word in two languages (Code, Type, Version, impact…).
    for (const [key, text] of entries)
      if (text.en.split(' ').length > 3) {
        expect(text.fr, `${key} (fr)`).not.toBe(text.en);
        expect(text.nl, `${key} (nl)`).not.toBe(text.en);
      }
  });

  it('writes French elisions (d’un, l’entrée, qu’il)', () => {
    for (const [key, text] of entries) expect(frenchElisionSlips(text.fr), key).toEqual([]);
  });

  it('fills placeholders, writing numbers the language’s way, and leaves unknown ones as written', () => {
    expect(docText('brussels.area', 'fr', { area: '161,12' })).toBe('Superficie : 161,12 km² (somme des communes).');
    expect(docText('kpi.intro', 'nl', { count: 1234, schema: 'x.md' })).toMatch(/^1\.234 uitvoerbare/);
    expect(docText('findings.placeholders', 'en')).toContain('`{line}`');
  });
});

describe('the language layout of the reference', () => {
  it('keeps English at the canonical address and puts French and Dutch in their own trees', () => {
    expect(referencePath('en', 'kpi/index.md')).toBe('kpi/index.md');
    expect(referencePath('fr', 'kpi/index.md')).toBe('fr/kpi/index.md');
    expect(referencePath('nl', 'schemas/city/ParkingSpot.md')).toBe('nl/schemas/city/ParkingSpot.md');
  });

  it('links a page to its translations with relative paths that resolve', () => {
    expect(translationLink('kpi/index.md', 'en', 'fr')).toBe('../fr/kpi/index.md');
    expect(translationLink('kpi/index.md', 'fr', 'en')).toBe('../../kpi/index.md');
    expect(translationLink('schemas/city/ParkingSpot.md', 'nl', 'fr')).toBe('../../../fr/schemas/city/ParkingSpot.md');
    expect(languageBar('nl', 'kpi/index.md')).toBe(
      '[English](../../kpi/index.md) · [Français](../../fr/kpi/index.md) · **Nederlands**',
    );
    expect(sharedFileLink('findings/index.md', 'fr', 'findings/findings.json')).toBe('../../findings/findings.json');
    expect(sharedFileLink('findings/index.md', 'en', 'findings/findings.json')).toBe('findings.json');
  });
});

describe('heading anchors', () => {
  it('are GitHub’s: lower case, punctuation dropped, spaces to hyphens, underscores and accents kept', () => {
    // What GitHub renders for these headings (its slugger is github-slugger).
    expect(headingAnchor('ECO-01 — Unemployment rate')).toBe('eco-01--unemployment-rate');
    expect(headingAnchor('DIG-09 — Indice numérique régional (type DESI)')).toBe(
      'dig-09--indice-numérique-régional-type-desi',
    );
    expect(headingAnchor('duplicate_id (roadmap)')).toBe('duplicate_id-roadmap');
    expect(headingAnchor('invalid_type')).toBe('invalid_type');
  });

  it('agree with a page-level slugger for headings that occur once', () => {
    const slugger = new GithubSlugger();
    for (const h of ['Programme statuses', 'Étapes de l’approbation d’une feuille de route', 'Thema’s'])
      expect(headingAnchor(h)).toBe(slugger.slug(h));
  });
});

describe('writing a section of the reference', () => {
  // A throw-away section (docs/reference/ is generated and ignored by git).
  const section = 'zz-reference-docs-test';
  const dirs = ['', 'fr/', 'nl/'].map((prefix) => join(referenceRoot, `${prefix}${section}`));
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const render = (lang: 'en' | 'fr' | 'nl') =>
    new Map([
      [`${section}/index.md`, `# ${lang}`],
      ...(lang === 'en' ? [[`${section}/data.json`, '{}\n'] as const] : []),
    ]);

  it('writes every language, and a file published once in English only', () => {
    expect(writeReference(section, render, [])).toEqual({ files: 4, drift: [] });
    expect(readFileSync(join(referenceRoot, 'fr', section, 'index.md'), 'utf8')).toBe('# fr\n');
    expect(existsSync(join(referenceRoot, section, 'data.json'))).toBe(true);
    expect(existsSync(join(referenceRoot, 'nl', section, 'data.json'))).toBe(false);
  });

  it('with --check writes nothing and names every file missing, changed or left over', () => {
    expect(writeReference(section, render, ['--check']).drift).toEqual([]);
    writeFileSync(join(referenceRoot, 'nl', section, 'index.md'), '# edited by hand\n');
    writeFileSync(join(referenceRoot, 'fr', section, 'old.md'), '# old\n');
    rmSync(join(referenceRoot, section, 'data.json'));
    const exitCode = process.exitCode;
    expect(writeReference(section, render, ['--check']).drift).toEqual([
      `${section}/data.json: missing`,
      `nl/${section}/index.md: differs from what the generator writes`,
      `fr/${section}/old.md: not written by the generator any more`,
    ]);
    expect(process.exitCode).toBe(1);
    process.exitCode = exitCode;
    expect(readFileSync(join(referenceRoot, 'nl', section, 'index.md'), 'utf8')).toBe('# edited by hand\n');
  });

  it('marks text the contract holds in English only', () => {
    expect(inEnglish('en', 'Statbel')).toBe('Statbel');
    expect(inEnglish('fr', 'Statbel')).toBe('Statbel *(en anglais)*');
    expect(inEnglish('nl', '')).toBe('');
  });
});
