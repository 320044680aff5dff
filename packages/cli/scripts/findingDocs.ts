/**
 * Publishes every finding catalogue OpenCity reports from, in English, French and Dutch: docs/reference/findings/index.md
 * (and fr/, nl/) with each code's severity, title, message and fix in the page's language — the validation catalogue
 * (`@opencity/models` schema findings, `@opencity/interop` reader, NGSI-LD, workspace and AsyncAPI findings), the jury
 * and roadmap catalogue of `@opencity/roadmap` and the participation and governance catalogue of
 * `@opencity/participation` — and findings.json (the validation catalogue as JSON, the target of each validation
 * finding's `docs` link). The anchors are the codes.
 *   tsx --conditions=@opencity/source packages/cli/scripts/findingDocs.ts
 */
import type { FindingDefinition, Lang } from '@opencity/models';
import { exportFindingCatalogue, type FindingSource } from '@opencity/interop';
import { roadmapFindingCatalogue } from '@opencity/roadmap';
import { participationFindingCatalogue } from '@opencity/participation';
import { cell, headingAnchor, pageHeader, publishReference, sharedFileLink, textsIn } from '@opencity/tooling';

const PAGE = 'findings/index.md';
const JSON_FILE = 'findings/findings.json';

/** Every catalogue in the order of the page: what a layer of OpenCity reports, and its definitions. */
type Section = FindingSource | 'roadmap' | 'participation';
const validation = exportFindingCatalogue();
const sections: readonly (readonly [Section, readonly FindingDefinition[]])[] = [
  ...(['reader', 'schema', 'ngsi', 'workspace', 'asyncapi'] as const).map(
    (source) => [source, validation.findings.filter((f) => f.source === source)] as const,
  ),
  ['roadmap', Object.values<FindingDefinition>(roadmapFindingCatalogue)],
  ['participation', Object.values<FindingDefinition>(participationFindingCatalogue)],
];

/**
 * The heading of a code, whose GitHub anchor is the code's link target. Validation codes are bare (each validation
 * finding's `docs` link ends in `#<code>`); the jury and participation catalogues are separate code spaces (both have a
 * `duplicate_id`, for instance), so their headings name the catalogue: `duplicate_id (roadmap)` → `#duplicate_id-roadmap`.
 */
const heading = (section: Section, code: string): string =>
  section === 'roadmap' || section === 'participation' ? `${code} (${section})` : code;

// Every heading is an anchor of the page: two must never coincide.
const seen = new Map<string, Section>();
for (const [section, findings] of sections)
  for (const f of findings) {
    const anchor = headingAnchor(heading(section, f.code));
    if (seen.has(anchor)) throw new Error(`the anchor #${anchor} is in both ${seen.get(anchor)} and ${section}`);
    seen.set(anchor, section);
  }

function page(lang: Lang): string {
  const t = textsIn(lang);
  const lines = [
    ...pageHeader(
      lang,
      PAGE,
      t('findings.title'),
      '`@opencity/models`, `@opencity/interop`, `@opencity/roadmap`, `@opencity/participation`',
    ),
    t('findings.intro', { json: sharedFileLink(PAGE, lang, JSON_FILE) }),
    '',
    t('findings.severities'),
    '',
    t('findings.placeholders'),
    '',
    `## ${t('findings.allCodes')}`,
    '',
    `| ${t('col.code')} | ${t('col.severity')} | ${t('col.title')} |`,
    '|---|---|---|',
    ...sections.flatMap(([section, findings]) =>
      findings.map(
        (f) =>
          `| [\`${f.code}\`](#${headingAnchor(heading(section, f.code))}) | ${t(`severity.${f.severity}`)} | ${cell(f.title[lang])} |`,
      ),
    ),
    '',
  ];
  for (const [section, findings] of sections) {
    lines.push(`## ${t(`findings.source.${section}`)}`, '');
    for (const f of findings)
      lines.push(
        `### ${heading(section, f.code)}`,
        '',
        `**${cell(f.title[lang])}** — ${t('col.severity').toLowerCase()}${t('colon')} **${t(`severity.${f.severity}`)}**`,
        '',
        '| | |',
        '|---|---|',
        `| ${t('col.message')} | ${cell(f.message[lang])} |`,
        `| ${t('col.fix')} | ${cell(f.fix[lang])} |`,
        '',
      );
  }
  return lines.join('\n');
}

// findings.json (the target of each validation finding's `docs` link) is published once, beside the English page.
publishReference(
  'findings',
  `${seen.size} finding codes (${sections.length} catalogues)`,
  (lang) =>
    new Map([
      [PAGE, page(lang)],
      ...(lang === 'en' ? [[JSON_FILE, `${JSON.stringify(validation, null, 2)}\n`] as const] : []),
    ]),
);
