/**
 * Writes the Brussels profile reference in English, French and Dutch (docs/reference/brussels/index.md and
 * docs/reference/{fr,nl}/brussels/index.md): the profile's municipalities, themes, jury criteria (from the versioned
 * catalogues) and targets, generated from the package itself so the reference never drifts from the code. Sources and
 * decisions the profile records in English only are marked as such.
 */
import type { Lang } from '@opencity/models';
import { cell, inEnglish, pageHeader, publishReference, textsIn } from '@opencity/tooling';
import {
  brusselsCriteria,
  brusselsCriteriaCatalogues,
  brusselsTargets,
  municipalities,
  populationDefinitions,
  region,
  regionAreaKm2,
  themes,
} from '../src/index';

const PAGE = 'brussels/index.md';
const row = (cells: (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;

function page(lang: Lang): string {
  const t = textsIn(lang);
  const english = (text: string): string => inEnglish(lang, text);
  const number = (value: number, digits = 0): string =>
    value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 3) });
  const dates = municipalities[0]?.population.map((p) => p.date) ?? [];
  // The census day the Belgian way in each language (1 January 2020, 1 janvier 2020, 1 januari 2020).
  const day = new Intl.DateTimeFormat({ en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' }[lang], {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return [
    ...pageHeader(lang, PAGE, t('brussels.title'), '`@opencity/brussels` (`npm run docs -w @opencity/brussels`)'),
    `## ${region.name[lang]} (${lang === 'fr' ? region.name.nl : region.name.fr}), NIS ${region.nis}`,
    '',
    `${t('brussels.area', { area: number(regionAreaKm2, 2) })} ${t('brussels.population')}${t('colon')} ${Object.values(
      populationDefinitions,
    )
      .map((d) => `${d.description[lang]} ${t('col.source')}${t('colon')} ${english(d.source)}.`)
      .join(' ')}`,
    '',
    row([
      'NIS',
      t('brussels.col.municipalityFr'),
      t('brussels.col.municipalityNl'),
      t('brussels.col.postcodes'),
      t('brussels.col.area'),
      ...dates.map((date) => t('brussels.col.populationOn', { date: day.format(Date.parse(date)) })),
    ]),
    row(['---', '---', '---', '---', '---:', ...dates.map(() => '---:')]),
    ...municipalities.map((m) =>
      row([
        m.nis,
        m.name.fr,
        m.name.nl,
        m.postcodes.join(', '),
        number(m.areaKm2, 2),
        ...m.population.map((p) => number(p.value)),
      ]),
    ),
    '',
    `## ${t('brussels.themes')}`,
    '',
    row([t('brussels.col.theme'), t('brussels.col.kpiPrefix')]),
    row(['---', '---']),
    ...themes.map((theme) => row([theme.label[lang], `${theme.kpiPrefix}-*`])),
    '',
    `## ${t('brussels.criteria')}`,
    '',
    `${t('brussels.catalogues')}${t('colon')} ${brusselsCriteriaCatalogues
      .map((c) => `**${c.name[lang]}** (\`${c.id}\` ${c.version}; ${english(c.source)})`)
      .join('; ')}.`,
    '',
    row([t('col.code'), t('brussels.col.criterion'), t('brussels.col.weight'), t('brussels.col.catalogue')]),
    row(['---', '---', '---:', '---']),
    ...brusselsCriteria().map((c) => row([`\`${c.id}\``, c.label[lang], number(c.weight), c.catalogue])),
    '',
    `## ${t('brussels.targets')}`,
    '',
    t('brussels.targetsIntro'),
    '',
    row([
      'KPI',
      t('brussels.col.year'),
      t('brussels.col.target'),
      t('brussels.col.acceptable'),
      t('brussels.col.decidedBy'),
    ]),
    row(['---', '---', '---:', '---:', '---']),
    ...brusselsTargets
      .filter((target) => ['2019', '2024', '2030'].includes(target.period))
      .map((target) =>
        row([
          target.kpi,
          target.period,
          number(target.target),
          target.acceptable === undefined ? '' : number(target.acceptable),
          target.decidedBy ? english(target.decidedBy) : '',
        ]),
      ),
    '',
  ].join('\n');
}

publishReference('brussels', 'the Brussels profile', (lang) => new Map([[PAGE, page(lang)]]));
