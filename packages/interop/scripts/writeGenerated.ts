/** How the interop generators write a generated file, or with `--check` report it out of date (exit code 1). */
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes `text` to `file`, or with `--check` in the arguments compares them and sets exit code 1 on drift. */
export function writeGenerated(file: string, text: string, generator: string, argv = process.argv): void {
  if (!argv.includes('--check')) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing file: reported as drift below
  }
  if (current !== text) {
    console.error(`${file} is out of date: run npx tsx --conditions=@opencity/source ${generator}`);
    process.exitCode = 1;
  }
}
