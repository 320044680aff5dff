/**
 * Validation benchmark: four ratios, each against a baseline measured in the same run.
 *   1. `validate()` (precompiled validator, findings, extra checks) vs a bare ajv call of the same schema compiled at
 *      run time with the same options (createAjv + GENERATED_VALIDATOR_OPTIONS, allErrors)          — target ≤ 1.1×
 *   2. the precompiled guard (`isAirQualityObserved`) vs an equivalent hand-written zod 4 schema    — target ≥ 3× faster
 *   3. `opencity validate` NDJSON throughput vs a JSON.parse-only pass over the same file           — target ≥ 0.5×
 *   4. cold start: a process importing the precompiled validators vs one compiling all schemas      — lower is better
 * Run: npm run bench -w @opencity/interop (nx builds @opencity/models and this package first: 3 and 4 use the builds).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { z } from 'zod';
import { getSchema, isAirQualityObserved, listSchemas, validate } from '@opencity/models';
import { createAjv, GENERATED_VALIDATOR_OPTIONS, withoutAnnotations, type JsonSchema } from '@opencity/tooling';

const repo = join(import.meta.dirname, '../../..');
type Validator = ((data: unknown) => boolean) & { errors?: unknown };

// A real payload: the Brussels Arts-Loi example of the contract, plus one with errors.
const payload = {
  id: 'urn:ngsi-ld:AirQualityObserved:41R002-2026-03-02T09',
  type: 'AirQualityObserved',
  dateObserved: '2026-03-02T09:00:00Z',
  location: { type: 'Point', coordinates: [4.3698, 50.8445] },
  address: { addressLocality: 'Bruxelles', addressCountry: 'BE' },
  no2: 41.2,
  pm10: 22.5,
  pm25: 12.1,
  o3: 38,
  temperature: 7.4,
  relativeHumidity: 0.81,
  reliability: 0.9,
  airQualityLevel: 'moderate',
  typeofLocation: 'outdoor',
  refDevice: 'urn:ngsi-ld:Device:41R002',
};
const invalid = { ...payload, pm25: 'high', no2: -3 };

// 1. The same schemas compiled at run time by the generator's own ajv configuration (strict, the contract's formats and
//    vocabulary, annotations stripped as in the generated code), with the full validators' options.
const runtimeAjv = createAjv(
  listSchemas().map((s) => withoutAnnotations(getSchema(s.name)) as JsonSchema),
  { allErrors: true, ...GENERATED_VALIDATOR_OPTIONS },
);
const bareAjv = runtimeAjv.getSchema(getSchema('AirQualityObserved')!['$id'] as string) as unknown as Validator;
const viaValidate = (data: unknown) => validate('AirQualityObserved', data).ok;
if (!bareAjv(payload) || !viaValidate(payload) || !isAirQualityObserved(payload) || bareAjv(invalid))
  throw new Error('validators disagree on the benchmark payloads');
if (viaValidate(invalid) || isAirQualityObserved(invalid))
  throw new Error('validators disagree on the invalid payload');

// 2. A hand-written zod 4 schema of the same entity (EntityBase + AirQualityObserved + GeoJSON Location).
const nonNegative = z.number().min(0);
const entityId = z.string().min(1).max(256).regex(/^\S+$/);
const position = z.array(z.number()).min(2).max(3);
const bbox = z.array(z.number()).min(4).optional();
const location = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Point'), coordinates: position, bbox }),
  z.looseObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2), bbox }),
  z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1), bbox }),
  z.looseObject({ type: z.literal('MultiPoint'), coordinates: z.array(position), bbox }),
  z.looseObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)), bbox }),
  z.looseObject({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(position).min(4)).min(1)),
    bbox,
  }),
]);
const localizedText = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.string().min(1))
  .refine((m) => Object.keys(m).length >= 1);
const localized = z.union([z.string(), localizedText]);
const address = z.looseObject({
  streetAddress: z.string().optional(),
  addressLocality: z.string().optional(),
  addressRegion: z.string().optional(),
  addressCountry: z.string().optional(),
  postalCode: z.string().optional(),
  postOfficeBoxNumber: z.string().optional(),
  streetNr: z.string().optional(),
  district: z.string().optional(),
  streetName: localizedText.optional(),
  municipality: localizedText.optional(),
  houseNumber: z.string().min(1).max(16).optional(),
  boxNumber: z.string().min(1).max(16).optional(),
  nisCode: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional(),
  addressId: z.url().optional(),
});
const pollutants = Object.fromEntries(
  [
    'as',
    'c6h6',
    'cd',
    'co',
    'co2',
    'ni',
    'no',
    'no2',
    'nox',
    'o3',
    'pb',
    'pm1',
    'pm4',
    'pm10',
    'pm25',
    'sh2',
    'so2',
    'tsp',
    'volatileOrganicCompoundsTotal',
    'tpc',
    'pressure',
    'precipitation',
    'windSpeed',
  ].map((k) => [k, nonNegative.optional()]),
);
const airQualityZod = z.looseObject({
  id: entityId,
  type: z.literal('AirQualityObserved'),
  name: localized.optional(),
  alternateName: z.string().optional(),
  description: localized.optional(),
  dataProvider: z.string().optional(),
  source: z.string().optional(),
  owner: z.array(entityId).optional(),
  seeAlso: z.union([z.url(), z.array(z.url()).min(1)]).optional(),
  dateCreated: z.iso.datetime({ offset: true }).optional(),
  dateModified: z.iso.datetime({ offset: true }).optional(),
  location,
  address: address.optional(),
  areaServed: z.string().optional(),
  ...pollutants,
  charge: z.number().optional(),
  coLevel: z.string().optional(),
  airQualityIndex: z.int().min(0).optional(),
  airQualityLevel: z.string().min(2).optional(),
  reliability: z.number().min(0).max(1).optional(),
  temperature: z.number().optional(),
  relativeHumidity: z.number().min(0).max(1).optional(),
  windDirection: z.number().min(-180).max(360).optional(),
  typeofLocation: z.enum(['indoor', 'outdoor']).optional(),
  dateObserved: z.union([
    z.iso.datetime({ offset: true }),
    z.string().regex(/^\d{4}-\d{2}-\d{2}T[^/]+\/\d{4}-\d{2}-\d{2}T[^/]+$/),
  ]),
  refDevice: z.union([entityId, z.array(entityId).min(1)]).optional(),
  refPointOfInterest: entityId.optional(),
  refWeatherObserved: entityId.optional(),
});
if (!airQualityZod.safeParse(payload).success || airQualityZod.safeParse(invalid).success)
  throw new Error('zod schema disagrees on the benchmark payloads');

/** One tinybench round over the validators; returns operations per second per task. */
async function opsPerSecond(): Promise<Record<string, number>> {
  const bench = new Bench({ time: 700, warmupTime: 200 });
  bench
    .add('validate() (valid)', () => validate('AirQualityObserved', payload))
    .add('bare ajv (valid)', () => bareAjv(payload))
    .add('precompiled guard (valid)', () => isAirQualityObserved(payload))
    .add('zod 4 (valid)', () => airQualityZod.safeParse(payload))
    .add('validate() (invalid)', () => validate('AirQualityObserved', invalid))
    .add('bare ajv (invalid)', () => bareAjv(invalid))
    .add('precompiled guard (invalid)', () => isAirQualityObserved(invalid))
    .add('zod 4 (invalid)', () => airQualityZod.safeParse(invalid));
  await bench.run();
  const out: Record<string, number> = {};
  for (const task of bench.tasks) {
    const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
    out[task.name] = result?.throughput?.mean ?? result?.hz ?? Number.NaN;
  }
  for (const [name, hz] of Object.entries(out))
    if (!Number.isFinite(hz) || hz <= 0) throw new Error(`no measurement for ${name}`);
  return out;
}

// 3. NDJSON throughput on a generated export (1% invalid, 0.1% unparseable lines). Both passes run in fresh node
//    processes on the built packages (no TypeScript loader in the hot path), timed inside the process after imports.
const PARSE_ONLY = `
  const { createReadStream } = await import('node:fs');
  const t = performance.now();
  let rest = '', n = 0;
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(process.argv[1], { highWaterMark: 1 << 20 })) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\\n');
    rest = lines.pop();
    for (const line of lines) { if (line === '') continue; try { JSON.parse(line); } catch {} n++; }
  }
  if (rest !== '') n++;
  console.log(JSON.stringify({ ms: performance.now() - t, total: n }));`;
const VALIDATE = `
  const { validateFiles } = await import('@opencity/interop/node');
  const t = performance.now();
  const report = await validateFiles([process.argv[1]]);
  console.log(JSON.stringify({ ms: performance.now() - t, ...report.summary }));`;

function timedProcess(
  script: string,
  file: string,
): { ms: number; total: number; invalid?: number; unparseable?: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], {
    cwd: join(repo, 'packages/interop'),
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function throughput(): { lines: number; mb: number; parseMs: number; validateMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'opencity-bench-'));
  const file = join(dir, 'export.ndjson');
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    const p = { ...payload, id: `urn:ngsi-ld:AirQualityObserved:s${i}`, pm25: (i % 90) + 0.5, no2: (i % 70) + 0.25 };
    lines.push(
      i % 1000 === 999 ? JSON.stringify(p).slice(0, 60) : JSON.stringify(i % 100 === 42 ? { ...p, pm25: 'high' } : p),
    );
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  try {
    const parse: number[] = [];
    const validate: number[] = [];
    for (let run = 0; run < 5; run++) {
      const p = timedProcess(PARSE_ONLY, file);
      const v = timedProcess(VALIDATE, file);
      if (p.total !== 100_000 || v.total !== 100_000 || v.invalid !== 1000 || v.unparseable !== 100)
        throw new Error(`unexpected counts ${JSON.stringify({ p, v })}`);
      parse.push(p.ms);
      validate.push(v.ms);
    }
    return { lines: 100_000, mb: Buffer.byteLength(text) / 1e6, parseMs: median(parse), validateMs: median(validate) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 4. Cold start, in fresh processes: import the precompiled validators (package build) and validate one payload,
//    vs compile every published schema with ajv at run time and validate the same payload.
function coldStart(): { precompiledMs: number; compileMs: number; nodeMs: number; schemas: number } {
  const json = JSON.stringify(payload);
  const precompiledScript = `const m = await import('@opencity/models'); if (!m.validate('AirQualityObserved', ${json}).ok) process.exit(3);`;
  const compileScript = `
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default;
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = 'schemas';
    const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true, inlineRefs: false });
    addFormats(ajv);
    const ids = [];
    for (const group of readdirSync(dir, { withFileTypes: true })) {
      if (!group.isDirectory()) continue;
      for (const f of readdirSync(dir + '/' + group.name)) { const s = JSON.parse(readFileSync(dir + '/' + group.name + '/' + f, 'utf8')); ajv.addSchema(s); ids.push(s.$id); }
    }
    for (const id of ids) ajv.getSchema(id);
    const v = ajv.getSchema(ids.find((id) => id.includes('/AirQualityObserved/')));
    if (!v(${json})) process.exit(3);
    console.log(ids.length);`;
  const run = (script: string) => {
    const t = performance.now();
    // Run inside packages/models so that bare imports resolve to its ajv 8 and its published schema copies.
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: join(repo, 'packages/models'),
      encoding: 'utf8',
    });
    return { ms: performance.now() - t, out };
  };
  const pre: number[] = [];
  const comp: number[] = [];
  const bare: number[] = [];
  let schemas = 0;
  for (let i = 0; i < 5; i++) {
    bare.push(run('').ms);
    pre.push(run(precompiledScript).ms);
    const c = run(compileScript);
    comp.push(c.ms);
    schemas = Number(c.out.trim());
  }
  return { precompiledMs: median(pre), compileMs: median(comp), nodeMs: median(bare), schemas };
}

// The machine is shared: ratios are taken per round (both sides measured back to back) and the median round reported.
const rounds: Record<string, number>[] = [];
for (let i = 0; i < 5; i++) rounds.push(await opsPerSecond());
const medianOf = (f: (r: Record<string, number>) => number) => median(rounds.map(f));
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  'ops/s (median of 5 rounds):',
  Object.fromEntries(Object.keys(rounds[0]!).map((k) => [k, fmt(medianOf((r) => r[k]!))])),
);
// Time ratios: ops/s of the baseline over ops/s of the measured task.
const slowdown = medianOf((r) => r['bare ajv (valid)']! / r['validate() (valid)']!);
const slowdownInvalid = medianOf((r) => r['bare ajv (invalid)']! / r['validate() (invalid)']!);
const vsZod = medianOf((r) => r['precompiled guard (valid)']! / r['zod 4 (valid)']!);
const vsZodInvalid = medianOf((r) => r['precompiled guard (invalid)']! / r['zod 4 (invalid)']!);
const validateVsZod = medianOf((r) => r['validate() (valid)']! / r['zod 4 (valid)']!);
const t = throughput();
const speed = t.parseMs / t.validateMs;
const c = coldStart();
const startup = (c.compileMs - c.nodeMs) / (c.precompiledMs - c.nodeMs);

console.log('\nValidation benchmark (ratios measured in the same run)');
console.log(
  `1. validate() vs a bare ajv call of the same schema and options: validate() takes ${slowdown.toFixed(3)}× the time (valid), ${slowdownInvalid.toFixed(3)}× (invalid, with findings and messages) — target ≤ 1.10×: ${slowdown <= 1.1 ? 'met' : 'missed'}`,
);
console.log(
  `2. precompiled guard vs hand-written zod 4 (AirQualityObserved): ${vsZod.toFixed(2)}× faster (valid), ${vsZodInvalid.toFixed(2)}× (invalid); validate() ${validateVsZod.toFixed(2)}× (valid) — target ≥ 3×: ${vsZod >= 3 ? 'met' : 'missed'}`,
);
console.log(
  `3. NDJSON, ${t.lines.toLocaleString('en')} lines / ${t.mb.toFixed(1)} MB: validate ${t.validateMs.toFixed(0)} ms (${fmt((t.lines / t.validateMs) * 1000)} records/s) vs JSON.parse-only ${t.parseMs.toFixed(0)} ms → ${speed.toFixed(2)}× its speed — target ≥ 0.5×: ${speed >= 0.5 ? 'met' : 'missed'}`,
);
console.log(
  `4. cold start, median of 5 fresh processes (node alone ${c.nodeMs.toFixed(0)} ms): precompiled import + validate ${c.precompiledMs.toFixed(0)} ms vs compiling ${c.schemas} schemas at run time ${c.compileMs.toFixed(0)} ms → ${(c.compileMs / c.precompiledMs).toFixed(1)}× overall, ${startup.toFixed(1)}× beyond node's own start`,
);
