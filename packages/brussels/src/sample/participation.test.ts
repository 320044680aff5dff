import { validate, type Stakeholder } from '@opencity/models';
import {
  ambitionNote,
  checkGovernance,
  governanceCheckDocument,
  participationKpiInputs,
  participationReport,
  participationReportDocument,
  programmeProgress,
  renderHtml,
  renderMarkdown,
  renderText,
  roadmapApproval,
  traceContributions,
} from '@opencity/participation';
import { describe, expect, it } from 'vitest';
import { brusselsAmbitionProfile, brusselsCompositionRules, brusselsProgrammePlan } from '../participation';
import { themeEntities } from '../themes';
import { DEFAULT_SEED, SYNTHETIC_PROVIDER, syntheticNotice } from './notice';
import { SAMPLE_GOVERNMENT_ID, sampleParticipation } from './participation';
import { sampleFactsheets, sampleProjects } from './projects';
import { computeSampleRoadmap } from './sampleRoadmap';
import storedRoadmap from './sampleRoadmap.json' with { type: 'json' };

const p = sampleParticipation();
const entities = { ...p, factsheets: sampleFactsheets(), themes: themeEntities() };
const TODAY = '2026-12-07';
const day = (s: string) => s.slice(0, 10);

describe('the synthetic participation sample', () => {
  it('is what the mandate describes: 20 bilateral meetings, 4 collaborative and 20 multidisciplinary workshops', () => {
    const bilateral = p.meetings.filter((m) => m.meetingType === 'bilateral');
    expect(bilateral).toHaveLength(20);
    const collaborative = p.workshops.filter((w) => w.workshopType === 'collaborative');
    const multidisciplinary = p.workshops.filter((w) => w.workshopType === 'multidisciplinary');
    expect(collaborative).toHaveLength(4);
    expect(multidisciplinary).toHaveLength(20);
    // Over six months, four per theme across the five themes.
    const days = multidisciplinary.map((w) => day(w.startDate)).sort();
    expect(days[0]! >= '2026-04-01' && days.at(-1)! <= '2026-09-30').toBe(true);
    const perTheme = new Map<string, number>();
    for (const w of multidisciplinary) perTheme.set(w.refTheme, (perTheme.get(w.refTheme) ?? 0) + 1);
    expect([...perTheme.values()]).toEqual([4, 4, 4, 4, 4]);
  });

  it('holds about 300 contributions, each with a status history that starts at its reception and ends at its status', () => {
    expect(p.contributions.length).toBeGreaterThanOrEqual(280);
    expect(p.contributions.length).toBeLessThanOrEqual(320);
    for (const c of p.contributions) {
      const h = c.statusHistory!;
      expect(h[0]).toEqual({ status: 'received', date: c.dateReceived });
      expect(h.at(-1)!.status).toBe(c.status);
      expect(h.map((x) => x.date)).toEqual([...h.map((x) => x.date)].sort());
      expect(h.at(-1)!.date <= TODAY).toBe(true);
    }
    expect(new Set(p.contributions.map((c) => c.channel))).toEqual(
      new Set(['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission']),
    );
  });

  it('validates against the contract, record by record, and says it is synthetic', () => {
    for (const e of Object.values(p).flat() as { type: string; id: string; dataProvider?: string }[]) {
      const r = validate(e.type as never, e);
      expect(r.findings, e.id).toEqual([]);
      expect(e.dataProvider, e.id).toBe(SYNTHETIC_PROVIDER);
    }
  });

  it('is seeded: the same seed gives the same data, another seed other data', async () => {
    expect(sampleParticipation()).toEqual(p);
    const other = sampleParticipation({
      seed: DEFAULT_SEED + 1,
      roadmap: await computeSampleRoadmap({ seed: DEFAULT_SEED + 1 }),
    });
    expect(other.contributions.map((c) => c.dateReceived)).not.toEqual(p.contributions.map((c) => c.dateReceived));
    // Without its roadmap another seed has none, and no decision refers to one.
    const bare = sampleParticipation({ seed: DEFAULT_SEED + 1 });
    expect(bare.roadmaps).toEqual([]);
    expect(bare.decisions.some((d) => d.refRoadmap !== undefined)).toBe(false);
  });

  it('keeps the roadmap the sample’s jury scores and factsheets produce (sampleRoadmap.json = computeSampleRoadmap())', async () => {
    expect(await computeSampleRoadmap()).toEqual(storedRoadmap);
  });
});

describe('the Brussels programme on the sample', () => {
  it('is done, every item on time', () => {
    const progress = programmeProgress(brusselsProgrammePlan, entities, TODAY);
    expect(progress.items.map((i) => [i.id, i.status, i.onTime])).toEqual(
      brusselsProgrammePlan.items.map((i) => [i.id, 'done', true]),
    );
    expect(progress.items.find((i) => i.id === 'bilateral-meetings')!.helices!.missing).toEqual([]);
    expect(progress.items.find((i) => i.id === 'governance-board')!.achieved).toBe(1);
  });

  it('was under way in the spring: meetings and collaborative workshops done, multidisciplinary ones on track', () => {
    const spring = Object.fromEntries(
      programmeProgress(brusselsProgrammePlan, entities, '2026-05-15').items.map((i) => [i.id, i.status]),
    );
    expect(spring).toMatchObject({
      'bilateral-meetings': 'done',
      'collaborative-workshops': 'done',
      'ambition-note': 'done',
      'multidisciplinary-workshops': 'on-track',
      'jury-selection': 'not-started',
    });
  });
});

describe('the sample’s governance and traceability', () => {
  it('has the Governance Board of the four helices, quorate sessions and no finding besides unknown jurors', () => {
    const check = checkGovernance(entities, { asOf: TODAY, rules: brusselsCompositionRules });
    // The jurors are the sample's Stakeholders of the jury scores (added with the workspace's other entities).
    expect(check.findings.filter((f) => f.code !== 'member_unknown')).toEqual([]);
    expect(check.sessions.every((s) => s.quorate.ok && s.quorate.value)).toBe(true);
  });

  it('takes the roadmap from the jury’s selection through the Government’s approval to its publication', () => {
    const approval = roadmapApproval(p.roadmaps[0]!, entities);
    expect(approval.steps.map((s) => s.stage)).toEqual(['draft', 'selected', 'approved', 'published']);
    const government = p.decisions.find((d) => d.decisionType === 'approveRoadmap')!;
    expect(government.refGovernanceBoard).toBe(SAMPLE_GOVERNMENT_ID);
    const scheduled = p.roadmaps[0]!.scheduledProjects.map((s) => s.refProjectFactsheet);
    expect(government.refProjectFactsheet).toEqual(scheduled);
    const cost = new Map(sampleProjects().map((x) => [`urn:ngsi-ld:ProjectFactsheet:${x.id}`, x.costKEur * 1000]));
    expect(government.budgetApproved).toBe(scheduled.reduce((s, id) => s + cost.get(id)!, 0));
  });

  it('traces every contribution without a broken link, and every factsheet to contributions', () => {
    const t = traceContributions(entities);
    expect(t.findings).toEqual([]);
    for (const f of t.factsheets) expect(f.contributions.length, f.factsheet).toBeGreaterThan(0);
    expect(t.roadmap).toEqual({ id: p.roadmaps[0]!.id, stage: 'published' });
  });
});

describe('personal data in every published output of the sample', () => {
  const individuals = p.stakeholders.filter((s) => s.stakeholderKind === 'individual');
  const named = (s: Stakeholder) => String(s.name);
  const outputs: [string, string][] = [];
  const report = participationReport(entities, { asOf: TODAY, plan: brusselsProgrammePlan });
  outputs.push(['report.json', JSON.stringify(report)]);
  const kpiRows = participationKpiInputs(entities, { area: '04000', asOf: TODAY });
  outputs.push(['kpi-inputs.json', JSON.stringify(kpiRows)]);
  const check = checkGovernance(entities, { asOf: TODAY, rules: brusselsCompositionRules });
  for (const lang of ['fr', 'nl', 'en'] as const) {
    const doc = participationReportDocument(report, entities, lang, { notice: syntheticNotice[lang] });
    outputs.push(
      [`report.${lang}.md`, renderMarkdown(doc)],
      [`report.${lang}.html`, renderHtml(doc)],
      [`report.${lang}.txt`, renderText(doc)],
    );
    const note = ambitionNote(
      { entities, profile: brusselsAmbitionProfile, asOf: TODAY, plan: brusselsProgrammePlan, notice: syntheticNotice },
      { lang },
    );
    outputs.push([`note.${lang}.md`, note.markdown], [`note.${lang}.html`, note.html]);
    outputs.push([`governance.${lang}.txt`, renderText(governanceCheckDocument(check, entities, lang))]);
  }

  it('names no individual without consent to public listing, in any output', () => {
    expect(individuals.length).toBeGreaterThan(100);
    expect(new Set(individuals.map(named)).size, 'full names are unique').toBe(individuals.length);
    for (const s of individuals.filter((x) => !x.publicListingConsent))
      for (const [file, text] of outputs) expect(text.includes(named(s)), `${named(s)} in ${file}`).toBe(false);
  });

  it('prints no contact detail of anyone, in any output', () => {
    const emails = p.stakeholders.flatMap((s) => (s.contactPoint?.email ? [s.contactPoint.email] : []));
    expect(emails.length).toBeGreaterThan(50);
    for (const e of emails) for (const [file, text] of outputs) expect(text.includes(e), `${e} in ${file}`).toBe(false);
    for (const [file, text] of outputs) expect(/@example\.org/.test(text), file).toBe(false);
  });

  it('names the Board’s chair, who consented to be listed', () => {
    const chair = p.memberships.find((m) => m.role === 'chair' && m.refGovernanceBoard.includes('governance-board'))!;
    const person = p.stakeholders.find((s) => s.id === chair.refMember)!;
    expect(person.publicListingConsent).toBeDefined();
    expect(outputs.find(([f]) => f === 'note.en.md')![1]).toContain(named(person));
  });
});
