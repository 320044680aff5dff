/** Regenerates data/ from the Brussels profile's synthetic sample: `npm run sample -w @opencity-examples/roadmap-jury`. */
import { writeFile } from 'node:fs/promises';
import { brusselsCriteria, DEFAULT_SEED, juryScoresToCsv, sampleJuryScores, sampleProjects } from '@opencity/brussels';

const projects = sampleProjects({ seed: DEFAULT_SEED });
const scores = sampleJuryScores({
  seed: DEFAULT_SEED,
  criteria: brusselsCriteria().map((c) => c.id),
  projects: projects.map((p) => p.id),
});
await writeFile(new URL('../data/scores.csv', import.meta.url), juryScoresToCsv(scores));
await writeFile(
  new URL('../data/projects.json', import.meta.url),
  `${JSON.stringify(
    projects.map(({ id, title, costKEur, durationYears, fte, dependsOn, dataProvider }) => ({
      id,
      title,
      costKEur,
      durationYears,
      fte,
      dependsOn,
      dataProvider,
    })),
    null,
    2,
  )}\n`,
);
console.log(
  `data/scores.csv: ${scores.length} scores; data/projects.json: ${projects.length} projects (synthetic, seed ${DEFAULT_SEED})`,
);
