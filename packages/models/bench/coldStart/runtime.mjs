// Cold-start child (b), the baseline: a fresh Node process builds an Ajv2020 instance the way
// tools/src/createAjv.ts (@opencity/tooling) does (strict, allErrors, discriminator, ajv-formats, the OpenCity annotation
// keywords), adds every published schema file (packages/models/schemas/**.json), compiles the schema of the payload's
// type at run time and validates the first payload. With "all", it compiles every schema before validating.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [typeName, payloadFile, schemasDir, keywordsJson, mode = 'one'] = process.argv.slice(2);
const payload = JSON.parse(readFileSync(payloadFile, 'utf8'));
const annotationKeywords = JSON.parse(keywordsJson);
const t0 = performance.now();
const { Ajv2020 } = await import('ajv/dist/2020.js');
const addFormatsModule = await import('ajv-formats');
const addFormats = addFormatsModule.default.default ?? addFormatsModule.default;
const index = JSON.parse(readFileSync(join(schemasDir, 'index.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, discriminator: true });
addFormats(ajv);
for (const k of annotationKeywords) ajv.addKeyword({ keyword: k.keyword, metaSchema: k.metaSchema });
for (const entry of index) ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, entry.path), 'utf8')));
if (mode === 'all') for (const entry of index) ajv.getSchema(entry.$id);
const t1 = performance.now();
const target = index.find((e) => e.name === typeName);
if (!target) throw new Error(`no published schema named ${typeName}`);
const validateFn = ajv.getSchema(target.$id);
const valid = validateFn(payload);
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({ valid, setupMs: t1 - t0, firstValidateMs: t2 - t1, sinceProcessStartMs: t2 })}\n`,
);
