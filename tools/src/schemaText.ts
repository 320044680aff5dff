/**
 * How the generated reference describes a JSON Schema node in a language: its type (with bounds, format, pattern,
 * enumeration, alternatives), its unit, and its label and description from the contract's annotations. Shared by the
 * schema reference (`@opencity/models`) and the AsyncAPI reference (`@opencity/interop`).
 */
import type { Lang } from '@opencity/models';
// The build-tool entry: the generators import this package before the validators are generated.
import { isUnitCode, unitCodes } from '@opencity/models/internal';
import { docText } from './docsText';
import { inEnglish } from './referenceDocs';

/** A JSON Schema node as the generators read it. */
export type SchemaNode = Record<string, unknown>;

/**
 * A short description of a node's type in `lang`: a constant, "one of" an enumeration, alternatives joined with "or",
 * "array of" its items, or the JSON type with its bounds, format and pattern. `ref` renders a `$ref` (a link to the
 * target's page, a definition's name…).
 * @example
 * schemaTypeText({ type: 'number', minimum: 0 }, 'fr', () => ''); // 'number (≥ 0)'
 */
export function schemaTypeText(node: SchemaNode, lang: Lang, ref: (target: string) => string): string {
  const t = (key: Parameters<typeof docText>[0], params?: Record<string, string>) => docText(key, lang, params);
  if (typeof node['$ref'] === 'string') return ref(node['$ref']);
  if (node['const'] !== undefined) return `\`${JSON.stringify(node['const'])}\``;
  if (Array.isArray(node['enum']))
    return t('type.oneOf', { values: node['enum'].map((v) => `\`${String(v)}\``).join(', ') });
  const alternatives = (node['anyOf'] ?? node['oneOf']) as SchemaNode[] | undefined;
  if (Array.isArray(alternatives)) return alternatives.map((a) => schemaTypeText(a, lang, ref)).join(` ${t('or')} `);
  const type = ([] as unknown[])
    .concat(node['type'] ?? 'any')
    .map(String)
    .join(` ${t('or')} `);
  const items = node['items'] as SchemaNode | undefined;
  const number = (value: unknown) => (typeof value === 'number' ? value.toLocaleString(lang) : String(value));
  const bounds = [
    node['minimum'] !== undefined ? `≥ ${number(node['minimum'])}` : '',
    node['maximum'] !== undefined ? `≤ ${number(node['maximum'])}` : '',
    typeof node['format'] === 'string' ? t('type.format', { format: node['format'] }) : '',
    typeof node['pattern'] === 'string' ? t('type.pattern', { pattern: `\`${node['pattern']}\`` }) : '',
  ].filter(Boolean);
  const base = type === 'array' && items ? t('type.arrayOf', { items: schemaTypeText(items, lang, ref) }) : type;
  return bounds.length ? `${base} (${bounds.join(', ')})` : base;
}

/** A node's unit: the UN/CEFACT code of its `x-unitCode` with the unit's symbol (`µg/m³ (GQ)`), or empty. */
export function schemaUnitText(node: SchemaNode): string {
  const code = node['x-unitCode'];
  if (typeof code !== 'string') return '';
  return `${isUnitCode(code) ? `${unitCodes[code].symbol} ` : ''}(\`${code}\`)`;
}

/** A node's label (`x-labels`) in `lang`, or empty. */
export function schemaLabel(node: SchemaNode, lang: Lang): string {
  const labels = node['x-labels'] as Partial<Record<Lang, string>> | undefined;
  return labels?.[lang] ?? '';
}

/**
 * A node's description in `lang`: `description` in English, `x-descriptions` in French and Dutch; where the contract
 * has none in that language, the English one marked as such.
 */
export function schemaDescription(node: SchemaNode, lang: Lang): string {
  const english = typeof node['description'] === 'string' ? node['description'] : '';
  if (lang === 'en') return english;
  const translated = (node['x-descriptions'] as Partial<Record<Lang, string>> | undefined)?.[lang];
  return translated ?? inEnglish(lang, english);
}
