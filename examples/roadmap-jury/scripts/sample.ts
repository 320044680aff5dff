/** Regenerates data/ from the Brussels profile's synthetic sample: `npm run sample -w @opencity-examples/roadmap-jury`. */
import { writeFile } from 'node:fs/promises';
import {
  brusselsCriteria,
  DEFAULT_SEED,
  juryScoresToCsv,
  sampleFactsheets,
  sampleJuryScores,
} from '@opencity/brussels';

const factsheets = sampleFactsheets({ seed: DEFAULT_SEED });
// The score sheet names projects by the local part of their NGSI-LD id (PRJ-BXL-01), as a jury's spreadsheet does.
const scores = sampleJuryScores({
  seed: DEFAULT_SEED,
  criteria: brusselsCriteria().map((c) => c.id),
  projects: factsheets.map((f) => f.id.replace('urn:ngsi-ld:ProjectFactsheet:', '')),
});
await writeFile(new URL('../data/scores.csv', import.meta.url), juryScoresToCsv(scores));
await writeFile(new URL('../data/projects.json', import.meta.url), `${JSON.stringify(factsheets, null, 2)}\n`);
console.log(
  `data/scores.csv: ${scores.length} scores; data/projects.json: ${factsheets.length} ProjectFactsheet entities (synthetic, seed ${DEFAULT_SEED})`,
);
