// The Participation and Governance pages' data, computed with @opencity/participation from the Brussels sample.
import {
  brusselsCompositionRules,
  brusselsProgrammePlan,
  sampleEntities,
  sampleFactsheets,
  sampleParticipation,
  themeEntities,
} from '@opencity/brussels';
import { collectEntities } from '@opencity/participation';
import { describe, expect, it } from 'vitest';
import { countOf } from '../views/participationStrings';
import { officePages, governanceView, participationView } from './participation';

const sample = sampleParticipation();
const entities = { ...sample, factsheets: sampleFactsheets(), themes: themeEntities() };
const options = { asOf: '2026-12-07', area: '04000', plan: brusselsProgrammePlan, rules: brusselsCompositionRules };

/** Every number in a value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, k) => numbers(v, `${path}/${k}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}/${k}`));
  return [];
}

describe('the Participation page data', () => {
  it('shows the programme done, the funnel narrowing from received to implemented, the helices over time', async () => {
    const p = await participationView(entities, {
      ...options,
      population: [{ area: '04000', period: '2024', variable: 'population', value: 1_249_000 }],
    });
    expect(p.programme.map((i) => i.status)).toEqual(brusselsProgrammePlan.items.map(() => 'done'));
    const bilateral = p.programme.find((i) => i.id === 'bilateral-meetings')!;
    expect([bilateral.achieved, bilateral.target, bilateral.missingHelices]).toEqual([20, 20, []]);
    const counts = Object.fromEntries(p.funnel.map((f) => [f.stage, f.count]));
    expect(counts['received']).toBe(sample.contributions.length);
    // The sample's statuses: 2 still only received, 18 implemented.
    expect(counts['answered']).toBe(sample.contributions.length - 2);
    expect(counts['implemented']).toBe(sample.contributions.filter((c) => c.status === 'implemented').length);
    const funnel = p.funnel.map((f) => f.count);
    expect(funnel).toEqual([...funnel].sort((a, b) => b - a));
    expect(p.fates.byChannel.map((c) => c.key)).toEqual(['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission']);
    const byChannel = p.fates.byChannel.reduce((n, c) => n + Object.values(c.counts).reduce((a, b) => a + b, 0), 0);
    expect(byChannel).toBe(sample.contributions.length);
    expect(p.overTime.at(-1)!.month).toBe('2026-09');
    // Cumulative distinct participants never decrease.
    const totals = p.overTime.map((m) => m.balance.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(p.byTheme).toHaveLength(5);
    // PAR-08 uses the latest population available (2024) for 2026.
    expect(p.kpis.find((k) => k.id === 'PAR-08')!.value).toBeCloseTo(
      (sample.contributions.length / 1_249_000) * 100_000,
      9,
    );
    expect(p.kpis.find((k) => k.id === 'PAR-05')!.value).toBeCloseTo(p.balance.participants.evenness!, 12);
    for (const [path, n] of numbers(p)) expect(Number.isFinite(n), path).toBe(true);
  });

  it('follows the programme across due dates: not started, on track, done', async () => {
    const status = async (asOf: string) =>
      Object.fromEntries(
        (await participationView(entities, { ...options, asOf })).programme.map((i) => [i.id, i.status]),
      );
    expect(await status('2026-01-15')).toMatchObject({
      'bilateral-meetings': 'on-track',
      'collaborative-workshops': 'not-started',
      'roadmap-approval': 'not-started',
    });
    expect(await status('2026-06-01')).toMatchObject({
      'bilateral-meetings': 'done',
      'ambition-note': 'done',
      'multidisciplinary-workshops': 'on-track',
      'jury-selection': 'not-started',
    });
    // Past every due date with nothing recorded, every item is late.
    const empty = await participationView({ stakeholders: sample.stakeholders }, { ...options, asOf: '2027-06-30' });
    expect(new Set(empty.programme.map((i) => i.status))).toEqual(new Set(['late']));
  });

  it('counts only the contributions received by the day described', async () => {
    const p = await participationView(entities, { ...options, asOf: '2026-03-20' });
    const by = sample.contributions.filter((c) => c.dateReceived.slice(0, 10) <= '2026-03-20').length;
    expect(p.funnel[0]).toEqual({ stage: 'received', count: by });
    expect(by).toBeLessThan(sample.contributions.length);
  });

  it('gives the reason for every value it cannot compute, never NaN', async () => {
    const p = await participationView({ stakeholders: [] }, { asOf: '2026-12-07', area: '04000' });
    expect(p.programme).toEqual([]);
    expect(p.balance.participants).toMatchObject({
      total: 0,
      shares: null,
      evenness: null,
      reason: 'zero_denominator',
    });
    expect(p.responses.shareInTime).toEqual({ value: null, reason: 'zero_denominator' });
    expect(p.responses.medianDays.value).toBeNull();
    expect(p.responses.medianDays.reason).toBeDefined();
    for (const k of p.kpis.filter((x) => x.value === null)) expect(k.reason, k.id).toBeDefined();
    expect(p.kpis.find((k) => k.id === 'PAR-08')).toMatchObject({ value: null, reason: 'missing_input' });
    for (const [path, n] of numbers(p)) expect(Number.isFinite(n), path).toBe(true);
    expect(await officePages({}, { asOf: '2026-12-07', area: '04000' })).toEqual({});
  });
});

describe('the Governance page data', () => {
  const g = governanceView(collectEntities(sampleEntities()), options);

  it('shows the three boards by helix, the register newest first and no finding', () => {
    expect(g.boards.map((b) => b.type)).toEqual(['government', 'steeringCommittee', 'jury']);
    const board = g.boards.find((b) => b.type === 'steeringCommittee')!;
    expect(board.voting).toMatchObject({
      counts: { civilSociety: 3, academia: 3, public: 3, private: 3 },
      missing: [],
      evenness: 1,
    });
    // The secretary (of the Office, public) and the municipalities' observer sit without a vote: shown apart,
    // counted in no share.
    expect(board.nonVoting).toEqual({
      total: 2,
      counts: { civilSociety: 0, academia: 0, public: 2, private: 0 },
      unclassified: 0,
    });
    expect(board.voting.total).toBe(12);
    expect(g.findings).toEqual([]);
    const dates = g.decisions.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const approval = g.decisions.find((d) => d.decisionType === 'approveRoadmap')!;
    expect(approval).toMatchObject({ objects: { roadmap: 1, factsheet: 5 }, budget: 12_750_000 });
    expect(approval.session).toEqual({ present: 7, quorum: 5, quorate: true });
  });

  it('traces the roadmap from draft to publication, each step with its decision', () => {
    expect(g.approval?.stage).toBe('published');
    expect(g.approval?.steps.map((s) => [s.stage, s.decision])).toEqual([
      ['draft', null],
      ['selected', 'JURY/2026/01'],
      ['approved', 'GOV/2026/11/19-02'],
      ['published', 'SCGB/2026/05'],
    ]);
    expect(g.approval?.steps.find((s) => s.stage === 'approved')?.board?.en).toMatch(/^Government/);
  });

  it('shows the chain as it stood on an earlier day: decisions after it have not happened yet', () => {
    const before = governanceView(collectEntities(sampleEntities()), { ...options, asOf: '2026-11-01' });
    expect(before.approval?.stage).toBe('selected');
    expect(before.approval?.steps.map((s) => s.stage)).toEqual(['draft', 'selected']);
    expect(before.decisions.every((d) => d.date <= '2026-11-01')).toBe(true);
    expect(before.decisions.length).toBeLessThan(g.decisions.length);
  });

  it('names only the chairs who consented to be listed, never contact details', async () => {
    const p = await participationView(entities, options);
    const json = JSON.stringify([g, p]);
    const individuals = collectEntities(sampleEntities()).stakeholders!.filter(
      (x) => x.stakeholderKind === 'individual',
    );
    expect(individuals.length).toBeGreaterThan(20);
    for (const s of individuals) {
      if (!s.publicListingConsent) expect(json).not.toContain(String(s.name));
      for (const contact of Object.values(s.contactPoint ?? {})) expect(json).not.toContain(String(contact));
    }
    // A chair who consented is named; the others are described.
    expect(g.boards.find((b) => b.type === 'steeringCommittee')!.chair?.en).toBe('Arno Proefmans');
    expect(g.boards.find((b) => b.type === 'jury')!.chair?.en).toBe('a member (not listed publicly)');
  });
});

// Every key in the three languages, placeholders and plural categories: test/i18n.test.ts covers the pages' tables.
describe('the pages’ counted phrases', () => {
  it('chooses the singular and the plural as each language does', () => {
    expect(countOf('factsheets', 1, 'en')).toBe('1 project factsheet');
    expect(countOf('factsheets', 5, 'en')).toBe('5 project factsheets');
    expect(countOf('otherRecords', 1, 'en')).toBe('1 other record');
    // French counts 0 and 1 as singular, Dutch and English only 1.
    expect(countOf('factsheets', 0, 'fr')).toBe('0 fiche projet');
    expect(countOf('factsheets', 0, 'nl')).toBe('0 projectfiches');
    expect(countOf('votingPresent', 1, 'nl')).toBe('1 stemgerechtigd lid aanwezig');
    expect(countOf('days', 1.5, 'fr', 1)).toBe('1,5 jour');
    expect(countOf('days', 1.5, 'en', 1)).toBe('1.5 days');
    expect(countOf('days', 1500, 'nl')).toBe('1.500 dagen');
  });
});
