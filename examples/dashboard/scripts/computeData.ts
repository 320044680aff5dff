/**
 * Build step of the dashboard: computes the KPI values, the digital index and the scored roadmap from the Brussels
 * profile's synthetic sample (deterministic) and writes them to .generated/dashboard-data.json for the bundle.
 * Run with the source condition so that sibling packages need no pre-build:
 *   tsx --conditions=@opencity/source scripts/computeData.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { buildDashboardData } from '../src/compute/dashboardData';

const started = performance.now();
const data = await buildDashboardData();
const out = new URL('../.generated/dashboard-data.json', import.meta.url);
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, JSON.stringify(data));
console.log(
  `dashboard data: ${data.kpis.length} KPIs × ${data.areas.length} areas × ${data.periods.length} years, ${data.roadmap.ranking.length} projects (${Math.round(performance.now() - started)} ms)`,
);
if (data.missingKpis.length > 0)
  console.log(`  note: catalogue KPIs without inputs in the synthetic sample: ${data.missingKpis.join(', ')}`);
for (const l of data.limitations) console.log(`  note: ${l}`);
