import type { Contribution } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { contributions, ids, small } from '../__fixtures__/smallProgramme';
import { responseStatistics } from './responses';
import { traceContributions } from './traceContributions';
import { youSaidWeDid } from './youSaidWeDid';

const C = (id: string) => `urn:ngsi-ld:Contribution:t:${id}`;
const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);

describe('traceContributions (hand-checked)', () => {
  const t = traceContributions(small);
  const trace = (id: string) => t.contributions.find((c) => c.id === C(id))!;

  it('gives every contribution its fate', () => {
    expect(t.contributions.map((c) => [c.id.split(':').pop(), c.fate])).toEqual([
      ['c1', 'scheduled'],
      ['c2', 'scheduled'], // merged into c1, which fed the scheduled P1
      ['c3', 'rejected'],
      ['c4', 'inFactsheet'], // P2 was not selected
      ['c5', 'received'],
      ['c6', 'received'],
    ]);
    expect(trace('c2')).toMatchObject({ mergedInto: C('c1'), finalContribution: C('c1'), factsheets: [ids.F('p1')] });
    expect(trace('c3').rejectionReason).toEqual({
      fr: 'Hors compétence régionale',
      nl: 'Geen gewestbevoegdheid',
      en: 'Not a regional competence',
    });
  });

  it('measures the response time to the first status after received', () => {
    expect(trace('c1').responseDays).toEqual({ ok: true, value: 10 }); // 20 Feb → 2 Mar 2026
    expect(trace('c2').responseDays).toEqual({ ok: true, value: 40 }); // 20 Feb → 1 Apr
    expect(trace('c3').responseDays).toEqual({ ok: true, value: 5 });
    expect(trace('c5').responseDays).toMatchObject({ ok: false, reason: { code: 'missing_input' } });
  });

  it('lists for each factsheet the contributions behind it, the jury and the roadmap', () => {
    expect(t.factsheets).toEqual([
      {
        factsheet: ids.F('p1'),
        name: { fr: 'Parkings vélo connectés', nl: 'Verbonden fietsparkings', en: 'Connected bike parking' },
        theme: ids.T('mobility'),
        contributions: [C('c1'), C('c2')],
        jury: { scored: 1, abstained: 1 },
        roadmap: { status: 'scheduled', startYear: 2027, endYear: 2028, rank: 1 },
      },
      expect.objectContaining({
        factsheet: ids.F('p2'),
        contributions: [C('c4')],
        roadmap: { status: 'notSelected', reason: 'below the budget line', rank: 2 },
      }),
    ]);
    expect(t.roadmap).toEqual({ id: 'urn:ngsi-ld:Roadmap:t:2027-2029', stage: 'approved' });
    expect(t.findings).toEqual([]);
  });

  it('reports broken merge chains, cycles and histories that contradict themselves', () => {
    const c = (id: string, extra: Partial<Contribution>): Contribution => ({
      id: C(id),
      type: 'Contribution',
      text: { en: id },
      contributionType: 'idea',
      channel: 'onlinePlatform',
      dateReceived: '2026-02-20',
      status: 'received',
      ...extra,
    });
    const r = traceContributions({
      contributions: [
        c('x1', { status: 'merged', refMergedInto: C('x2') }),
        c('x2', { status: 'merged', refMergedInto: C('x1') }),
        c('y', { status: 'merged', refMergedInto: C('missing') }),
        c('z', { status: 'merged' }),
        c('h', {
          status: 'rejected',
          statusHistory: [
            { status: 'received', date: '2026-02-20' },
            { status: 'accepted', date: '2026-02-10' },
          ],
        }),
      ],
    });
    expect(codes(r.findings)).toEqual([
      'contribution_merge_cycle',
      'contribution_merge_target_unknown',
      'contribution_merged_without_target',
      'contribution_history_out_of_order',
      'contribution_status_mismatch',
    ]);
    expect(r.findings[0]!.params['chain']).toBe(`${C('x1')} → ${C('x2')} → ${C('x1')}`);
    expect(r.contributions.slice(0, 4).map((x) => x.fate)).toEqual(['merged', 'merged', 'merged', 'merged']);
    expect(r.contributions[4]!.responseDays).toMatchObject({ ok: false, reason: { code: 'invalid_input' } });
  });

  it('follows a merge chain of 20 000 contributions (no recursion, no stack overflow)', () => {
    const n = 20_000;
    const chain: Contribution[] = Array.from({ length: n }, (_, k) => ({
      ...contributions[0]!,
      id: C(`chain-${k}`),
      ...(k < n - 1 ? { status: 'merged' as const, refMergedInto: C(`chain-${k + 1}`) } : {}),
    }));
    const r = traceContributions({ contributions: chain });
    expect(r.contributions[0]!.finalContribution).toBe(C(`chain-${n - 1}`));
    expect(r.contributions.every((x) => x.fate === 'inFactsheet')).toBe(true);
  });
});

describe('responseStatistics', () => {
  it('judges only contributions answered or past their window (hand-checked on 1 July 2026)', () => {
    // c1 10 d, c2 40 d, c3 5 d, c4 20 d answered; c6 unanswered for 61 d (due); c5 unanswered for 21 d (not yet due).
    const r = responseStatistics(contributions, { asOf: '2026-07-01', windowDays: 30 });
    expect(r).toMatchObject({ received: 6, due: 5, answeredInTime: 3, answered: 4, unknown: 0 });
    expect(r.shareInTime).toEqual({ ok: true, value: 0.6 });
    expect(r.medianDays).toEqual({ ok: true, value: 15 }); // median of 5, 10, 20, 40
  });

  it('leaves out a contribution whose status moved on without a dated history', () => {
    const r = responseStatistics([{ ...contributions[5]!, status: 'accepted' }], { asOf: '2026-07-01' });
    expect(r).toMatchObject({ received: 1, due: 0, unknown: 1 });
    expect(r.shareInTime.ok).toBe(false);
    expect(r.medianDays.ok).toBe(false);
  });
});

describe('youSaidWeDid', () => {
  it('groups by theme in the themes’ order, each contribution under each of its themes', () => {
    const r = youSaidWeDid(small);
    expect(
      r.groups.map((g) => [g.key.split(':').pop() || '(none)', g.items.map((i) => i.id.split(':').pop())]),
    ).toEqual([
      ['digital', ['c4', 'c3']],
      ['mobility', ['c1', 'c2']],
      ['(none)', ['c5', 'c6']],
    ]);
    expect(r.totals).toMatchObject({ scheduled: 2, inFactsheet: 1, rejected: 1, received: 2 });
    expect(r.groups[0]!.items[1]).toMatchObject({
      fate: 'rejected',
      reason: { en: 'Not a regional competence' },
      responseDays: 5,
    });
  });

  it('groups by channel and by fate in a fixed order', () => {
    expect(youSaidWeDid(small, { groupBy: 'channel' }).groups.map((g) => [g.key, g.items.length])).toEqual([
      ['workshop', 1],
      ['meeting', 1],
      ['onlinePlatform', 3],
      ['writtenSubmission', 1],
    ]);
    expect(youSaidWeDid(small, { groupBy: 'fate' }).groups.map((g) => g.key)).toEqual([
      'scheduled',
      'inFactsheet',
      'rejected',
      'received',
    ]);
  });

  it('never carries who said it', () => {
    const json = JSON.stringify(youSaidWeDid(small));
    expect(json).not.toContain('Stakeholder');
  });
});
