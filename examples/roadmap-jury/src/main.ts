/**
 * `npm start -w @opencity-examples/roadmap-jury [-- <scores.csv> <projects.json>] [--out <dir>]`
 * Publishes the roadmap report from the jury's CSV: out/roadmap-report.md, out/roadmap-report.html, out/roadmap.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { JuryInputError, publishRoadmap, type ProjectFactsheet } from './publish';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'out' } },
});
const here = new URL('..', import.meta.url).pathname;
const [csvPath = join(here, 'data/scores.csv'), projectsPath = join(here, 'data/projects.json')] = positionals;
try {
  const csv = await readFile(resolve(csvPath), 'utf8');
  const projects = JSON.parse(await readFile(resolve(projectsPath), 'utf8')) as ProjectFactsheet[];
  const { markdown, html, roadmap, ranking, result, startYear } = await publishRoadmap(csv, projects);
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'roadmap-report.md'), markdown);
  await writeFile(join(out, 'roadmap-report.html'), html);
  await writeFile(join(out, 'roadmap.json'), `${JSON.stringify(roadmap, null, 2)}\n`);
  console.log(`ranking: ${ranking.ranking.slice(0, 5).join(' > ')} …`);
  console.log(
    `schedule (${result.status}): ${Object.entries(result.starts)
      .map(([id, t]) => `${id}@${startYear + t - 1}`)
      .join(', ')}; not selected: ${result.notSelected.join(', ') || 'none'}`,
  );
  console.log(`wrote ${join(out, 'roadmap-report.md')}, roadmap-report.html and roadmap.json`);
} catch (error) {
  if (error instanceof JuryInputError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`roadmap-jury: ${(error as Error).message}`);
    process.exit(2);
  }
  throw error;
}
