#!/usr/bin/env node
import { processIo } from './io';
import { run } from './main';
import { guardOutput } from './framework/output';
import { languageOf, word } from './framework/parse';

const argv = process.argv.slice(2);
const lang = languageOf(argv, process.env);
guardOutput(process, lang);
run(argv, processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports every error itself; this is the last resort for a failure outside it: still one line.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`opencity${word(lang, 'colon')} ${word(lang, 'internalError', { message })}\n`);
    process.exitCode = 2;
  },
);
