import { describe, expect, it } from 'vitest';
import { isParticipationError } from '../errors';
import { ids, small } from '../__fixtures__/smallProgramme';
import { parseProgrammePlan, type ProgrammePlan } from './plan';
import { programmeProgress } from './progress';

const plan: ProgrammePlan = parseProgrammePlan({
  id: 'test-plan',
  name: { fr: 'Plan de test', nl: 'Testplan', en: 'Test plan' },
  period: { start: '2026-01-01', end: '2026-06-30' },
  items: [
    {
      id: 'bilateral',
      kind: 'meeting',
      meetingType: ['bilateral'],
      label: { en: 'Two bilateral meetings, civil society and academia' },
      target: 2,
      due: '2026-03-31',
      requireHelices: ['civilSociety', 'academia'],
    },
    {
      id: 'bilateral-all-helices',
      kind: 'meeting',
      meetingType: ['bilateral'],
      label: { en: 'Two bilateral meetings covering public partners too' },
      target: 2,
      due: '2026-03-31',
      requireHelices: ['civilSociety', 'academia', 'public'],
    },
    {
      id: 'collaborative',
      kind: 'workshop',
      workshopType: ['collaborative'],
      label: { en: 'One collaborative workshop' },
      target: 1,
      due: '2026-02-28',
    },
    {
      id: 'collaborative-early',
      kind: 'workshop',
      workshopType: ['collaborative'],
      label: { en: 'A collaborative workshop in January' },
      target: 1,
      due: '2026-02-01',
    },
    {
      id: 'multidisciplinary',
      kind: 'workshop',
      workshopType: ['multidisciplinary'],
      label: { en: 'One multidisciplinary workshop per theme' },
      target: 2,
      due: '2026-04-30',
      themes: [ids.T('digital'), ids.T('mobility')],
      perTheme: 1,
    },
    {
      id: 'board-founded',
      kind: 'decision',
      decisionType: ['establishBoard'],
      boardType: ['government'],
      label: { en: 'The Government sets up the board' },
      target: 1,
      due: '2026-03-31',
    },
    {
      id: 'committee-founded',
      kind: 'decision',
      decisionType: ['establishBoard'],
      relatedBoardType: ['steeringCommittee'],
      label: { en: 'The steering committee is set up' },
      target: 1,
      due: '2026-03-31',
    },
    {
      id: 'jury-founded',
      kind: 'decision',
      decisionType: ['establishBoard'],
      relatedBoardType: ['jury'],
      label: { en: 'The jury is set up' },
      target: 1,
      due: '2026-12-31',
    },
    {
      id: 'ambition-note',
      kind: 'decision',
      decisionType: ['approveVision'],
      boardType: ['government'],
      label: { en: 'The Government approves the ambition note' },
      target: 1,
      due: '2026-06-30',
    },
    { id: 'contributions', kind: 'contribution', label: { en: 'Five contributions' }, target: 5, due: '2026-06-30' },
  ],
});

const at = (asOf: string) => Object.fromEntries(programmeProgress(plan, small, asOf).items.map((i) => [i.id, i]));

describe('programmeProgress', () => {
  it('is done, with the day and on time, when the target and the helix condition are met', () => {
    const item = at('2026-03-15')['bilateral']!;
    expect(item).toMatchObject({ status: 'done', achieved: 2, completedOn: '2026-02-10', onTime: true });
    expect(item.evidence).toEqual(['urn:ngsi-ld:Meeting:t:m1', 'urn:ngsi-ld:Meeting:t:m2']);
    expect(item.helices).toEqual({
      required: ['civilSociety', 'academia'],
      covered: ['civilSociety', 'academia'],
      missing: [],
    });
  });

  it('is on track before the due date and late after it when a required helix is missing', () => {
    expect(at('2026-03-15')['bilateral-all-helices']).toMatchObject({
      status: 'on-track',
      achieved: 2,
      helices: { missing: ['public'] },
    });
    expect(at('2026-04-01')['bilateral-all-helices']!.status).toBe('late');
  });

  it('counts the due day itself as not yet late', () => {
    expect(at('2026-03-31')['bilateral-all-helices']!.status).toBe('on-track');
  });

  it('is not started while nothing has happened, and does not count evidence dated after the as-of day', () => {
    expect(at('2026-02-15')['collaborative']).toMatchObject({ status: 'not-started', achieved: 0, evidence: [] });
    expect(at('2026-02-20')['collaborative']).toMatchObject({
      status: 'done',
      completedOn: '2026-02-20',
      onTime: true,
    });
  });

  it('is done but not on time when completed after its due date', () => {
    expect(at('2026-01-31')['collaborative-early']!.status).toBe('not-started');
    expect(at('2026-02-10')['collaborative-early']!.status).toBe('late');
    expect(at('2026-03-01')['collaborative-early']).toMatchObject({
      status: 'done',
      completedOn: '2026-02-20',
      onTime: false,
    });
  });

  it('needs every theme of a per-theme item', () => {
    const item = at('2026-04-15')['multidisciplinary']!;
    expect(item).toMatchObject({ status: 'on-track', achieved: 1 });
    expect(item.byTheme).toEqual([
      { theme: ids.T('digital'), target: 1, achieved: 1 },
      { theme: ids.T('mobility'), target: 1, achieved: 0 },
    ]);
    expect(at('2026-05-01')['multidisciplinary']!.status).toBe('late');
  });

  it('counts approving decisions of the right type and board', () => {
    expect(at('2026-03-01')['board-founded']).toMatchObject({ status: 'done', completedOn: '2026-02-25' });
    expect(at('2026-03-01')['ambition-note']!.status).toBe('not-started');
    // The fixture's only establishing decision is about the steering committee, not about the jury.
    expect(at('2026-03-01')['committee-founded']).toMatchObject({ status: 'done', achieved: 1 });
    expect(at('2026-03-01')['jury-founded']).toMatchObject({ status: 'not-started', achieved: 0 });
    expect(at('2026-07-01')['ambition-note']!.status).toBe('late');
  });

  it('says how much an even pace would have produced by now', () => {
    // 5 contributions over 181 days (Jan 1 – Jun 30); on Apr 1 (day 91): ⌊5 × 91 / 181⌋ = 2.
    expect(at('2026-04-01')['contributions']).toMatchObject({ achieved: 2, expectedByNow: 2, status: 'on-track' });
    expect(at('2026-07-01')['contributions']).toMatchObject({ achieved: 6, status: 'done', completedOn: '2026-05-01' });
  });

  it('summarises the statuses', () => {
    expect(programmeProgress(plan, small, '2026-07-01').summary).toEqual({
      done: 6,
      'on-track': 0,
      late: 3,
      'not-started': 1,
    });
  });

  it('rejects a non-date as-of day', () => {
    expect(() => programmeProgress(plan, small, '1 July 2026')).toThrow('asOf must be a date');
  });
});

describe('parseProgrammePlan', () => {
  const bad = (input: unknown) => {
    try {
      parseProgrammePlan(input);
    } catch (e) {
      if (isParticipationError(e)) return e.message;
      throw e;
    }
    throw new Error('expected an invalid_plan error');
  };
  const base = { id: 'p', name: { en: 'P' }, period: { start: '2026-01-01', end: '2026-06-30' } };

  it('names every problem with its path', () => {
    const message = bad({
      ...base,
      items: [{ id: 'Bad Id', kind: 'meeting', label: { en: 'x' }, target: 0, due: '2026-02-30' }],
    });
    expect(message).toContain('items.0.id: must be kebab-case');
    expect(message).toContain('items.0.target');
    expect(message).toContain('items.0.due: must be a calendar date YYYY-MM-DD');
  });

  it('checks what the schema alone cannot: order of dates, duplicate ids, perTheme without themes', () => {
    const message = bad({
      ...base,
      items: [
        { id: 'a', kind: 'workshop', label: { en: 'x' }, target: 1, due: '2025-12-31' },
        { id: 'a', kind: 'workshop', label: { en: 'x' }, target: 1, due: '2026-03-01', perTheme: 2 },
        { id: 'b', kind: 'decision', label: { en: 'x' }, target: 1, due: '2026-03-01', requireHelices: ['public'] },
      ],
    });
    expect(message).toContain("items.0.due: before the item's start");
    expect(message).toContain('items.1.id: duplicate id "a"');
    expect(message).toContain('items.1.perTheme: needs themes');
    expect(message).toContain('items.2.requireHelices: only meetings and workshops have participants');
  });

  it('rejects an unknown kind', () => {
    expect(
      bad({ ...base, items: [{ id: 'x', kind: 'survey', label: { en: 'x' }, target: 1, due: '2026-03-01' }] }),
    ).toContain('items.0');
  });
});
