/**
 * Generates docs/reference/participation/index.md: the participation and governance finding codes (severity, EN/FR/NL
 * title, message and fix), the programme statuses, the fates of a contribution and the stages of a roadmap's approval,
 * from the same catalogue and messages the library uses.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languages, type Lang } from '@opencity/models';
import { participationFindingCatalogue } from '../src/findings';
import { CONTRIBUTION_FATES } from '../src/contributions/traceContributions';
import { ROADMAP_STAGES } from '../src/approval/roadmapApproval';
import { messages, type MessageKey } from '../src/text/messages';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const outDir = join(repoRoot, 'docs', 'reference', 'participation');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const tri = (key: MessageKey) => languages.map((l: Lang) => cell(messages[key][l])).join(' | ');

const lines: string[] = [
  '# Participation and governance reference',
  '',
  'Generated from `@opencity/participation` (`npm run docs -w @opencity/participation`); never edited by hand.',
  '',
  '## Programme statuses',
  '',
  '`programmeProgress` gives each item of a programme plan one status on the as-of day.',
  '',
  '| Status | FR | NL | EN |',
  '|---|---|---|---|',
  ...(['done', 'on-track', 'late', 'not-started'] as const).map((s) => `| \`${s}\` | ${tri(`status.${s}`)} |`),
  '',
  '- `done`: every condition met (target, per-theme minimum, required helices) on a day up to the as-of day; the',
  '  progress says on which day and whether it was on or before the due date.',
  '- `late`: not done and the as-of day is after the due date (the due day itself is not late).',
  '- `not-started`: nothing counted yet and not yet due.',
  '- `on-track`: some evidence, not yet due (`expectedByNow` says what an even pace would have produced).',
  '',
  '## What became of a contribution',
  '',
  '| Fate | FR | NL | EN |',
  '|---|---|---|---|',
  ...CONTRIBUTION_FATES.map((f) => `| \`${f}\` | ${tri(`fate.${f}`)} |`),
  '',
  'A merged contribution shares the fate of the contribution its merge chain ends at. The response time is the number',
  'of days from reception to the first status after `received` in the status history.',
  '',
  '## Stages of a roadmap’s approval',
  '',
  '| Stage | FR | NL | EN | Decision behind it |',
  '|---|---|---|---|---|',
  ...ROADMAP_STAGES.map(
    (s) =>
      `| \`${s}\` | ${tri(`stage.${s}`)} | ${
        {
          draft: 'none: the Roadmap entity exists',
          selected: 'an approving decision of a board of type `jury` (or `decisionType: selectProjects`)',
          approved: 'an approving decision of a board of type `government` (`decisionType: approveRoadmap` or none)',
          published:
            '`decisionType: publishRoadmap`, on or after the Government’s approval; without that approval it is the error `roadmap_published_without_government_approval`',
        }[s]
      } |`,
  ),
  '',
  '## Finding codes',
  '',
  '| Code | Severity | Title | Message (EN) |',
  '|---|---|---|---|',
  ...Object.values(participationFindingCatalogue).map(
    (d) => `| [\`${d.code}\`](#${d.code}) | ${d.severity} | ${cell(d.title.en)} | ${cell(d.message.en)} |`,
  ),
  '',
];
for (const d of Object.values(participationFindingCatalogue)) {
  lines.push(`### ${d.code}`, '', `Severity: **${d.severity}**.`, '');
  lines.push('| | EN | FR | NL |', '|---|---|---|---|');
  lines.push(`| Title | ${cell(d.title.en)} | ${cell(d.title.fr)} | ${cell(d.title.nl)} |`);
  lines.push(`| Message | ${cell(d.message.en)} | ${cell(d.message.fr)} | ${cell(d.message.nl)} |`);
  lines.push(`| Fix | ${cell(d.fix.en)} | ${cell(d.fix.fr)} | ${cell(d.fix.nl)} |`, '');
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'index.md'), `${lines.join('\n')}\n`);
console.log(
  `wrote the participation reference (${Object.keys(participationFindingCatalogue).length} finding codes) to ${outDir}`,
);
