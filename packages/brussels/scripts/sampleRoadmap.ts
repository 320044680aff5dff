/**
 * Writes src/sample/sampleRoadmap.json: the default seed's sample roadmap, computed by `computeSampleRoadmap` (the
 * solver is asynchronous; the sample's entity generators are not). A test fails when the file drifts from the
 * computation: run this script and commit the result.
 *
 *   npm run sample:roadmap -w @opencity/brussels
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeSampleRoadmap } from '../src/sample/sampleRoadmap';

const file = fileURLToPath(new URL('../src/sample/sampleRoadmap.json', import.meta.url));
const roadmap = await computeSampleRoadmap();
writeFileSync(file, `${JSON.stringify(roadmap, null, 2)}\n`);
console.log(
  `wrote ${file}: ${roadmap.scheduledProjects.length} projects scheduled, ${roadmap.notSelected?.length ?? 0} left out`,
);
