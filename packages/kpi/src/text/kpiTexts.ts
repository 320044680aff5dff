/**
 * The sentences the engine writes into a KpiValue — the rules it applied (`provenance.rules`) and why a value could not
 * be computed (`notComputable.message`) — as a catalogue of codes with EN, FR and NL templates. The KpiValue carries
 * the English sentence (the contract's text); {@link readKpiText} recovers the code and parameters from it, and
 * {@link localizeKpiText} writes it in another language with that language's plurals and numbers.
 */
import type { Lang } from '@opencity/models';

/** A template: text with `{name}` placeholders, or plural forms chosen by the number in the `count` parameter. */
export type KpiTextTemplate =
  | string
  | (Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly count: string; readonly other: string });

/** One entry of the catalogue: the templates, and which parameters are numbers or nested sentences. */
export interface KpiTextDefinition {
  /** A rule the engine applied (`provenance.rules`) or a reason there is no value (`notComputable.message`). */
  readonly kind: 'rule' | 'reason';
  /** The sentence in each language. */
  readonly text: Readonly<Record<Lang, KpiTextTemplate>>;
  /** Parameters that are numbers (written the language's way: 62,5 in French and Dutch). */
  readonly numbers?: readonly string[];
  /** Parameters that are themselves rules of the catalogue (localized in turn). */
  readonly nested?: readonly string[];
}

/** Parameters of a sentence. */
export type KpiTextParams = Readonly<Record<string, string | number>>;

const plural = (count: string, one: string, other: string): KpiTextTemplate => ({ count, one, other });

/** The catalogue: every sentence the engine writes, by code. */
export const kpiTexts = {
  // Rules (provenance.rules).
  in_area: {
    kind: 'rule',
    text: { en: '{area}: {rule}', fr: '{area} : {rule}', nl: '{area}: {rule}' },
    nested: ['rule'],
  },
  converted_unit: {
    kind: 'rule',
    text: {
      en: 'converted {input} from {from} to {to}: {value} → {converted}',
      fr: '{input} converti de {from} en {to} : {value} → {converted}',
      nl: '{input} omgerekend van {from} naar {to}: {value} → {converted}',
    },
    numbers: ['value', 'converted'],
  },
  converted_unit_substance: {
    kind: 'rule',
    text: {
      en: 'converted {input} from {from} to {to} ({substance}): {value} → {converted}',
      fr: '{input} converti de {from} en {to} ({substance}) : {value} → {converted}',
      nl: '{input} omgerekend van {from} naar {to} ({substance}): {value} → {converted}',
    },
    numbers: ['value', 'converted'],
  },
  pooled_inputs: {
    kind: 'rule',
    text: {
      en: plural(
        'expected',
        'pooled inputs of {pooled} of {expected} area by summing numerators and denominators (never averaging ratios)',
        'pooled inputs of {pooled} of {expected} areas by summing numerators and denominators (never averaging ratios)',
      ),
      fr: plural(
        'pooled',
        'données de {pooled} territoire sur {expected} mises en commun en additionnant numérateurs et dénominateurs (jamais de moyenne de ratios)',
        'données de {pooled} territoires sur {expected} mises en commun en additionnant numérateurs et dénominateurs (jamais de moyenne de ratios)',
      ),
      nl: 'invoer van {pooled} van de {expected} gebieden samengevoegd door tellers en noemers op te tellen (nooit een gemiddelde van verhoudingen)',
    },
    numbers: ['pooled', 'expected'],
  },
  left_out_incomplete: {
    kind: 'rule',
    text: {
      en: 'left out for incomplete inputs: {areas}',
      fr: 'écartés faute de données complètes : {areas}',
      nl: 'weggelaten wegens onvolledige invoer: {areas}',
    },
  },
  summed_values: {
    kind: 'rule',
    text: {
      en: plural('count', 'summed the values of {count} area', 'summed the values of {count} areas'),
      fr: plural('count', 'somme des valeurs de {count} territoire', 'somme des valeurs de {count} territoires'),
      nl: plural('count', 'som van de waarden van {count} gebied', 'som van de waarden van {count} gebieden'),
    },
    numbers: ['count'],
  },
  weighted_mean: {
    kind: 'rule',
    text: {
      en: plural(
        'count',
        'mean of {count} area value weighted by {weight}',
        'mean of {count} area values weighted by {weight}',
      ),
      fr: plural(
        'count',
        'moyenne de {count} valeur de territoire pondérée par {weight}',
        'moyenne de {count} valeurs de territoires pondérée par {weight}',
      ),
      nl: plural(
        'count',
        'gemiddelde van {count} gebiedswaarde gewogen met {weight}',
        'gemiddelde van {count} gebiedswaarden gewogen met {weight}',
      ),
    },
    numbers: ['count'],
  },
  equal_weights_mean: {
    kind: 'rule',
    text: {
      en: plural(
        'count',
        'mean of {count} area value weighted by equal weights',
        'mean of {count} area values weighted by equal weights',
      ),
      fr: plural(
        'count',
        'moyenne de {count} valeur de territoire à poids égaux',
        'moyenne de {count} valeurs de territoires à poids égaux',
      ),
      nl: plural(
        'count',
        'gemiddelde van {count} gebiedswaarde met gelijke gewichten',
        'gemiddelde van {count} gebiedswaarden met gelijke gewichten',
      ),
    },
    numbers: ['count'],
  },
  valid_day: {
    kind: 'rule',
    text: {
      en: plural(
        'min',
        'a day is valid with ≥ {min} observation ({expected} expected × {share})',
        'a day is valid with ≥ {min} observations ({expected} expected × {share})',
      ),
      fr: plural(
        'min',
        'un jour est valide avec au moins {min} observation ({expected} attendues × {share})',
        'un jour est valide avec au moins {min} observations ({expected} attendues × {share})',
      ),
      nl: plural(
        'min',
        'een dag is geldig met minstens {min} waarneming ({expected} verwacht × {share})',
        'een dag is geldig met minstens {min} waarnemingen ({expected} verwacht × {share})',
      ),
    },
    numbers: ['min', 'expected', 'share'],
  },
  period_valid_days: {
    kind: 'rule',
    text: {
      en: 'the period mean needs ≥ {required} % valid days: {valid} of {days}',
      fr: 'la moyenne de la période exige au moins {required} % de jours valides : {valid} sur {days}',
      nl: 'het gemiddelde van de periode vraagt minstens {required} % geldige dagen: {valid} van de {days}',
    },
    numbers: ['required', 'valid', 'days'],
  },
  exceedance_day: {
    kind: 'rule',
    text: {
      en: 'exceedance day: valid daily mean > {threshold}',
      fr: 'jour de dépassement : moyenne journalière valide > {threshold}',
      nl: 'overschrijdingsdag: geldig daggemiddelde > {threshold}',
    },
    numbers: ['threshold'],
  },
  counted_exceedance_days: {
    kind: 'rule',
    text: {
      en: 'counted valid days with a daily mean > {threshold}',
      fr: 'jours valides comptés dont la moyenne journalière est > {threshold}',
      nl: 'geldige dagen geteld met een daggemiddelde > {threshold}',
    },
    numbers: ['threshold'],
  },
  mean_of_daily_means: {
    kind: 'rule',
    text: {
      en: 'mean of the valid daily means',
      fr: 'moyenne des moyennes journalières valides',
      nl: 'gemiddelde van de geldige daggemiddelden',
    },
  },
  observations_mean: {
    kind: 'rule',
    text: {
      en: 'mean of the observations of {variable} in the period',
      fr: 'moyenne des observations de {variable} sur la période',
      nl: 'gemiddelde van de waarnemingen van {variable} in de periode',
    },
  },
  observations_min: {
    kind: 'rule',
    text: {
      en: 'min of the observations of {variable} in the period',
      fr: 'minimum des observations de {variable} sur la période',
      nl: 'minimum van de waarnemingen van {variable} in de periode',
    },
  },
  observations_max: {
    kind: 'rule',
    text: {
      en: 'max of the observations of {variable} in the period',
      fr: 'maximum des observations de {variable} sur la période',
      nl: 'maximum van de waarnemingen van {variable} in de periode',
    },
  },
  observations_count: {
    kind: 'rule',
    text: {
      en: 'count of the observations of {variable} in the period',
      fr: 'nombre d’observations de {variable} sur la période',
      nl: 'aantal waarnemingen van {variable} in de periode',
    },
  },
  sql_statistic: {
    kind: 'rule',
    text: {
      en: "SQL: {statistic} with the definition's coverage rules",
      fr: 'SQL : {statistic} avec les règles de couverture de la définition',
      nl: 'SQL: {statistic} met de dekkingsregels van de definitie',
    },
  },
  sql_formula: { kind: 'rule', text: { en: 'SQL: {formula}', fr: 'SQL : {formula}', nl: 'SQL: {formula}' } },
  index_reweighted: {
    kind: 'rule',
    text: {
      en: plural(
        'left',
        '{node}: {left} child without data left out; the other weights re-normalised to sum 1',
        '{node}: {left} children without data left out; the other weights re-normalised to sum 1',
      ),
      fr: plural(
        'left',
        '{node} : {left} composante sans données écartée ; les autres poids remis à l’échelle pour sommer à 1',
        '{node} : {left} composantes sans données écartées ; les autres poids remis à l’échelle pour sommer à 1',
      ),
      nl: plural(
        'left',
        '{node}: {left} onderdeel zonder gegevens weggelaten; de andere gewichten herschaald tot som 1',
        '{node}: {left} onderdelen zonder gegevens weggelaten; de andere gewichten herschaald tot som 1',
      ),
    },
    numbers: ['left'],
  },
  index_leaf: {
    kind: 'rule',
    text: {
      en: '{leaf} ({kpi}): {normalisation}',
      fr: '{leaf} ({kpi}) : {normalisation}',
      nl: '{leaf} ({kpi}): {normalisation}',
    },
  },
  index_leaf_score: {
    kind: 'rule',
    text: {
      en: '{leaf} ({kpi}): taken as a 0–100 score',
      fr: '{leaf} ({kpi}) : repris comme score de 0 à 100',
      nl: '{leaf} ({kpi}): overgenomen als score van 0 tot 100',
    },
  },

  // Reasons (notComputable.message).
  input_missing: {
    kind: 'reason',
    text: {
      en: 'input {input} is missing',
      fr: 'la donnée {input} manque',
      nl: 'de invoer {input} ontbreekt',
    },
  },
  input_not_finite: {
    kind: 'reason',
    text: {
      en: 'input {input} is not a finite number',
      fr: 'la donnée {input} n’est pas un nombre fini',
      nl: 'de invoer {input} is geen eindig getal',
    },
  },
  input_not_finite_got: {
    kind: 'reason',
    text: {
      en: 'input {input} is not a finite number ({got})',
      fr: 'la donnée {input} n’est pas un nombre fini ({got})',
      nl: 'de invoer {input} is geen eindig getal ({got})',
    },
  },
  input_unit_mismatch: {
    kind: 'reason',
    text: {
      en: 'input {input} is in {unit}; the definition expects {expected}',
      fr: 'la donnée {input} est en {unit} ; la définition attend {expected}',
      nl: 'de invoer {input} is in {unit}; de definitie verwacht {expected}',
    },
  },
  input_unit_mismatch_code: {
    kind: 'reason',
    text: {
      en: 'input {input} is in {unit}; the definition expects {expected} ({code})',
      fr: 'la donnée {input} est en {unit} ; la définition attend {expected} ({code})',
      nl: 'de invoer {input} is in {unit}; de definitie verwacht {expected} ({code})',
    },
  },
  input_overflow: {
    kind: 'reason',
    text: {
      en: 'input {input} is beyond the range of a double (e.g. a pooled sum that overflowed)',
      fr: 'la donnée {input} dépasse la plage d’un nombre en double précision (par exemple une somme mise en commun trop grande)',
      nl: 'de invoer {input} valt buiten het bereik van een double (bijvoorbeeld een samengevoegde som die overliep)',
    },
  },
  value_not_finite: {
    kind: 'reason',
    text: {
      en: 'the value of {kpi} is not a finite number',
      fr: 'la valeur de {kpi} n’est pas un nombre fini',
      nl: 'de waarde van {kpi} is geen eindig getal',
    },
  },
  result_not_finite: {
    kind: 'reason',
    text: {
      en: 'the result is not a finite number',
      fr: 'le résultat n’est pas un nombre fini',
      nl: 'het resultaat is geen eindig getal',
    },
  },
  expression_not_finite: {
    kind: 'reason',
    text: {
      en: '{expression} is not a finite number',
      fr: '{expression} n’est pas un nombre fini',
      nl: '{expression} is geen eindig getal',
    },
  },
  sqrt_negative: {
    kind: 'reason',
    text: {
      en: 'sqrt of a negative number ({expression})',
      fr: 'racine carrée d’un nombre négatif ({expression})',
      nl: 'vierkantswortel van een negatief getal ({expression})',
    },
  },
  ln_not_positive: {
    kind: 'reason',
    text: {
      en: 'ln of a number ≤ 0 ({expression})',
      fr: 'logarithme d’un nombre ≤ 0 ({expression})',
      nl: 'logaritme van een getal ≤ 0 ({expression})',
    },
  },
  denominator_zero: {
    kind: 'reason',
    text: {
      en: 'denominator {expression} is 0',
      fr: 'le dénominateur {expression} vaut 0',
      nl: 'de noemer {expression} is 0',
    },
  },
  weights_sum_zero: {
    kind: 'reason',
    text: {
      en: 'the weights ({weight}) sum to 0',
      fr: 'la somme des poids ({weight}) est nulle',
      nl: 'de gewichten ({weight}) tellen op tot 0',
    },
  },
  daily_sum_overflow: {
    kind: 'reason',
    text: {
      en: 'the values of {area} on {day} add up beyond the range of a double',
      fr: 'les valeurs de {area} du {day} dépassent, additionnées, la plage d’un nombre en double précision',
      nl: 'de waarden van {area} op {day} tellen op tot buiten het bereik van een double',
    },
  },
  rollup_none: {
    kind: 'reason',
    text: {
      en: '{kpi} has roll-up rule none',
      fr: '{kpi} n’a pas de règle d’agrégation (none)',
      nl: '{kpi} heeft geen aggregatieregel (none)',
    },
  },
  inputs_not_additive: {
    kind: 'reason',
    text: {
      en: 'input(s) {inputs} cannot be added across areas',
      fr: 'données impossibles à additionner entre territoires : {inputs}',
      nl: 'invoer die niet over gebieden opgeteld kan worden: {inputs}',
    },
  },
  areas_with_inputs: {
    kind: 'reason',
    text: {
      en: plural(
        'expected',
        '{present} of {expected} area have every input; {required} % required',
        '{present} of {expected} areas have every input; {required} % required',
      ),
      fr: plural(
        'present',
        '{present} territoire sur {expected} a toutes les données ; {required} % requis',
        '{present} territoires sur {expected} ont toutes les données ; {required} % requis',
      ),
      nl: plural(
        'present',
        '{present} van de {expected} gebieden heeft alle invoer; {required} % vereist',
        '{present} van de {expected} gebieden hebben alle invoer; {required} % vereist',
      ),
    },
    numbers: ['present', 'expected', 'required'],
  },
  areas_with_value: {
    kind: 'reason',
    text: {
      en: plural(
        'expected',
        '{present} of {expected} area have a value; {required} % required',
        '{present} of {expected} areas have a value; {required} % required',
      ),
      fr: plural(
        'present',
        '{present} territoire sur {expected} a une valeur ; {required} % requis',
        '{present} territoires sur {expected} ont une valeur ; {required} % requis',
      ),
      nl: plural(
        'present',
        '{present} van de {expected} gebieden heeft een waarde; {required} % vereist',
        '{present} van de {expected} gebieden hebben een waarde; {required} % vereist',
      ),
    },
    numbers: ['present', 'expected', 'required'],
  },
  areas_with_value_weight: {
    kind: 'reason',
    text: {
      en: plural(
        'expected',
        '{present} of {expected} area have a value and a weight; {required} % required',
        '{present} of {expected} areas have a value and a weight; {required} % required',
      ),
      fr: plural(
        'present',
        '{present} territoire sur {expected} a une valeur et un poids ; {required} % requis',
        '{present} territoires sur {expected} ont une valeur et un poids ; {required} % requis',
      ),
      nl: plural(
        'present',
        '{present} van de {expected} gebieden heeft een waarde en een gewicht; {required} % vereist',
        '{present} van de {expected} gebieden hebben een waarde en een gewicht; {required} % vereist',
      ),
    },
    numbers: ['present', 'expected', 'required'],
  },
  valid_days_in_period: {
    kind: 'reason',
    text: {
      en: plural(
        'valid',
        '{valid} valid day of {days} in {period}; {required} % required',
        '{valid} valid days of {days} in {period}; {required} % required',
      ),
      fr: plural(
        'valid',
        '{valid} jour valide sur {days} en {period} ; {required} % requis',
        '{valid} jours valides sur {days} en {period} ; {required} % requis',
      ),
      nl: plural(
        'valid',
        '{valid} geldige dag van de {days} in {period}; {required} % vereist',
        '{valid} geldige dagen van de {days} in {period}; {required} % vereist',
      ),
    },
    numbers: ['valid', 'days', 'required'],
  },
  no_observation: {
    kind: 'reason',
    text: {
      en: 'no observation of {variable} in {period}',
      fr: 'aucune observation de {variable} en {period}',
      nl: 'geen waarneming van {variable} in {period}',
    },
  },
  component_missing: {
    kind: 'reason',
    text: { en: 'no value of {kpi}', fr: 'pas de valeur pour {kpi}', nl: 'geen waarde voor {kpi}' },
  },
  component_invalid: {
    kind: 'reason',
    text: { en: '{kpi}: {message}', fr: '{kpi} : {message}', nl: '{kpi}: {message}' },
  },
  component_weight_share: {
    kind: 'reason',
    text: {
      en: '{node}: children with data carry {share} % of the weight; {required} % required',
      fr: '{node} : les composantes avec données portent {share} % du poids ; {required} % requis',
      nl: '{node}: de onderdelen met gegevens dragen {share} % van het gewicht; {required} % vereist',
    },
    numbers: ['share', 'required'],
  },
  geometric_mean_negative: {
    kind: 'reason',
    text: {
      en: '{node}: a geometric mean needs scores ≥ 0',
      fr: '{node} : une moyenne géométrique exige des scores ≥ 0',
      nl: '{node}: een meetkundig gemiddelde vraagt scores ≥ 0',
    },
  },
  aggregate_not_finite: {
    kind: 'reason',
    text: {
      en: '{node}: the aggregate is not a finite number',
      fr: '{node} : l’agrégat n’est pas un nombre fini',
      nl: '{node}: het aggregaat is geen eindig getal',
    },
  },
} as const satisfies Record<string, KpiTextDefinition>;

/** A code of the catalogue. */
export type KpiTextCode = keyof typeof kpiTexts;

/** A sentence of the catalogue as data: its code and parameters. */
export interface KpiText {
  readonly code: KpiTextCode;
  readonly params: KpiTextParams;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const locales: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };

function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 6 })));
  return format.format(value);
}

function templateFor(template: KpiTextTemplate, params: KpiTextParams, lang: Lang): string {
  if (typeof template === 'string') return template;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])));
  const n = Number(params[template.count] ?? 0);
  return template[rules.select(n)] ?? template.other;
}

function fill(template: string, values: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values(name) ?? whole);
}

/**
 * The English sentence the engine writes into a KpiValue (numbers as JavaScript writes them, so that the contract's
 * text does not depend on a locale).
 */
export function kpiTextEn(code: KpiTextCode, params: KpiTextParams = {}): string {
  const template = templateFor(kpiTexts[code].text.en, params, 'en');
  return fill(template, (name) => (Object.hasOwn(params, name) ? String(params[name]) : undefined));
}

/**
 * A sentence of the catalogue in a language: plural forms by `Intl.PluralRules`, numbers by `Intl.NumberFormat`
 * (en-GB, fr-BE, nl-BE), nested sentences localized too.
 * @example
 * renderKpiText({ code: 'valid_days_in_period', params: { valid: 200, days: 366, period: '2024', required: 75 } }, 'fr');
 * // '200 jours valides sur 366 en 2024 ; 75 % requis'
 */
export function renderKpiText(text: KpiText, lang: Lang): string {
  const definition: KpiTextDefinition = kpiTexts[text.code];
  const template = templateFor(definition.text[lang], text.params, lang);
  return fill(template, (name) => {
    if (!Object.hasOwn(text.params, name)) return undefined;
    const value = text.params[name]!;
    if (definition.nested?.includes(name)) return localizeKpiText(String(value), lang);
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

interface Matcher {
  readonly code: KpiTextCode;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly literal: number;
}

let matchers: readonly Matcher[] | undefined;

/** Regular expressions for every English form of every code. */
function englishMatchers(): readonly Matcher[] {
  if (matchers) return matchers;
  const list: Matcher[] = [];
  for (const code of Object.keys(kpiTexts) as KpiTextCode[]) {
    const definition: KpiTextDefinition = kpiTexts[code];
    const en = definition.text.en;
    const forms = typeof en === 'string' ? [en] : Object.entries(en).flatMap(([k, v]) => (k === 'count' ? [] : [v]));
    for (const form of forms) {
      const names: string[] = [];
      const source = form
        .split(/(\{\w+\})/)
        .map((part) => {
          const m = /^\{(\w+)\}$/.exec(part);
          if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(m[1]!);
          return definition.numbers?.includes(m[1]!) ? '(-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?)' : '(.+?)';
        })
        .join('');
      list.push({ code, pattern: new RegExp(`^${source}$`, 's'), names, literal: form.replace(/\{\w+\}/g, '').length });
    }
  }
  matchers = list;
  return matchers;
}

/**
 * The code and parameters of an English sentence the engine wrote (a rule or a reason of a KpiValue), or `undefined`
 * for text the catalogue does not hold (a formula such as `unemployed / labourForce × 100`, or text written elsewhere).
 * @example
 * readKpiText('input population is missing'); // { code: 'input_missing', params: { input: 'population' } }
 */
export function readKpiText(text: string): KpiText | undefined {
  // Several templates can fit one sentence ("{area}: {rule}" fits most); the reading whose nested sentences read too
  // wins, then the one with the most fixed text.
  let best: { text: KpiText; score: number } | undefined;
  for (const m of englishMatchers()) {
    const found = m.pattern.exec(text);
    if (!found) continue;
    const definition: KpiTextDefinition = kpiTexts[m.code];
    const params: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
    m.names.forEach((name, i) => {
      const raw = found[i + 1]!;
      params[name] = definition.numbers?.includes(name) ? Number(raw) : raw;
    });
    const nested = definition.nested ?? [];
    if (nested.some((name) => kpiTexts[readKpiText(String(params[name]))?.code ?? 'input_missing'].kind !== 'rule'))
      continue;
    const score = m.literal + (nested.length > 0 ? 10_000 : 0);
    if (!best || score > best.score) best = { text: { code: m.code, params }, score };
  }
  return best?.text;
}

/**
 * An English rule or reason of a KpiValue in `lang`; text the catalogue does not hold (a formula) is returned as is.
 * @example
 * localizeKpiText('mean of the valid daily means', 'nl'); // 'gemiddelde van de geldige daggemiddelden'
 */
export function localizeKpiText(text: string, lang: Lang): string {
  const read = readKpiText(text);
  return read ? renderKpiText(read, lang) : text;
}
