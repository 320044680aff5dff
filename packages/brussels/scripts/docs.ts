/**
 * Writes docs/reference/brussels/index.md: the profile's municipalities, themes, jury criteria (from the versioned
 * catalogues) and targets, generated from the package itself so the reference never drifts from the code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
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

const out = new URL('../../../docs/reference/brussels/', import.meta.url);
const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|');
const row = (cells: (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;
const lines: string[] = [
  '# Brussels profile reference',
  '',
  '_Generated from `@opencity/brussels` by `npm run docs -w @opencity/brussels`; do not edit._',
  '',
  `## ${region.name.en} (${region.name.fr} / ${region.name.nl}), NIS ${region.nis}`,
  '',
  `Area ${regionAreaKm2} km² (sum of the municipalities). Population: ${Object.values(populationDefinitions)
    .map((d) => `${d.description.en} Source: ${d.source}.`)
    .join(' ')}`,
  '',
  row([
    'NIS',
    'Français',
    'Nederlands',
    'Postcodes',
    'Area (km²)',
    ...(municipalities[0]?.population.map((p) => `Population ${p.date}`) ?? []),
  ]),
  row(['---', '---', '---', '---', '---:', ...(municipalities[0]?.population.map(() => '---:') ?? [])]),
  ...municipalities.map((m) =>
    row([
      m.nis,
      m.name.fr,
      m.name.nl,
      m.postcodes.join(', '),
      m.areaKm2.toFixed(2),
      ...m.population.map((p) => p.value.toLocaleString('en')),
    ]),
  ),
  '',
  '## Themes',
  '',
  row(['Theme', 'FR', 'NL', 'KPI prefix']),
  row(['---', '---', '---', '---']),
  ...themes.map((t) => row([t.label.en, t.label.fr, t.label.nl, `${t.kpiPrefix}-*`])),
  '',
  '## Jury criteria',
  '',
  `Catalogues: ${brusselsCriteriaCatalogues.map((c) => `**${c.name.en}** (\`${c.id}\` ${c.version}; ${c.source})`).join('; ')}.`,
  '',
  row(['Code', 'EN', 'FR', 'NL', 'Default weight', 'Catalogue']),
  row(['---', '---', '---', '---', '---:', '---']),
  ...brusselsCriteria().map((c) => row([`\`${c.id}\``, c.label.en, c.label.fr, c.label.nl, c.weight, c.catalogue])),
  '',
  '## KPI targets',
  '',
  'Illustrative unless the "decided by" column names a published threshold. One target per KPI and year for every area.',
  '',
  row(['KPI', 'Year', 'Target', 'Acceptable', 'Decided by']),
  row(['---', '---', '---:', '---:', '---']),
  ...brusselsTargets
    .filter((t) => ['2019', '2024', '2030'].includes(t.period))
    .map((t) => row([t.kpi, t.period, t.target, t.acceptable ?? '', t.decidedBy ?? ''])),
  '',
];
await mkdir(out, { recursive: true });
await writeFile(new URL('index.md', out), `${lines.join('\n')}`);
console.log(`wrote ${new URL('index.md', out).pathname}`);
