/**
 * Generates the participation and governance reference in English, French and Dutch
 * (docs/reference/participation/index.md and docs/reference/{fr,nl}/participation/index.md): the programme statuses,
 * the fates of a contribution, the stages of a roadmap's approval and the participation and governance finding codes,
 * from the same catalogue and messages the library uses. Each code links to its entry in the findings reference.
 */
import type { Lang } from '@opencity/models';
import { cell, headingAnchor, pageHeader, publishReference, textsIn } from '@opencity/tooling';
import { participationFindingCatalogue } from '../src/findings';
import { CONTRIBUTION_FATES } from '../src/contributions/traceContributions';
import { ROADMAP_STAGES } from '../src/approval/roadmapApproval';
import { messages } from '../src/text/messages';

const PAGE = 'participation/index.md';
const STATUSES = ['done', 'on-track', 'late', 'not-started'] as const;

function page(lang: Lang): string {
  const t = textsIn(lang);
  return [
    ...pageHeader(
      lang,
      PAGE,
      t('participation.title'),
      '`@opencity/participation` (`npm run docs -w @opencity/participation`)',
    ),
    `## ${t('participation.statuses')}`,
    '',
    t('participation.statusesIntro'),
    '',
    `| ${t('col.status')} | ${t('col.label')} |`,
    '|---|---|',
    ...STATUSES.map((s) => `| \`${s}\` | ${cell(messages[`status.${s}`][lang])} |`),
    '',
    ...STATUSES.map((s) => `- ${t(`participation.status.${s}`)}`),
    '',
    `## ${t('participation.fates')}`,
    '',
    `| ${t('participation.col.fate')} | ${t('col.label')} |`,
    '|---|---|',
    ...CONTRIBUTION_FATES.map((f) => `| \`${f}\` | ${cell(messages[`fate.${f}`][lang])} |`),
    '',
    t('participation.fatesNote'),
    '',
    `## ${t('participation.stages')}`,
    '',
    `| ${t('participation.col.stage')} | ${t('col.label')} | ${t('participation.col.decision')} |`,
    '|---|---|---|',
    ...ROADMAP_STAGES.map(
      (s) => `| \`${s}\` | ${cell(messages[`stage.${s}`][lang])} | ${t(`participation.decision.${s}`)} |`,
    ),
    '',
    `## ${t('participation.codes')}`,
    '',
    t('participation.codesIntro', { findings: '../findings/index.md' }),
    '',
    `| ${t('col.code')} | ${t('col.severity')} | ${t('col.title')} | ${t('col.message')} |`,
    '|---|---|---|---|',
    // The findings reference heads these codes `<code> (participation)`.
    ...Object.values(participationFindingCatalogue).map(
      (d) =>
        `| [\`${d.code}\`](../findings/index.md#${headingAnchor(`${d.code} (participation)`)}) | ${t(`severity.${d.severity}`)} | ${cell(d.title[lang])} | ${cell(d.message[lang])} |`,
    ),
    '',
  ].join('\n');
}

publishReference(
  'participation',
  `${Object.keys(participationFindingCatalogue).length} participation finding codes`,
  (lang) => new Map([[PAGE, page(lang)]]),
);
