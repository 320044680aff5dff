import { textIn, type CompleteText, type Lang, type LocalizedText } from '@opencity/models';
import type { DecisionMatrix } from '../core/decisionMatrix';
import type { AggregatedScores } from '../jury/aggregateScores';
import type { JuryAgreement } from '../jury/juryAgreement';
import type { RankResult } from '../rank/types';
import type { RankCorrelation } from '../sensitivity/rankCorrelation';
import type { SmaaResult } from '../sensitivity/smaa';
import { fillText } from '../core/fillText';
import { describeSchedule, describeScheduleReason, type ScheduleTextOptions } from '../schedule/describeScheduleReason';
import type { ScheduleInput, ScheduleResult } from '../schedule/types';

/** Inputs of {@link juryReport}; every section but the ranking is optional. */
export interface JuryReportInput {
  /** Report title. */
  readonly title: string;
  /** The decision matrix that was ranked. */
  readonly matrix: DecisionMatrix;
  /** The ranking. */
  readonly ranking: RankResult;
  /** Jury aggregation (parameters and disputed cells). */
  readonly aggregated?: AggregatedScores;
  /** Kendall's W of the jury. */
  readonly agreement?: JuryAgreement;
  /** Weight stability intervals, in criterion order. */
  readonly stability?: readonly (readonly [number, number])[];
  /** SMAA result. */
  readonly smaa?: SmaaResult;
  /** Rank agreement of other methods with the ranking. */
  readonly methodAgreement?: readonly ({ readonly a: string; readonly b: string } & RankCorrelation)[];
  /** The schedule and its request. */
  readonly schedule?: {
    readonly input: ScheduleInput;
    readonly result: ScheduleResult;
    /** Calendar year of year 1 (default: years written Y1, Y2…). */
    readonly startYear?: number;
    /** How the reasons write amounts (currency, capacity unit). */
    readonly text?: Pick<ScheduleTextOptions, 'currency' | 'capacityUnit'>;
  };
  /** The projects' names (e.g. the ProjectFactsheet entities), shown beside their ids. */
  readonly projects?: readonly { readonly id: string; readonly name?: string | LocalizedText }[];
  /** Language of the report's headings and sentences (default `en`). */
  readonly lang?: Lang;
}

const words = {
  method: { en: 'Method', fr: 'Méthode', nl: 'Methode' },
  ranking: { en: 'Ranking', fr: 'Classement', nl: 'Rangschikking' },
  rankingMethod: {
    en: 'Ranking method: {method} (a {better} score is better).',
    fr: 'Méthode de classement : {method} (un score plus {better} est meilleur).',
    nl: 'Rangschikkingsmethode: {method} (een {better} score is beter).',
  },
  higher: { en: 'higher', fr: 'élevé', nl: 'hogere' },
  lower: { en: 'lower', fr: 'bas', nl: 'lagere' },
  juryAggregation: { en: 'Jury aggregation', fr: 'Agrégation du jury', nl: 'Jury-aggregatie' },
  rank: { en: 'Rank', fr: 'Rang', nl: 'Rang' },
  project: { en: 'Project', fr: 'Projet', nl: 'Project' },
  title: { en: 'Title', fr: 'Titre', nl: 'Titel' },
  score: { en: 'Score', fr: 'Score', nl: 'Score' },
  ties: {
    en: 'Ties (=): equal scores share a rank; tied projects are listed in the input order, with no tie-break: {ties}.',
    fr: 'Ex æquo (=) : des scores égaux partagent un rang ; les projets ex æquo sont listés dans l’ordre d’entrée, sans départage : {ties}.',
    nl: 'Gelijke stand (=): gelijke scores delen een rang; ze staan in de invoervolgorde, zonder beslissing: {ties}.',
  },
  agreement: { en: 'Agreement', fr: 'Accord', nl: 'Overeenstemming' },
  stability: { en: 'Stability', fr: 'Stabilité', nl: 'Stabiliteit' },
  schedule: { en: 'Schedule', fr: 'Planification', nl: 'Planning' },
  criterion: { en: 'Criterion', fr: 'Critère', nl: 'Criterium' },
  weight: { en: 'Weight', fr: 'Poids', nl: 'Gewicht' },
  stableFrom: { en: 'Stable from', fr: 'Stable de', nl: 'Stabiel van' },
  stableTo: { en: 'Stable to', fr: 'Stable jusqu’à', nl: 'Stabiel tot' },
  budgetUse: { en: 'Budget used / available', fr: 'Budget utilisé / disponible', nl: 'Budget gebruikt / beschikbaar' },
  vikorCompromise: {
    en: 'VIKOR compromise set: {set}.',
    fr: 'Ensemble de compromis VIKOR : {set}.',
    nl: 'VIKOR-compromisverzameling: {set}.',
  },
  kendall: {
    en: 'Kendall’s W (tie-corrected) over {jurors} jurors: W = {w}, χ² = {chi}, df = {df}, p = {p}.',
    fr: 'W de Kendall (corrigé des ex æquo) sur {jurors} jurés : W = {w}, χ² = {chi}, ddl = {df}, p = {p}.',
    nl: 'Kendalls W (gecorrigeerd voor gelijke rangen) over {jurors} juryleden: W = {w}, χ² = {chi}, vg = {df}, p = {p}.',
  },
  kendallNone: {
    en: 'Kendall’s W cannot be computed: {jurors} jurors with complete scores.',
    fr: 'Le W de Kendall ne peut pas être calculé : {jurors} jurés aux scores complets.',
    nl: 'Kendalls W kan niet berekend worden: {jurors} juryleden met volledige scores.',
  },
  leftOutOfW: {
    en: 'Left out of W (abstained or missing): {jurors}.',
    fr: 'Écartés du W (abstention ou score manquant) : {jurors}.',
    nl: 'Niet in W (onthouding of ontbrekende score): {jurors}.',
  },
  noDispute: { en: 'No disputed score.', fr: 'Aucun score contesté.', nl: 'Geen betwiste score.' },
  disputed: {
    en: 'Disputed scores (interquartile range above {iqr}): {cells}.',
    fr: 'Scores contestés (écart interquartile supérieur à {iqr}) : {cells}.',
    nl: 'Betwiste scores (interkwartielafstand boven {iqr}): {cells}.',
  },
  stabilityHelp: {
    en: 'Weight stability intervals: the range of each weight (others rescaled proportionally) within which the full weighted-sum ranking is unchanged.',
    fr: 'Intervalles de stabilité des poids : la plage de chaque poids (les autres remis à l’échelle proportionnellement) dans laquelle tout le classement par somme pondérée reste identique.',
    nl: 'Stabiliteitsintervallen van de gewichten: het bereik van elk gewicht (de andere evenredig herschaald) waarbinnen de volledige rangschikking met gewogen som ongewijzigd blijft.',
  },
  smaa: {
    en: 'SMAA-2 with {draws} weight draws uniform on the simplex (seed {seed}, {normalization} normalisation).',
    fr: 'SMAA-2 avec {draws} tirages de poids uniformes sur le simplexe (graine {seed}, normalisation {normalization}).',
    nl: 'SMAA-2 met {draws} gewichtstrekkingen uniform op de simplex (seed {seed}, {normalization}-normalisatie).',
  },
  rankOne: { en: 'P(rank 1)', fr: 'P(rang 1)', nl: 'P(rang 1)' },
  topThree: { en: 'P(top 3)', fr: 'P(3 premiers)', nl: 'P(top 3)' },
  confidence: { en: 'Confidence', fr: 'Confiance', nl: 'Betrouwbaarheid' },
  methods: { en: 'Methods', fr: 'Méthodes', nl: 'Methoden' },
  versus: { en: '{a} vs {b}', fr: '{a} contre {b}', nl: '{a} tegen {b}' },
  capacityUse: {
    en: 'Capacity used / available',
    fr: 'Capacité utilisée / disponible',
    nl: 'Capaciteit gebruikt / beschikbaar',
  },
} as const satisfies Record<string, CompleteText>;

/** A report number: whole numbers as they are, others rounded (weights and scores to 3 or 4 decimals). */
function round(x: number, digits: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(digits)));
}

/** A parameter value for the method list: numbers rounded to 3 decimals, arrays and objects compact. */
function parameter(value: unknown): string {
  if (typeof value === 'number') return round(value, 3);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(parameter).join(', ');
  return JSON.stringify(value);
}

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] };

const fmt = (x: number, digits = 4) => round(x, digits);

function blocks(input: JuryReportInput): Block[] {
  const { matrix, ranking } = input;
  const lang = input.lang ?? 'en';
  const w = (key: keyof typeof words, params: Readonly<Record<string, string>> = {}) =>
    fillText(words[key], lang, params);
  const out: Block[] = [{ kind: 'heading', text: w('method') }];
  const params = Object.entries(ranking.parameters).map(([k, v]) => `${k}: ${parameter(v)}`);
  out.push({
    kind: 'paragraph',
    text: w('rankingMethod', { method: ranking.method, better: w(ranking.details.better) }),
  });
  out.push({ kind: 'list', items: params });
  if (input.aggregated)
    out.push({
      kind: 'paragraph',
      text: `${w('juryAggregation')}: ${Object.entries(input.aggregated.parameters)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    });
  const names = new Map((input.projects ?? []).map((p) => [p.id, textIn(p.name, lang) ?? '']));
  const tied = new Set(ranking.details.ties.flat());
  const ranks = ranking.ranks;

  out.push({ kind: 'heading', text: w('ranking') });
  const order = ranking.ranking.map((id) => matrix.alternatives.indexOf(id));
  const extra =
    ranking.method === 'vikor'
      ? ['S', 'R']
      : ranking.method === 'topsis'
        ? ['d+', 'd−']
        : ranking.method === 'promethee2'
          ? ['φ+', 'φ−']
          : [];
  out.push({
    kind: 'table',
    header: [w('rank'), w('project'), ...(names.size > 0 ? [w('title')] : []), w('score'), ...extra],
    rows: order.map((i, k) => {
      const d = ranking.details;
      const more =
        ranking.method === 'vikor' && 'S' in d
          ? [fmt(d.S[i] as number), fmt(d.R[i] as number)]
          : ranking.method === 'topsis' && 'dPlus' in d
            ? [fmt(d.dPlus[i] as number), fmt(d.dMinus[i] as number)]
            : ranking.method === 'promethee2' && 'positiveFlow' in d
              ? [fmt(d.positiveFlow[i] as number), fmt(d.negativeFlow[i] as number)]
              : [];
      const id = matrix.alternatives[i] as string;
      const r = String(ranks?.[i] ?? k + 1);
      return [
        tied.has(id) ? `=${r}` : r,
        id,
        ...(names.size > 0 ? [names.get(id) ?? ''] : []),
        fmt(ranking.scores[i] as number),
        ...more,
      ];
    }),
  });
  if (ranking.details.ties.length > 0)
    out.push({
      kind: 'paragraph',
      text: w('ties', { ties: ranking.details.ties.map((t) => t.join(' = ')).join('; ') }),
    });
  if (ranking.method === 'vikor' && 'compromiseSet' in ranking.details)
    out.push({ kind: 'paragraph', text: w('vikorCompromise', { set: ranking.details.compromiseSet.join(', ') }) });

  if (input.agreement || input.aggregated) {
    out.push({ kind: 'heading', text: w('agreement') });
    const a = input.agreement;
    if (a) {
      out.push({
        kind: 'paragraph',
        text: a.overall
          ? w('kendall', {
              jurors: String(a.jurors.length),
              w: fmt(a.overall.w),
              chi: fmt(a.overall.chiSquare),
              df: String(a.overall.df),
              p: fmt(a.overall.p),
            })
          : w('kendallNone', { jurors: String(a.jurors.length) }),
      });
      if (a.excluded.length > 0)
        out.push({
          kind: 'paragraph',
          text: w('leftOutOfW', {
            jurors: a.excluded.map((e) => `${e.juror} (${e.projects.join(', ')})`).join('; '),
          }),
        });
      out.push({
        kind: 'table',
        header: [w('criterion'), 'W', 'p'],
        rows: Object.entries(a.byCriterion).map(([c, r]) => [c, r ? fmt(r.w) : 'n/a', r ? fmt(r.p) : 'n/a']),
      });
    }
    const disputed = input.aggregated?.disputed ?? [];
    out.push({
      kind: 'paragraph',
      text:
        disputed.length === 0
          ? w('noDispute')
          : w('disputed', {
              iqr: String(input.aggregated?.parameters.disputeIqr),
              cells: disputed.map((d) => `${d.project} / ${d.criterion} (IQR ${fmt(d.iqr, 2)})`).join('; '),
            }),
    });
  }

  if (input.stability || input.smaa || input.methodAgreement) {
    out.push({ kind: 'heading', text: w('stability') });
    if (input.stability) {
      out.push({
        kind: 'paragraph',
        text: w('stabilityHelp'),
      });
      out.push({
        kind: 'table',
        header: [w('criterion'), w('weight'), w('stableFrom'), w('stableTo')],
        rows: matrix.criteria.map((c, j) => [
          c.id,
          round(ranking.parameters.weights[j] as number, 3),
          round(input.stability![j]![0], 3),
          round(input.stability![j]![1], 3),
        ]),
      });
    }
    if (input.smaa) {
      const s = input.smaa;
      out.push({
        kind: 'paragraph',
        text: w('smaa', {
          draws: String(s.parameters.draws),
          seed: String(s.parameters.seed),
          normalization: s.parameters.normalization,
        }),
      });
      out.push({
        kind: 'table',
        header: [w('project'), w('rankOne'), w('topThree'), w('confidence')],
        rows: order.map((i) => {
          const acc = s.rankAcceptability[i] as number[];
          return [
            matrix.alternatives[i] as string,
            fmt(acc[0] as number, 3),
            fmt(
              acc.slice(0, 3).reduce((x, y) => x + y, 0),
              3,
            ),
            fmt(s.confidence[i] as number, 0),
          ];
        }),
      });
    }
    if (input.methodAgreement) {
      out.push({
        kind: 'table',
        header: [w('methods'), 'Spearman ρ', 'Kendall τ'],
        rows: input.methodAgreement.map((p) => [
          w('versus', { a: p.a, b: p.b }),
          fmt(p.spearman, 3),
          fmt(p.kendallTau, 3),
        ]),
      });
    }
  }

  if (input.schedule) {
    const { input: req, result, startYear, text: units } = input.schedule;
    const label = (t: number) => (startYear === undefined ? `Y${t}` : String(startYear + t - 1));
    out.push({ kind: 'heading', text: w('schedule') });
    const text = {
      ...units,
      ...(startYear === undefined ? {} : { startYear }),
      name: (id: string) => names.get(id) || id,
    };
    out.push({ kind: 'paragraph', text: describeSchedule(result, lang, text) });
    const years = req.years.map((_, t) => label(t + 1));
    const rows = req.projects.map((p) => {
      const s = result.starts[p.id];
      const name = names.get(p.id);
      return [
        name ? `${p.id} — ${name}` : p.id,
        ...req.years.map((_, t) => (s !== undefined && t + 1 >= s && t + 1 <= s + p.duration - 1 ? '█' : '')),
      ];
    });
    rows.push([
      w('budgetUse'),
      ...result.explanation.years.map((y) => `${fmt(y.budgetUsed, 0)} / ${fmt(y.budget, 0)}`),
    ]);
    rows.push([
      w('capacityUse'),
      ...result.explanation.years.map((y) => `${fmt(y.capacityUsed, 2)} / ${fmt(y.capacity, 2)}`),
    ]);
    out.push({ kind: 'table', header: [w('project'), ...years], rows });
    const notSel = result.explanation.projects.filter((p) => !p.selected);
    if (notSel.length > 0)
      out.push({ kind: 'list', items: notSel.map((p) => `${p.id}: ${describeScheduleReason(p.why, lang, text)}`) });
  }
  return out;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The jury report in Markdown and in standalone HTML: method and parameters, ranking, agreement, stability and the schedule as a Gantt-like table.
 * @example
 * const { markdown, html } = juryReport({ title: 'Call 2025', matrix, ranking: rank(matrix, { method: 'wsm' }) });
 */
export function juryReport(input: JuryReportInput): { markdown: string; html: string } {
  const bs = blocks(input);
  const md = [`# ${input.title}`, ''];
  const html = [
    `<!doctype html>`,
    `<html lang="${input.lang ?? 'en'}"><head><meta charset="utf-8"><title>${esc(input.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}</style>',
    '</head><body>',
    `<h1>${esc(input.title)}</h1>`,
  ];
  for (const b of bs) {
    if (b.kind === 'heading') {
      md.push(`## ${b.text}`, '');
      html.push(`<h2>${esc(b.text)}</h2>`);
    } else if (b.kind === 'paragraph') {
      md.push(b.text, '');
      html.push(`<p>${esc(b.text)}</p>`);
    } else if (b.kind === 'list') {
      md.push(...b.items.map((i) => `- ${i}`), '');
      html.push(`<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
    } else {
      md.push(
        `| ${b.header.map(mdCell).join(' | ')} |`,
        `| ${b.header.map(() => '---').join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
        '',
      );
      html.push(
        `<table><thead><tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
      );
    }
  }
  html.push('</body></html>');
  return { markdown: md.join('\n'), html: html.join('\n') };
}
