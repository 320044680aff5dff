import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const parts = (v: string) => v.split('.').map(Number) as [number, number, number];
const notOlder = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return true;
};

// What vendors copy into their CI must name an exact release, and not one older than the packages in this repository
// (a release that bumps the packages must bump these pins too).
describe('the vendor CI snippet and guides pin the CLI version', () => {
  it.each([
    'examples/vendor-validation/ci/github-actions.yml',
    'docs/guides/vendor-guide.md',
    'docs/guides/adopting.md',
    'README.md',
  ])('%s', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/@opencity\/(cli|interop)(?!@)\s/);
    const pins = [...text.matchAll(/@opencity\/(cli|interop)@([^\s`'"]+)/g)];
    expect(pins.length).toBeGreaterThan(0);
    for (const [, pkg, version] of pins) {
      expect(version, `${pkg}@${version}`).toMatch(/^\d+\.\d+\.\d+$/);
      const current = JSON.parse(read(`packages/${pkg}/package.json`)).version as string;
      expect(notOlder(version!, current), `${pkg}@${version} is older than ${current}`).toBe(true);
    }
  });
});
