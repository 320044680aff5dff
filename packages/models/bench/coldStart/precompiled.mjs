// Cold-start child (a): a fresh Node process imports the built @opencity/models (dist, precompiled validators) — the
// per-type entry (`type`, default) or the package root (`root`) — and validates the first payload. Prints one JSON
// line with its timings; the parent spawns it many times.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [typeName, payloadFile, entry = 'type'] = process.argv.slice(2);
const payload = JSON.parse(readFileSync(payloadFile, 'utf8'));
const t0 = performance.now();
const validateOne =
  entry === 'root'
    ? (
        (m) => (data) =>
          m.validate(typeName, data)
      )(await import('@opencity/models'))
    : (await import(`@opencity/models/validators/${typeName}`))[`validate${typeName}`];
const t1 = performance.now();
const result = validateOne(payload);
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({ valid: result.ok, setupMs: t1 - t0, firstValidateMs: t2 - t1, sinceProcessStartMs: t2 })}\n`,
);
