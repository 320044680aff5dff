/**
 * `npm start -w @opencity-examples/roadmap-jury [-- <scores.csv> <projects.json>] [--out <dir>]`
 * Publishes the roadmap report from the jury's CSV: out/roadmap-report.md, out/roadmap-report.html, out/roadmap.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishRoadmap } from './publish';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'out' } },
});
const here = new URL('..', import.meta.url).pathname;
const [csvPath = join(here, 'data/scores.csv'), projectsPath = join(here, 'data/projects.json')] = positionals;
const read = async (path: string) => {
  try {
    return await readFile(resolve(path), 'utf8');
  } catch (error) {
    console.error(`roadmap-jury: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    process.exit(2);
  }
};
const csv = await read(csvPath);
let projects: unknown;
try {
  projects = JSON.parse(await read(projectsPath));
} catch (error) {
  console.error(`roadmap-jury: ${projectsPath} is not valid JSON: ${(error as Error).message}`);
  process.exit(2);
}
const published = await publishRoadmap(csv, Array.isArray(projects) ? projects : []);
for (const f of published.findings) console.error(`roadmap-jury: ${f.severity} ${f.code}: ${f.message}`);
if (!published.ok) process.exit(2);
const { scored, markdown, html } = published;
const out = resolve(values.out);
await mkdir(out, { recursive: true });
await writeFile(join(out, 'roadmap-report.md'), markdown);
await writeFile(join(out, 'roadmap-report.html'), html);
await writeFile(join(out, 'roadmap.json'), `${JSON.stringify(scored.roadmap, null, 2)}\n`);
const local = (id: string) => id.replace('urn:ngsi-ld:ProjectFactsheet:', '');
console.log(`ranking: ${scored.ranking.ranking.slice(0, 5).map(local).join(' > ')} …`);
const plan = scored.schedule!;
console.log(
  `schedule (${plan.result.status}): ${Object.entries(plan.result.starts)
    .map(([id, t]) => `${local(id)}@${plan.startYear + t - 1}`)
    .join(', ')}; not selected: ${plan.result.notSelected.map(local).join(', ') || 'none'}`,
);
console.log(`wrote ${join(out, 'roadmap-report.md')}, roadmap-report.html and roadmap.json`);
