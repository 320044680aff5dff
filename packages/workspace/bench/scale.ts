/**
 * Scale benchmark of `workspace check` (issue 12): a generated workspace of 1,000,000 records across eleven types,
 * with 1 % of the records carrying one broken reference each. Measured in the same run, each in a fresh child
 * process: `opencity validate` on the same NDJSON files (the baseline: schema validation only) and the workspace check
 * (schema validation and the dataset rules). Prints the time ratio, the peak RSS of each, and the defect accounting:
 * every planted defect found exactly once, nothing else found.
 *
 *   npm run bench -w @opencity/workspace                       # 1,000,000 records
 *   npm run bench -w @opencity/workspace -- --records 200000  # smaller
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '2' },
    phase: { type: 'string' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const urn = (type: string, id: string | number) => `urn:ngsi-ld:${type}:${id}`;
const text = (en: string) => ({ en, fr: en, nl: en });

/** Share of each type in the workspace (observations are the bulk, as in a real office's data). */
const mix: readonly (readonly [type: string, share: number])[] = [
  ['Organisation', 0.002],
  ['Theme', 0.00001],
  ['Stakeholder', 0.05],
  ['GovernanceBoard', 0.0002],
  ['Membership', 0.04],
  ['Meeting', 0.02],
  ['Workshop', 0.005],
  ['Contribution', 0.1],
  ['ProjectFactsheet', 0.002],
  ['JuryEvaluation', 0.02],
  ['Device', 0.001],
];

/** Writes the workspace; returns the planted defects as `file:line` → expected code. */
async function generate(dir: string, total: number): Promise<Map<string, string>> {
  const counts = new Map(mix.map(([t, share]) => [t, Math.max(1, Math.round(total * share))]));
  const observations = total - [...counts.values()].reduce((a, b) => a + b, 0);
  const n = (t: string) => counts.get(t)!;
  const planted = new Map<string, string>();
  // Every 100th record that can carry a reference carries one broken reference: 1 % of those records.
  let referring = 0;
  const broken = (): boolean => ++referring % 100 === 0;

  await mkdir(join(dir, 'entities'), { recursive: true });
  await mkdir(join(dir, 'observations'), { recursive: true });
  await writeFile(
    join(dir, 'opencity.json'),
    JSON.stringify({
      $schema: 'https://w3id.org/opencity/schemas/workspace/WorkspaceManifest/v1/schema.json',
      name: 'Benchmark office (generated)',
      profile: 'brussels',
      languages: ['fr', 'nl', 'en'],
      programme: { start: '2026-01-01', end: '2028-12-31' },
      synthetic: true,
    }),
  );

  async function file(type: string, count: number, make: (i: number, plant: (code: string) => void) => unknown) {
    const path = `${type === 'AirQualityObserved' ? 'observations' : 'entities'}/${type}.ndjson`;
    const stream = createWriteStream(join(dir, path));
    let chunk = '';
    for (let i = 0; i < count; i++) {
      const line = i + 1;
      chunk += `${JSON.stringify(make(i, (code) => planted.set(`${path}:${line}`, code)))}\n`;
      if (chunk.length > 1 << 20) {
        if (!stream.write(chunk)) await once(stream, 'drain');
        chunk = '';
      }
    }
    stream.end(chunk);
    await once(stream, 'finish');
  }
  const ref = (type: string, i: number, plant: (code: string) => void, code = 'reference_not_found'): string => {
    if (broken()) {
      plant(code);
      return urn(type, `missing-${referring}`);
    }
    return urn(type, i % n(type));
  };

  await file('Organisation', n('Organisation'), (i) => ({
    id: urn('Organisation', i),
    type: 'Organisation',
    name: text(`Organisation ${i}`),
    organisationType: 'company',
  }));
  await file('Theme', n('Theme'), (i) => ({
    id: urn('Theme', i),
    type: 'Theme',
    code: `theme-${i}`,
    name: text(`Theme ${i}`),
    order: i + 1,
  }));
  await file('Stakeholder', n('Stakeholder'), (i, plant) => ({
    id: urn('Stakeholder', i),
    type: 'Stakeholder',
    name: `Person ${i}`,
    stakeholderKind: 'individual',
    helixCategory: 'civilSociety',
    refOrganisation: ref('Organisation', i, plant),
  }));
  await file('GovernanceBoard', n('GovernanceBoard'), (i, plant) => ({
    id: urn('GovernanceBoard', i),
    type: 'GovernanceBoard',
    name: text(`Board ${i}`),
    boardType: 'workingGroup',
    mandate: text('Advise'),
    refOrganisation: ref('Organisation', i, plant),
  }));
  // One seat per stakeholder, so that no two seats of one member on one board overlap.
  await file('Membership', n('Membership'), (i, plant) => ({
    id: urn('Membership', i),
    type: 'Membership',
    refGovernanceBoard: urn('GovernanceBoard', i % n('GovernanceBoard')),
    refMember: ref('Stakeholder', i, plant),
    role: 'member',
    startDate: '2026-02-01',
    endDate: '2027-12-31',
  }));
  await file('Meeting', n('Meeting'), (i, plant) => ({
    id: urn('Meeting', i),
    type: 'Meeting',
    meetingType: 'bilateral',
    startDate: '2026-03-05T10:00:00+01:00',
    endDate: '2026-03-05T11:00:00+01:00',
    refParticipant: [ref('Stakeholder', i, plant)],
  }));
  await file('Workshop', n('Workshop'), (i, plant) => ({
    id: urn('Workshop', i),
    type: 'Workshop',
    name: text(`Workshop ${i}`),
    workshopType: 'multidisciplinary',
    refTheme: ref('Theme', i, plant),
    startDate: '2026-04-01T09:00:00+02:00',
  }));
  await file('Contribution', n('Contribution'), (i, plant) => ({
    id: urn('Contribution', i),
    type: 'Contribution',
    text: text(`Idea ${i}`),
    contributionType: 'idea',
    channel: 'workshop',
    dateReceived: '2026-04-02',
    status: 'received',
    refWorkshop: ref('Workshop', i, plant),
  }));
  await file('ProjectFactsheet', n('ProjectFactsheet'), (i, plant) => ({
    id: urn('ProjectFactsheet', i),
    type: 'ProjectFactsheet',
    name: text(`Project ${i}`),
    objectives: ['An objective'],
    refTheme: urn('Theme', i % n('Theme')),
    refOwner: ref('Organisation', i, plant),
    budgetByYear: [{ projectYear: 1, amount: 100000 }],
    duration: 1,
  }));
  await file('JuryEvaluation', n('JuryEvaluation'), (i, plant) => ({
    id: urn('JuryEvaluation', i),
    type: 'JuryEvaluation',
    refJuror: urn('Stakeholder', i % n('Stakeholder')),
    refProjectFactsheet: ref('ProjectFactsheet', i, plant),
    status: 'scored',
    scores: [{ criterion: 'impact', score: 3 }],
  }));
  await file('Device', n('Device'), (i) => ({
    id: urn('Device', i),
    type: 'Device',
    category: ['sensor'],
    controlledProperty: ['airPollution'],
    location: { type: 'Point', coordinates: [4.35, 50.85] },
    address: { nisCode: '21004', addressCountry: 'BE' },
  }));
  const start = Date.UTC(2024, 0, 1);
  await file('AirQualityObserved', observations, (i, plant) => ({
    id: urn('AirQualityObserved', i),
    type: 'AirQualityObserved',
    dateObserved: new Date(start + (i % 8760) * 3_600_000).toISOString().replace('.000Z', 'Z'),
    location: { type: 'Point', coordinates: [4.35, 50.85] },
    pm25: 10 + (i % 17),
    no2: 20 + (i % 23),
    refDevice: ref('Device', i, plant, 'observation_unknown_sensor'),
  }));
  return planted;
}

/** Runs one phase in a child process; returns its time and peak RSS. */
function child(phase: 'validate' | 'check', dir: string): { ms: number; rssMb: number; result: unknown } {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@opencity/source',
      fileURLToPath(import.meta.url),
      '--phase',
      phase,
      '--dir',
      dir,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; rssMb: number; result: unknown };
}

async function phase(name: string, dir: string): Promise<void> {
  const started = performance.now();
  let result: unknown;
  if (name === 'validate') {
    const { validateFiles } = await import('@opencity/interop/node');
    const report = await validateFiles([join(dir, 'entities'), join(dir, 'observations')], { lang: 'en' });
    result = { total: report.summary.total, byCode: report.summary.byCode };
  } else {
    const { checkWorkspace } = await import('../src/node/index');
    const report = await checkWorkspace(dir, { lang: 'en', asOf: new Date('2026-06-01T00:00:00Z') });
    result = {
      total: report.summary.total,
      byCode: report.summary.byCode,
      found: report.records.flatMap((r) =>
        r.findings.map((f) => [`${r.source.file}:${r.source.line ?? r.source.index ?? ''}`, f.code]),
      ),
    };
  }
  const ms = performance.now() - started;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, rssMb, result }));
}

if (values.phase) {
  await phase(values.phase, values.dir!);
} else {
  const total = Number(values.records);
  const runs = Math.max(1, Number(values.runs));
  const dir = await mkdtemp(join(tmpdir(), 'opencity-ws-bench-'));
  console.log(`generating a workspace of ${total.toLocaleString('en')} records in ${dir}…`);
  const planted = await generate(dir, total);
  const validateRuns: { ms: number; rssMb: number }[] = [];
  const checkRuns: { ms: number; rssMb: number; result: unknown }[] = [];
  // Alternate the two so that both see the same machine load.
  for (let r = 0; r < runs; r++) {
    validateRuns.push(child('validate', dir));
    checkRuns.push(child('check', dir));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const v = median(validateRuns.map((x) => x.ms));
  const c = median(checkRuns.map((x) => x.ms));
  const check = checkRuns[0]!.result as { total: number; byCode: Record<string, number>; found: [string, string][] };
  const found = new Map<string, string[]>();
  for (const [where, code] of check.found) found.set(where, [...(found.get(where) ?? []), code]);
  let exactlyOnce = 0;
  const missed: string[] = [];
  for (const [where, code] of planted) {
    const codes = found.get(where) ?? [];
    if (codes.length === 1 && codes[0] === code) exactlyOnce++;
    else missed.push(`${where} (${code}): found ${JSON.stringify(codes)}`);
  }
  const unexpected = [...found].filter(([where]) => !planted.has(where));
  console.log(`
records                     ${check.total.toLocaleString('en')}
opencity validate (median)  ${(v / 1000).toFixed(1)} s   peak RSS ${Math.round(Math.max(...validateRuns.map((x) => x.rssMb)))} MB
workspace check   (median)  ${(c / 1000).toFixed(1)} s   peak RSS ${Math.round(Math.max(...checkRuns.map((x) => x.rssMb)))} MB
ratio check / validate      ${(c / v).toFixed(2)}×   (target ≤ 1.5×; ${runs} run(s) each, alternated)
planted defects             ${planted.size.toLocaleString('en')} (1 % of the ${(planted.size * 100).toLocaleString('en')} records with references)
found exactly once          ${exactlyOnce.toLocaleString('en')}${missed.length ? `   MISSED OR DOUBLED ${missed.length}: ${missed.slice(0, 5).join('; ')}` : ''}
other findings              ${unexpected.length}${unexpected.length ? `: ${JSON.stringify(unexpected.slice(0, 5))}` : ''}
findings by code            ${JSON.stringify(check.byCode)}`);
  if (!values.keep) await rm(dir, { recursive: true, force: true });
  if (missed.length > 0 || unexpected.length > 0) process.exitCode = 1;
}
