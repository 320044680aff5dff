import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleFactsheets, sampleParticipation, themeEntities } from '@opencity/brussels';
import type { Lang } from '@opencity/models';
import { writeWorkspace } from '@opencity/workspace/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../__fixtures__/memoryIo';
import { run } from '../main';
import { officeMessages } from './officeWorkspace';

const dir = mkdtempSync(join(tmpdir(), 'opencity-cli-participation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ws = join(dir, 'office');
const sample = sampleParticipation();
// The seven jurors of the sample jury, as the sample workspace holds them (no consent to public listing).
const jurors = Array.from({ length: 7 }, (_, k) => ({
  id: `urn:ngsi-ld:Stakeholder:brussels-synthetic-juror-${k + 1}`,
  type: 'Stakeholder',
  name: `Juror${k + 1} Fictitious`,
  stakeholderKind: 'individual',
  helixCategory: 'public',
}));

beforeAll(async () => {
  await writeWorkspace(ws, {
    manifest: {
      $schema: 'https://w3id.org/opencity/schemas/workspace/WorkspaceManifest/v1/schema.json',
      name: { fr: 'Office test', nl: 'Office test', en: 'Test office' },
      profile: 'brussels',
      languages: ['fr', 'nl', 'en'],
      synthetic: true,
    } as never,
    entities: [
      ...themeEntities(),
      ...sampleFactsheets(),
      ...jurors,
      ...Object.values(sample).flat(),
    ] as unknown as Record<string, unknown>[],
  });
});

const opencity = async (...argv: string[]) => {
  const io = memoryIo(dir);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
};

describe('opencity participation report', () => {
  it('reports on the sample in three languages, with the programme from the Brussels profile', async () => {
    for (const [lang, title, done] of [
      ['en', 'Participation report', 'Done'],
      ['fr', 'Rapport de participation', 'Réalisé'],
      ['nl', 'Participatierapport', 'Gerealiseerd'],
    ] as const) {
      const { code, out, err } = await opencity(
        'participation',
        'report',
        'office',
        '--as-of',
        '2026-12-07',
        '--lang',
        lang,
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain(title);
      expect(out).toContain(done);
    }
  });

  it('writes JSON for other tools, Markdown and HTML', async () => {
    const json = await opencity('participation', 'report', 'office', '--as-of', '2026-12-07', '--format', 'json');
    const data = JSON.parse(json.out) as {
      programme: { summary: Record<string, number> };
      contributions: { total: number };
    };
    expect(data.programme.summary.done).toBe(8);
    expect(data.contributions.total).toBe(sample.contributions.length);
    const md = await opencity(
      'participation',
      'report',
      'office',
      '--as-of',
      '2026-12-07',
      '--format',
      'md',
      '--group-by',
      'channel',
    );
    expect(md.out.startsWith('# Participation report')).toBe(true);
    const html = await opencity(
      'participation',
      'report',
      'office',
      '--as-of',
      '2026-12-07',
      '--format',
      'html',
      '--output',
      'r.html',
    );
    expect(html.out.trim()).toBe('wrote r.html');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<html lang="en">');
  });

  it('says the data are synthetic when the manifest does', async () => {
    const { out } = await opencity('participation', 'report', 'office', '--as-of', '2026-12-07', '--lang', 'fr');
    expect(out).toContain('Données d’exemple synthétiques');
  });

  it('exits 2 with one line for a folder that is not a workspace, a bad date or a bad plan', async () => {
    const missing = await opencity('participation', 'report', 'nowhere');
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const badDate = await opencity('participation', 'report', 'office', '--as-of', '2026-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--as-of must be a date YYYY-MM-DD; got "2026-02-30"');
    writeFileSync(
      join(dir, 'plan.json'),
      JSON.stringify({ id: 'x', name: { en: 'x' }, period: { start: '2026-01-01', end: '2026-12-31' }, items: [] }),
    );
    const badPlan = await opencity('participation', 'report', 'office', '--plan', 'plan.json');
    expect(badPlan.code).toBe(2);
    expect(badPlan.err).toContain('cannot use the plan plan.json: invalid programme plan: items');
  });

  it('leaves out records that do not match their schema, and says so', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(join(broken, 'entities'), { recursive: true });
    writeFileSync(join(broken, 'opencity.json'), readFileSync(join(ws, 'opencity.json')));
    writeFileSync(
      join(broken, 'entities', 'Meeting.ndjson'),
      `${JSON.stringify(sample.meetings[0])}\n${JSON.stringify({ id: 'urn:ngsi-ld:Meeting:x', type: 'Meeting' })}\n`,
    );
    const { code, out, err } = await opencity(
      'participation',
      'report',
      'broken',
      '--as-of',
      '2026-12-07',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(err).toContain('1 record does not match its schema and was left out: run "opencity workspace check broken"');
    expect(JSON.parse(out).events.meetings.bilateral).toBe(1);
  });
});

describe('opencity participation note', () => {
  it.each(['fr', 'nl', 'en'] as const)('writes the ambition note in %s', async (lang: Lang) => {
    const { code, out } = await opencity('participation', 'note', 'office', '--as-of', '2026-12-07', '--lang', lang);
    expect(code).toBe(0);
    expect(out).toContain(
      { fr: 'Note d’ambition 2027–2029', nl: 'Ambitienota 2027–2029', en: 'Ambition note 2027–2029' }[lang],
    );
    for (const j of jurors) expect(out).not.toContain(j.name);
    expect(out).not.toContain('@example.org');
  });
});

describe('opencity governance check', () => {
  it('exits 0 on the sample: four helices, quorate sessions, roadmap approved by the Government and published', async () => {
    const { code, out } = await opencity('governance', 'check', 'office', '--as-of', '2026-12-07', '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { counts: Record<string, number>; approvals: { stage: string }[] };
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(result.approvals.map((a) => a.stage)).toEqual(['published']);
    // Counted as each language counts: French writes zero in the singular.
    const fr = await opencity('governance', 'check', 'office', '--as-of', '2026-12-07', '--lang', 'fr');
    expect(fr.out).toContain('0 erreur, 0 avertissement, 0 remarque.');
    const en = await opencity('governance', 'check', 'office', '--as-of', '2026-12-07', '--lang', 'en');
    expect(en.out).toContain('0 errors, 0 warnings, 0 notes.');
  });

  it('exits 1 and names the record when a member’s term ends the day before a session', async () => {
    const broken = join(dir, 'quorum');
    const seats = sample.memberships.map((m) =>
      m.id.endsWith(':board-cs-1') || m.id.endsWith(':board-cs-2') || m.id.endsWith(':board-cs-3')
        ? { ...m, endDate: '2026-11-30' }
        : m,
    );
    await writeWorkspace(broken, {
      manifest: JSON.parse(readFileSync(join(ws, 'opencity.json'), 'utf8')),
      entities: [
        ...themeEntities(),
        ...sampleFactsheets(),
        ...jurors,
        ...Object.values({ ...sample, memberships: seats }).flat(),
      ] as unknown as Record<string, unknown>[],
    });
    const { code, out } = await opencity('governance', 'check', 'quorum', '--as-of', '2026-12-07');
    expect(code).toBe(1);
    expect(out).toContain('helix_not_represented');
    expect(out).toMatch(/entities\/GovernanceBoard\.ndjson:\d+: \[helix_not_represented\]/);
    const warningsOnly = await opencity(
      'governance',
      'check',
      'office',
      '--as-of',
      '2026-12-07',
      '--fail-on',
      'warning',
    );
    expect(warningsOnly.code).toBe(0);
  });

  it('has its messages in every language', () => {
    for (const lang of ['fr', 'nl'] as const)
      expect(Object.keys(officeMessages[lang]).sort()).toEqual(Object.keys(officeMessages.en).sort());
  });
});
