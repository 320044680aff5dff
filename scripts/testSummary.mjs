// Sums vitest's JSON reports (reports/vitest.json in every workspace package) into one pass/fail count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Every vitest JSON report of the workspace. */
export function vitestReportFiles() {
  const files = [];
  // The private build-time package (tools/) has tests of its own.
  const tools = join(root, 'tools', 'reports', 'vitest.json');
  if (existsSync(tools)) files.push(tools);
  for (const dir of ['packages', 'examples']) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const file = join(base, name, 'reports', 'vitest.json');
      if (existsSync(file)) files.push(file);
    }
  }
  return files;
}

/** Passed, failed and skipped test counts over every report; an unreadable report counts as one failure. */
export function summarizeVitestReports(files = vitestReportFiles()) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of files) {
    try {
      const report = JSON.parse(readFileSync(file, 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      // A suite that failed to load has no tests of its own: count it, so a broken file cannot pass silently.
      failed += (report.testResults ?? []).filter(
        (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
      ).length;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    } catch {
      failed += 1;
    }
  }
  return { passed, failed, skipped, files: files.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarizeVitestReports();
  console.log(`${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
}
