import type { CompleteText, Lang } from '@opencity/models';
import { fillText } from '../core/fillText';
import type { ScheduleReason, ScheduleResource, ScheduleResult } from './types';

/** How {@link describeScheduleReason} writes years, amounts and projects. */
export interface ScheduleTextOptions {
  /** Calendar year of year 1: years are written 2026, 2027… (default: "year 1", "année 1", "jaar 1"). */
  readonly startYear?: number;
  /** ISO 4217 currency of budgets and costs (e.g. `EUR`): amounts are written as money, compactly (€1.25m, 1,25 M €). */
  readonly currency?: string;
  /** Unit of capacity in each language (e.g. `{ en: 'FTE', fr: 'ETP', nl: 'VTE' }`; default none). */
  readonly capacityUnit?: CompleteText;
  /** A project's name for an id (default: the id). */
  readonly name?: (id: string) => string | undefined;
}

/** The sentences, by reason code (`displaced` and counted words have a form per plural category). */
const texts = {
  scheduled: { en: 'Scheduled in {years}.', fr: 'Planifié en {years}.', nl: 'Gepland in {years}.' },
  scheduledAfter: {
    en: 'Scheduled in {years}, after {after}.',
    fr: 'Planifié en {years}, après {after}.',
    nl: 'Gepland in {years}, na {after}.',
  },
  beyondHorizon: {
    en: 'Not scheduled: lasting {duration} and starting in {earliest} at the earliest, it cannot finish by the end of the horizon ({last}).',
    fr: 'Non planifié : d’une durée de {duration} et commençant au plus tôt en {earliest}, il ne peut pas finir avant la fin de l’horizon ({last}).',
    nl: 'Niet gepland: met een duur van {duration} en een start ten vroegste in {earliest} kan het niet klaar zijn voor het einde van de horizon ({last}).',
  },
  predecessorNotScheduled: {
    en: 'Not scheduled: it depends on {predecessor}, which is not scheduled.',
    fr: 'Non planifié : il dépend du projet {predecessor}, qui n’est pas planifié.',
    nl: 'Niet gepland: het hangt af van project {predecessor}, dat niet gepland is.',
  },
  predecessorTooLate: {
    en: 'Not scheduled: it depends on {predecessor}, which finishes in {end}, too late for its {duration} to end by {last}.',
    fr: 'Non planifié : il dépend du projet {predecessor}, qui se termine en {end}, trop tard pour que ses {duration} s’achèvent en {last} au plus tard.',
    nl: 'Niet gepland: het hangt af van project {predecessor}, dat pas in {end} klaar is, te laat om met een duur van {duration} klaar te zijn in {last}.',
  },
  exceedsYearLimit: {
    en: 'Not scheduled: in {year} it needs {need}, more than {whole} ({limit}).',
    fr: 'Non planifié : en {year}, il lui faut {need}, plus que {whole} ({limit}).',
    nl: 'Niet gepland: in {year} heeft het {need} nodig, meer dan {whole} ({limit}).',
  },
  displacedOne: {
    en: 'Not scheduled: with its {need} in {year} it would exceed {limitOfYear} by {excess}; the project funded instead ({projects}) adds {percent} {more} value.',
    fr: 'Non planifié : avec ses {need} en {year}, il dépasserait {limitOfYear} de {excess} ; le projet financé à la place ({projects}) apporte {percent} de valeur {more}.',
    nl: 'Niet gepland: met zijn {need} in {year} zou het {limitOfYear} met {excess} overschrijden; het project dat in de plaats gefinancierd wordt ({projects}) levert {percent} {more} waarde op.',
  },
  displacedOther: {
    en: 'Not scheduled: with its {need} in {year} it would exceed {limitOfYear} by {excess}; the {count} projects funded instead ({projects}) add {percent} {more} value.',
    fr: 'Non planifié : avec ses {need} en {year}, il dépasserait {limitOfYear} de {excess} ; les {count} projets financés à la place ({projects}) apportent {percent} de valeur {more}.',
    nl: 'Niet gepland: met zijn {need} in {year} zou het {limitOfYear} met {excess} overschrijden; de {count} projecten die in de plaats gefinancierd worden ({projects}) leveren {percent} {more} waarde op.',
  },
  blockedByMandatory: {
    en: 'Not scheduled: in {year} the mandatory projects leave {left} of {limitOfYear}, and it needs {need}.',
    fr: 'Non planifié : en {year}, les projets obligatoires ne laissent que {left} sur {limitOfYear}, et il lui faut {need}.',
    nl: 'Niet gepland: in {year} laten de verplichte projecten maar {left} van {limitOfYear} over, en het heeft {need} nodig.',
  },
  noValue: {
    en: 'Not scheduled: it adds no value (value {value}).',
    fr: 'Non planifié : il n’apporte aucune valeur (valeur {value}).',
    nl: 'Niet gepland: het levert geen waarde op (waarde {value}).',
  },
  fitsWithinGap: {
    en: 'Not scheduled: it would fit starting in {year}, but the schedule was already proved within {gap} of the best possible.',
    fr: 'Non planifié : il tiendrait en commençant en {year}, mais le planning était déjà prouvé à {gap} près du meilleur possible.',
    nl: 'Niet gepland: het zou passen met een start in {year}, maar de planning was al bewezen binnen {gap} van de best mogelijke.',
  },
  infeasibleMandatory: {
    en: 'Mandatory, but the request is infeasible: the mandatory projects cannot all fit.',
    fr: 'Obligatoire, mais la demande est infaisable : les projets obligatoires ne tiennent pas tous.',
    nl: 'Verplicht, maar de aanvraag is onhaalbaar: de verplichte projecten passen niet allemaal.',
  },
  infeasible: {
    en: 'Not scheduled: the request is infeasible (the mandatory projects cannot all fit).',
    fr: 'Non planifié : la demande est infaisable (les projets obligatoires ne tiennent pas tous).',
    nl: 'Niet gepland: de aanvraag is onhaalbaar (de verplichte projecten passen niet allemaal).',
  },
  // French agrees the noun with the number scheduled (0 and 1 take the singular).
  summaryCountOne: {
    en: '{scheduled} of {total} projects scheduled',
    fr: '{scheduled} projet sur {total} planifié',
    nl: '{scheduled} van de {total} projecten gepland',
  },
  summaryCountOther: {
    en: '{scheduled} of {total} projects scheduled',
    fr: '{scheduled} projets sur {total} planifiés',
    nl: '{scheduled} van de {total} projecten gepland',
  },
  summaryOptimal: {
    en: '{count} over {years}, for a value of {value}; proved within {gap} of the best possible.',
    fr: '{count} sur {years}, pour une valeur de {value} ; prouvé à {gap} près du meilleur possible.',
    nl: '{count} over {years}, voor een waarde van {value}; bewezen binnen {gap} van de best mogelijke.',
  },
  summaryFeasible: {
    en: '{count} over {years}, for a value of {value}; the best found within the {limit} s time limit, within {gap} of the best possible.',
    fr: '{count} sur {years}, pour une valeur de {value} ; le meilleur trouvé dans la limite de {limit} s, à {gap} près du meilleur possible.',
    nl: '{count} over {years}, voor een waarde van {value}; de beste gevonden binnen de tijdslimiet van {limit} s, binnen {gap} van de best mogelijke.',
  },
  summaryNotSelected: {
    en: 'Not selected: {projects}.',
    fr: 'Non retenus : {projects}.',
    nl: 'Niet gekozen: {projects}.',
  },
  summaryBinding: {
    en: 'Fully used: {years}.',
    fr: 'Entièrement utilisés : {years}.',
    nl: 'Volledig gebruikt: {years}.',
  },
  bindingBudget: { en: '{year} (budget)', fr: '{year} (budget)', nl: '{year} (budget)' },
  bindingCapacity: { en: '{year} (capacity)', fr: '{year} (capacité)', nl: '{year} (capaciteit)' },
  bindingBoth: {
    en: '{year} (budget and capacity)',
    fr: '{year} (budget et capacité)',
    nl: '{year} (budget en capaciteit)',
  },
  infeasibleChain: {
    en: 'Infeasible: the mandatory projects ({projects}) and their predecessors cannot be chained within the horizon of {horizon}; no budget increase can fix this.',
    fr: 'Infaisable : les projets obligatoires ({projects}) et leurs prédécesseurs ne peuvent pas s’enchaîner dans l’horizon de {horizon} ; aucune hausse de budget n’y remédie.',
    nl: 'Onhaalbaar: de verplichte projecten ({projects}) en hun voorgangers passen niet na elkaar binnen de horizon van {horizon}; geen budgetverhoging kan dat verhelpen.',
  },
  infeasibleHorizon: {
    en: 'Infeasible: given their duration and earliest start, the mandatory projects {projects} cannot finish within the horizon of {horizon}; no budget increase can fix this.',
    fr: 'Infaisable : vu leur durée et leur début au plus tôt, les projets obligatoires {projects} ne peuvent pas finir dans l’horizon de {horizon} ; aucune hausse de budget n’y remédie.',
    nl: 'Onhaalbaar: door hun duur en vroegste start kunnen de verplichte projecten {projects} niet klaar zijn binnen de horizon van {horizon}; geen budgetverhoging kan dat verhelpen.',
  },
  infeasibleFit: {
    en: 'Infeasible: the mandatory projects ({projects}) cannot all fit.',
    fr: 'Infaisable : les projets obligatoires ({projects}) ne tiennent pas tous.',
    nl: 'Onhaalbaar: de verplichte projecten ({projects}) passen niet allemaal.',
  },
  budgetRelaxation: {
    en: 'The budget binds; the smallest budget increase that fixes it is {total} in total ({byYear}).',
    fr: 'Le budget est limitant ; la plus petite hausse de budget qui y remédie est de {total} au total ({byYear}).',
    nl: 'Het budget is beperkend; de kleinste budgetverhoging die dat verhelpt is in totaal {total} ({byYear}).',
  },
  capacityRelaxation: {
    en: 'Capacity binds; the smallest capacity increase that fixes it is {total} in total ({byYear}).',
    fr: 'La capacité est limitante ; la plus petite hausse de capacité qui y remédie est de {total} au total ({byYear}).',
    nl: 'De capaciteit is beperkend; de kleinste capaciteitsverhoging die dat verhelpt is in totaal {total} ({byYear}).',
  },
  capacityAlternative: {
    en: 'Alternatively, the smallest capacity increase that fixes it is {total} in total ({byYear}).',
    fr: 'Autrement, la plus petite hausse de capacité qui y remédie est de {total} au total ({byYear}).',
    nl: 'Anders is de kleinste capaciteitsverhoging die dat verhelpt in totaal {total} ({byYear}).',
  },
  bothRelaxation: {
    en: 'Both budget and capacity bind: with unlimited capacity, the budget must grow by {total} in total ({byYear}).',
    fr: 'Le budget et la capacité sont limitants : avec une capacité illimitée, le budget doit augmenter de {total} au total ({byYear}).',
    nl: 'Zowel budget als capaciteit zijn beperkend: met onbeperkte capaciteit moet het budget in totaal met {total} stijgen ({byYear}).',
  },
  increaseInYear: { en: '{year}: +{amount}', fr: '{year} : +{amount}', nl: '{year}: +{amount}' },
  horizonOne: { en: 'year {n}', fr: 'l’année {n}', nl: 'jaar {n}' },
  horizonMany: { en: 'years {from}–{to}', fr: 'les années {from}–{to}', nl: 'de jaren {from}–{to}' },
  year: { en: 'year {n}', fr: 'année {n}', nl: 'jaar {n}' },
  years: { en: 'years {from}–{to}', fr: 'années {from}–{to}', nl: 'jaren {from}–{to}' },
  durationOne: { en: '{n} year', fr: '{n} an', nl: '{n} jaar' },
  durationOther: { en: '{n} years', fr: '{n} ans', nl: '{n} jaar' },
  more: { en: 'more', fr: 'en plus', nl: 'meer' },
  less: { en: 'less', fr: 'en moins', nl: 'minder' },
  limitOfYearBudget: { en: 'that year’s budget', fr: 'le budget de cette année', nl: 'het budget van dat jaar' },
  limitOfYearCapacity: {
    en: 'that year’s capacity',
    fr: 'la capacité de cette année',
    nl: 'de capaciteit van dat jaar',
  },
  wholeBudget: {
    en: 'that year’s whole budget',
    fr: 'tout le budget de l’année',
    nl: 'het volledige budget van dat jaar',
  },
  wholeCapacity: {
    en: 'that year’s whole capacity',
    fr: 'toute la capacité de l’année',
    nl: 'de volledige capaciteit van dat jaar',
  },
} as const satisfies Record<string, CompleteText>;

/** Locales of the three languages (Belgian French and Dutch, British English), for numbers, plurals and lists. */
const locales: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };

/** How years, amounts, names and percentages are written in one language: shared by the sentences of schedules. */
function writers(lang: Lang, options: ScheduleTextOptions) {
  const locale = locales[lang];
  const one = (n: number) => new Intl.PluralRules(locale).select(n) === 'one';
  const plain = (x: number, digits = 3) =>
    new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }).format(x);
  const year = (t: number) =>
    options.startYear === undefined
      ? fillText(texts.year, lang, { n: plain(t, 21) })
      : String(options.startYear + t - 1);
  const span = (from: number, to: number) =>
    from === to
      ? year(from)
      : options.startYear === undefined
        ? fillText(texts.years, lang, { from: plain(from, 21), to: plain(to, 21) })
        : `${year(from)}–${year(to)}`;
  const duration = (n: number) => fillText(one(n) ? texts.durationOne : texts.durationOther, lang, { n: plain(n, 21) });
  const amount = (x: number, resource: ScheduleResource) => {
    if (resource === 'budget')
      return new Intl.NumberFormat(locale, {
        ...(options.currency ? { style: 'currency' as const, currency: options.currency } : {}),
        notation: 'compact',
        maximumSignificantDigits: 3,
      }).format(x);
    return options.capacityUnit ? `${plain(x)} ${options.capacityUnit[lang]}` : plain(x);
  };
  const name = (id: string) => options.name?.(id) ?? id;
  const list = (ids: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(ids.map(name));
  const percent = (x: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(x);
  const limitOfYear = (r: ScheduleResource) =>
    fillText(r === 'budget' ? texts.limitOfYearBudget : texts.limitOfYearCapacity, lang);
  return { one, plain, year, span, duration, amount, name, list, percent, limitOfYear };
}

/**
 * One sentence, in English, French or Dutch, saying why a project is in the schedule or left out: the binding
 * constraint and the trade-off with their figures (years, amounts, percentages written the language's way).
 * @example
 * describeScheduleReason(result.explanation.projects[2].why, 'fr', { startYear: 2026, currency: 'EUR' });
 * // 'Non planifié : avec ses 1,2 M € en 2026, il dépasserait le budget de cette année de 300 k € ; les 3 projets
 * //  financés à la place (P4, P7 et P9) apportent 14 % de valeur en plus.'
 */
export function describeScheduleReason(reason: ScheduleReason, lang: Lang, options: ScheduleTextOptions = {}): string {
  const { one, plain, year, span, duration, amount, name, list, percent, limitOfYear } = writers(lang, options);
  switch (reason.code) {
    case 'scheduled':
      return reason.after.length === 0
        ? fillText(texts.scheduled, lang, { years: span(reason.start, reason.end) })
        : fillText(texts.scheduledAfter, lang, { years: span(reason.start, reason.end), after: list(reason.after) });
    case 'beyond_horizon':
      return fillText(texts.beyondHorizon, lang, {
        duration: duration(reason.duration),
        earliest: year(reason.earliestStart),
        last: year(reason.horizon),
      });
    case 'predecessor_not_scheduled':
      return fillText(texts.predecessorNotScheduled, lang, { predecessor: name(reason.predecessor) });
    case 'predecessor_too_late':
      return fillText(texts.predecessorTooLate, lang, {
        predecessor: name(reason.predecessor),
        end: year(reason.predecessorEnd),
        duration: duration(reason.duration),
        last: year(reason.horizon),
      });
    case 'exceeds_year_limit':
      return fillText(texts.exceedsYearLimit, lang, {
        year: year(reason.year),
        need: amount(reason.need, reason.resource),
        whole: fillText(reason.resource === 'budget' ? texts.wholeBudget : texts.wholeCapacity, lang),
        limit: amount(reason.limit, reason.resource),
      });
    case 'displaced': {
      const { overrun } = reason;
      const difference = reason.displacedValue - reason.value;
      return fillText(one(reason.displaced.length) ? texts.displacedOne : texts.displacedOther, lang, {
        need: amount(overrun.need, overrun.resource),
        year: year(overrun.year),
        limitOfYear: limitOfYear(overrun.resource),
        excess: amount(overrun.excess, overrun.resource),
        count: plain(reason.displaced.length, 21),
        projects: list(reason.displaced),
        percent: percent(Math.abs(difference) / reason.value),
        more: fillText(difference >= 0 ? texts.more : texts.less, lang),
      });
    }
    case 'blocked_by_mandatory':
      return fillText(texts.blockedByMandatory, lang, {
        year: year(reason.overrun.year),
        left: amount(reason.overrun.left, reason.overrun.resource),
        limitOfYear: limitOfYear(reason.overrun.resource),
        need: amount(reason.overrun.need, reason.overrun.resource),
      });
    case 'no_value':
      return fillText(texts.noValue, lang, { value: plain(reason.value) });
    case 'fits_within_gap':
      return fillText(texts.fitsWithinGap, lang, { year: year(reason.start), gap: percent(reason.gap) });
    case 'infeasible_request':
      return fillText(reason.mandatory ? texts.infeasibleMandatory : texts.infeasible, lang);
  }
}

/**
 * The summary of a schedule in English, French or Dutch, written from its data: how many projects are scheduled over
 * which years for what value, how close to the best possible the schedule is proved to be (or that the time limit
 * ended the search), the projects left out and the years whose budget or capacity is fully used; for an infeasible
 * request, the mandatory projects and the smallest budget or capacity increase that fixes it (or that none can).
 * `schedule()` writes `explanation.summary` with it, in the language its `lang` option asks for.
 * @example
 * describeSchedule(result, 'nl', { startYear: 2026, currency: 'EUR' });
 * // '4 van de 5 projecten gepland over 2026–2030, voor een waarde van 21,5; bewezen binnen 0 % van de best mogelijke. Niet gekozen: P5. …'
 */
export function describeSchedule(result: ScheduleResult, lang: Lang, options: ScheduleTextOptions = {}): string {
  const { one, plain, year, span, duration, amount, list, percent } = writers(lang, options);
  const { explanation } = result;
  const horizon = explanation.years.length;
  const increases = (byYear: readonly number[], resource: ScheduleResource) =>
    byYear
      .flatMap((x, t) =>
        x > 1e-9 ? [fillText(texts.increaseInYear, lang, { year: year(t + 1), amount: amount(x, resource) })] : [],
      )
      .join(', ');
  const relaxation = (
    key: 'budgetRelaxation' | 'capacityRelaxation' | 'capacityAlternative' | 'bothRelaxation',
    r: { readonly total: number; readonly byYear: readonly number[] },
    resource: ScheduleResource,
  ) => fillText(texts[key], lang, { total: amount(r.total, resource), byYear: increases(r.byYear, resource) });
  if (result.status === 'infeasible') {
    const mandatory = explanation.projects.filter((p) => p.why.code === 'infeasible_request' && p.why.mandatory);
    const projects = list(mandatory.map((p) => p.id));
    const infeasibility = explanation.infeasibility;
    if (infeasibility?.beyondHorizon)
      return fillText(texts.infeasibleHorizon, lang, {
        projects: list(infeasibility.beyondHorizon),
        horizon: duration(horizon),
      });
    if (!infeasibility || infeasibility.binding.some((b) => b === 'horizon' || b === 'precedence'))
      return fillText(texts.infeasibleChain, lang, { projects, horizon: duration(horizon) });
    const sentences = [fillText(texts.infeasibleFit, lang, { projects })];
    const { budgetRelaxation, capacityRelaxation, budgetRelaxationWithUnlimitedCapacity } = infeasibility;
    if (budgetRelaxation) sentences.push(relaxation('budgetRelaxation', budgetRelaxation, 'budget'));
    if (capacityRelaxation)
      sentences.push(
        relaxation(budgetRelaxation ? 'capacityAlternative' : 'capacityRelaxation', capacityRelaxation, 'capacity'),
      );
    if (budgetRelaxationWithUnlimitedCapacity)
      sentences.push(relaxation('bothRelaxation', budgetRelaxationWithUnlimitedCapacity, 'budget'));
    return sentences.join(' ');
  }
  const scheduled = Object.keys(result.starts).length;
  const sentences = [
    fillText(result.status === 'optimal' ? texts.summaryOptimal : texts.summaryFeasible, lang, {
      count: fillText(one(scheduled) ? texts.summaryCountOne : texts.summaryCountOther, lang, {
        scheduled: plain(scheduled, 21),
        total: plain(explanation.projects.length, 21),
      }),
      years:
        options.startYear !== undefined
          ? span(1, Math.max(1, horizon))
          : horizon <= 1
            ? fillText(texts.horizonOne, lang, { n: plain(1, 21) })
            : fillText(texts.horizonMany, lang, { from: plain(1, 21), to: plain(horizon, 21) }),
      value: plain(result.objective, 6),
      gap: percent(Math.max(result.gap, 0)),
      limit: plain(result.parameters.timeLimitSeconds, 21),
    }),
  ];
  if (result.notSelected.length > 0)
    sentences.push(fillText(texts.summaryNotSelected, lang, { projects: list(result.notSelected) }));
  const binding = explanation.years.flatMap((y) =>
    y.binding.length === 0
      ? []
      : [
          fillText(
            y.binding.length === 2
              ? texts.bindingBoth
              : y.binding[0] === 'budget'
                ? texts.bindingBudget
                : texts.bindingCapacity,
            lang,
            { year: year(y.year) },
          ),
        ],
  );
  if (binding.length > 0) sentences.push(fillText(texts.summaryBinding, lang, { years: binding.join(', ') }));
  return sentences.join(' ');
}
