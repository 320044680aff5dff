/** Turns ajv errors into findings with sentences a person understands, in English, French or Dutch. */
import type { AjvError } from './compiledValidator';
import { describeValue, jsonTypeOf, valueAtPointer } from './describeValue';
import { createFinding, type Finding } from './findings/finding';
import type { Lang } from './text/lang';
import { schemaFindingCatalogue, type SchemaFindingCode } from './findingCatalogue';
import type { PropertyShape, Shape } from './registryTypes';

type Params = Record<string, string | number | boolean>;

const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: {
    number: 'a number',
    integer: 'an integer',
    string: 'a text string',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    null: 'null',
  },
  fr: {
    number: 'un nombre',
    integer: 'un entier',
    string: 'un texte',
    boolean: 'true ou false',
    object: 'un objet',
    array: 'un tableau',
    null: 'null',
  },
  nl: {
    number: 'een getal',
    integer: 'een geheel getal',
    string: 'een tekst',
    boolean: 'true of false',
    object: 'een object',
    array: 'een lijst',
    null: 'null',
  },
};
const OR: Record<Lang, string> = { en: ' or ', fr: ' ou ', nl: ' of ' };
const THE_RECORD: Record<Lang, string> = { en: 'The record', fr: 'L’enregistrement', nl: 'Het record' };
const COMPARISONS: Record<Lang, Record<string, string>> = {
  en: {
    '>=': '≥',
    '<=': '≤',
    '>': '>',
    '<': '<',
    minLength: 'at least',
    maxLength: 'at most',
    minItems: 'at least',
    maxItems: 'at most',
  },
  fr: {
    '>=': '≥',
    '<=': '≤',
    '>': '>',
    '<': '<',
    minLength: 'au moins',
    maxLength: 'au plus',
    minItems: 'au moins',
    maxItems: 'au plus',
  },
  nl: {
    '>=': '≥',
    '<=': '≤',
    '>': '>',
    '<': '<',
    minLength: 'minstens',
    maxLength: 'hoogstens',
    minItems: 'minstens',
    maxItems: 'hoogstens',
  },
};
const LENGTH_UNITS: Record<Lang, { chars: string; items: string }> = {
  en: { chars: 'characters', items: 'items' },
  fr: { chars: 'caractères', items: 'éléments' },
  nl: { chars: 'tekens', items: 'elementen' },
};

/** A readable name for the value at a JSON Pointer: `pm25`, `location/coordinates`, or "The record" for the root. */
export function propertyLabel(pointer: string, lang: Lang): string {
  return pointer === '' ? THE_RECORD[lang] : pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The declared property shape at a JSON Pointer, walking objects and array items. */
export function shapeAt(root: Shape | undefined, pointer: string): PropertyShape | undefined {
  if (!root || pointer === '') return undefined;
  let shape: Shape | undefined = root;
  let prop: PropertyShape | undefined;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (prop?.items && /^\d+$/.test(key)) {
      shape = prop.items;
      prop = undefined;
      continue;
    }
    if (prop) shape = prop.object;
    if (!shape || !Object.hasOwn(shape.properties, key)) return undefined;
    prop = shape.properties[key];
  }
  return prop;
}

function expectedText(types: string[], prop: PropertyShape | undefined, lang: Lang): string {
  const words = types.map((t) => TYPE_WORDS[lang][t] ?? t).join(OR[lang]);
  const bounds: string[] = [];
  if (prop?.minimum !== undefined) bounds.push(`≥ ${prop.minimum}`);
  if (prop?.exclusiveMinimum !== undefined) bounds.push(`> ${prop.exclusiveMinimum}`);
  if (prop?.maximum !== undefined) bounds.push(`≤ ${prop.maximum}`);
  if (prop?.exclusiveMaximum !== undefined) bounds.push(`< ${prop.exclusiveMaximum}`);
  return bounds.length && types.some((t) => t === 'number' || t === 'integer') ? `${words} ${bounds.join(' ')}` : words;
}

function makeFinding(
  code: SchemaFindingCode,
  error: AjvError,
  instancePath: string,
  params: Params,
  lang: Lang,
): Finding {
  return createFinding(schemaFindingCatalogue, code, lang, {
    instancePath,
    params,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
  });
}

/** Converts one ajv error into a finding; `data` is the validated payload and `shape` its type's shape. */
export function findingFromAjvError(
  error: AjvError,
  data: unknown,
  shape: Shape | undefined,
  lang: Lang,
  root: { variants?: readonly string[] | undefined; forms?: readonly string[] | undefined } = {},
): Finding {
  const path = error.instancePath;
  const value = valueAtPointer(data, path);
  const property = propertyLabel(path, lang);
  const got = describeValue(value);
  const p = error.params;
  switch (error.keyword) {
    case 'type': {
      const types = String(p['type']).split(',');
      return makeFinding(
        'invalid_type',
        error,
        path,
        { property, expected: expectedText(types, shapeAt(shape, path), lang), got, gotType: jsonTypeOf(value) },
        lang,
      );
    }
    case 'required': {
      const missing = String(p['missingProperty']);
      return makeFinding(
        'missing_required_property',
        error,
        `${path}/${missing}`,
        { parent: path === '' ? THE_RECORD[lang] : property, missing },
        lang,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return makeFinding(
        'value_out_of_range',
        error,
        path,
        {
          property,
          comparison: COMPARISONS[lang][String(p['comparison'])] ?? String(p['comparison']),
          limit: Number(p['limit']),
          got,
        },
        lang,
      );
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[] | undefined) ?? [];
      return makeFinding(
        'invalid_enum_value',
        error,
        path,
        { property, allowed: allowed.map((v) => describeValue(v)).join(', '), got },
        lang,
      );
    }
    case 'const':
      return makeFinding(
        'const_mismatch',
        error,
        path,
        { property, expected: describeValue(p['allowedValue']), got },
        lang,
      );
    case 'format':
      return makeFinding('invalid_format', error, path, { property, format: String(p['format']), got }, lang);
    case 'pattern':
      return makeFinding('pattern_mismatch', error, path, { property, pattern: String(p['pattern']), got }, lang);
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems': {
      const chars = error.keyword.endsWith('Length');
      const size = Array.isArray(value) ? value.length : typeof value === 'string' ? [...value].length : 0;
      return makeFinding(
        'invalid_length',
        error,
        path,
        {
          property,
          comparison: COMPARISONS[lang][error.keyword]!,
          limit: Number(p['limit']),
          unit: LENGTH_UNITS[lang][chars ? 'chars' : 'items'],
          got: size,
        },
        lang,
      );
    }
    case 'uniqueItems':
      return makeFinding(
        'duplicate_items',
        error,
        path,
        { property, first: Number(p['j']), second: Number(p['i']) },
        lang,
      );
    case 'additionalProperties': {
      const extra = String(p['additionalProperty']);
      return makeFinding(
        'property_not_allowed',
        error,
        `${path}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        { property: extra, parent: path === '' ? THE_RECORD[lang] : property },
        lang,
      );
    }
    case 'propertyNames':
      return makeFinding(
        'invalid_property_name',
        error,
        path,
        { parent: path === '' ? THE_RECORD[lang] : property, got: describeValue(p['propertyName']) },
        lang,
      );
    case 'minProperties':
      return makeFinding('too_few_properties', error, path, { property, limit: Number(p['limit']) }, lang);
    case 'anyOf':
    case 'oneOf':
      if (error.keyword === 'oneOf' && Array.isArray(p['passingSchemas']))
        return makeFinding('ambiguous_alternative', error, path, { property }, lang);
      return makeFinding(
        'no_matching_alternative',
        error,
        path,
        {
          property,
          forms: alternativesText(path === '' ? { forms: root.forms ?? [] } : shapeAt(shape, path), lang),
          got,
        },
        lang,
      );
    case 'discriminator': {
      const tag = String(p['tag'] ?? 'type');
      const variants = (path === '' ? root.variants : shapeAt(shape, path)?.variants) ?? [];
      return makeFinding(
        'unknown_variant',
        error,
        `${path}/${tag}`,
        {
          property: propertyLabel(`${path}/${tag}`, lang),
          allowed: variants.map((v) => describeValue(v)).join(', '),
          got: describeValue(valueAtPointer(data, `${path}/${tag}`)),
        },
        lang,
      );
    }
    default:
      return makeFinding('schema_violation', error, path, { property, keyword: error.keyword }, lang);
  }
}

function alternativesText(prop: PropertyShape | undefined, lang: Lang): string {
  const types = prop?.forms ?? prop?.valueType?.split('|') ?? [];
  return types.length ? types.map((t) => TYPE_WORDS[lang][t] ?? t).join(OR[lang]) : '…';
}
