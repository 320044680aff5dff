/**
 * Build step of the dashboard: computes the KPI values, the digital index and the scored roadmap and writes them to
 * .generated/dashboard-data.json for the bundle. The data come from the embedded Brussels synthetic sample
 * (deterministic), or from an office's workspace folder: `--workspace <dir>` or `OPENCITY_WORKSPACE=<dir>` (then the
 * workspace check's findings make the Data quality page). `OPENCITY_DASHBOARD_DATA` writes the data elsewhere (the
 * end-to-end tests build a second dashboard with it). Run with the source condition so that sibling packages need no
 * pre-build (`OPENCITY_AS_OF=YYYY-MM-DD` fixes the day the Participation and Governance pages describe):
 *   tsx --conditions=@opencity/source scripts/computeData.ts [--workspace <dir>]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDashboardData } from '../src/compute/dashboardData';
import { buildDashboardDataFromWorkspace } from '../src/compute/fromWorkspace';

const { values } = parseArgs({ options: { workspace: { type: 'string' } } });
const workspace = values.workspace ?? process.env['OPENCITY_WORKSPACE'];
const started = performance.now();
const data = workspace
  ? await buildDashboardDataFromWorkspace(resolve(process.env['INIT_CWD'] ?? process.cwd(), workspace))
  : await buildDashboardData();
const out =
  process.env['OPENCITY_DASHBOARD_DATA'] ?? new URL('../.generated/dashboard-data.json', import.meta.url).pathname;
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(data));
console.log(
  `dashboard data${workspace ? ` from workspace ${workspace}` : ''}: ${data.kpis.length} KPIs × ${data.areas.length} areas × ${data.periods.length} years, ${data.roadmap.ranking.length} projects (${Math.round(performance.now() - started)} ms)`,
);
if (data.dataQuality) {
  const q = data.dataQuality.summary;
  console.log(
    `  data quality: ${q.total} records, ${q.invalid + q.unparseable} invalid (left out of the computations), ${q.errors} errors, ${q.warnings} warnings`,
  );
}
if (data.participation) {
  const p = data.participation;
  const done = p.programme.filter((i) => i.status === 'done').length;
  console.log(
    `  participation on ${p.asOf}: programme ${done}/${p.programme.length} done, ${p.funnel[0]?.count ?? 0} contributions`,
  );
}
if (data.governance) {
  const g = data.governance;
  console.log(
    `  governance: ${g.boards.length} boards, ${g.decisions.length} decisions, roadmap ${g.approval?.stage ?? 'none'}, ${g.findings.length} findings`,
  );
}
if (data.missingKpis.length > 0) console.log(`  note: catalogue KPIs without inputs: ${data.missingKpis.join(', ')}`);
for (const l of data.limitations) console.log(`  note: ${l.en}`);
