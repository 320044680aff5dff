import type { Membership } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { boards, decisions, ids, meetings, memberships, small, stakeholders } from '../__fixtures__/smallProgramme';
import { describeFinding } from '../findings';
import { checkBoardComposition } from './composition';
import { decisionRegister } from './decisionRegister';
import { checkQuorum } from './quorum';

const steer = boards.find((b) => b.id === ids.B('steer'))!;
const session = (id: string) => meetings.find((m) => m.id === `urn:ngsi-ld:Meeting:t:${id}`)!;
const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);

describe('checkBoardComposition', () => {
  it('finds nothing on the last day of a member’s term: four helices, one chair, four voting seats', () => {
    const c = checkBoardComposition(steer, memberships, stakeholders, {}, '2026-06-14');
    expect(c.findings).toEqual([]);
    expect(c.valid).toBe(true);
    expect(c.votingBalance.counts).toEqual({ civilSociety: 1, academia: 1, public: 1, private: 1 });
    // The observer is a member, not a voter.
    expect(c.members.filter((m) => !m.voting).map((m) => m.role)).toEqual(['observer']);
  });

  it('does not count a member whose term ended the day before: public partners missing, three voting seats', () => {
    const c = checkBoardComposition(steer, memberships, stakeholders, {}, '2026-06-15');
    expect(codes(c.findings)).toEqual(['helix_not_represented', 'voting_seats_mismatch']);
    expect(c.findings[0]!.params).toMatchObject({ helix: 'public', date: '2026-06-15' });
    expect(c.valid).toBe(false);
    expect(describeFinding(c.findings[0]!, 'fr')).toBe(
      `${steer.id} n’a aucun membre votant de l’hélice public au 2026-06-15`,
    );
  });

  it('does not let an observer stand in for a missing helix', () => {
    // gina (private) observes; without farid, private partners have no vote.
    const withoutFarid = memberships.filter((m) => !m.id.endsWith(':farid'));
    const c = checkBoardComposition(steer, withoutFarid, stakeholders, { matchVotingSeats: false }, '2026-04-01');
    expect(codes(c.findings)).toEqual(['helix_not_represented']);
    expect(c.findings[0]!.params['helix']).toBe('private');
  });

  it('counts an observer seat whose votingRights says it votes', () => {
    const voting = memberships.map((m) => (m.role === 'observer' ? { ...m, votingRights: true } : m));
    const c = checkBoardComposition(steer, voting, stakeholders, {}, '2026-04-01');
    expect(c.votingBalance.counts.private).toBe(2);
    expect(codes(c.findings)).toEqual(['voting_seats_mismatch']);
  });

  it('accepts a helix exactly at the maximum share and flags one above it', () => {
    expect(
      checkBoardComposition(steer, memberships, stakeholders, { maxHelixShare: 0.25 }, '2026-04-01').findings,
    ).toEqual([]);
    const extra: Membership = { ...memberships[1]!, id: 'urn:ngsi-ld:Membership:t:ulb', refMember: ids.S('ulb') };
    const c = checkBoardComposition(
      steer,
      [...memberships, extra],
      stakeholders,
      { maxHelixShare: 0.4, matchVotingSeats: false },
      '2026-04-01',
    );
    // academia: 2 of 5 voting seats = 40 % — exactly the maximum: allowed.
    expect(c.findings).toEqual([]);
    const tight = checkBoardComposition(
      steer,
      [...memberships, extra],
      stakeholders,
      { maxHelixShare: 0.3, matchVotingSeats: false },
      '2026-04-01',
    );
    expect(codes(tight.findings)).toEqual(['helix_over_maximum']);
    expect(tight.findings[0]!.params).toMatchObject({ helix: 'academia', count: 2, total: 5, share: 40, max: 30 });
  });

  it('requires exactly one chair', () => {
    const noChair = memberships.map((m) => (m.role === 'chair' ? { ...m, role: 'member' as const } : m));
    expect(codes(checkBoardComposition(steer, noChair, stakeholders, {}, '2026-04-01').findings)).toEqual([
      'chair_missing',
    ]);
    const twoChairs = memberships.map((m) => (m.id.endsWith(':chloe') ? { ...m, role: 'chair' as const } : m));
    const c = checkBoardComposition(steer, twoChairs, stakeholders, {}, '2026-04-01');
    expect(codes(c.findings)).toEqual(['chair_multiple']);
    expect(c.findings[0]!.params['count']).toBe(2);
  });

  it('reports a board checked outside its life, bad membership dates and unknown members', () => {
    const bad: Membership[] = [
      ...memberships,
      { ...memberships[3]!, id: 'urn:ngsi-ld:Membership:t:backwards', startDate: '2026-05-01', endDate: '2026-04-01' },
      { ...memberships[3]!, id: 'urn:ngsi-ld:Membership:t:nobody', refMember: 'urn:ngsi-ld:Stakeholder:t:nobody' },
    ];
    const c = checkBoardComposition(steer, bad, stakeholders, { matchVotingSeats: false }, '2026-04-01');
    expect(codes(c.findings)).toEqual(['membership_dates_invalid', 'member_unknown']);
    expect(c.findings.map((f) => [f.entity.split(':').pop(), f.instancePath])).toEqual([
      ['backwards', '/endDate'],
      ['nobody', '/refMember'],
    ]);
    const before = checkBoardComposition(steer, memberships, stakeholders, {}, '2026-02-28');
    expect(codes(before.findings)).toContain('board_not_active');
  });

  it('rejects impossible rules and dates', () => {
    expect(() => checkBoardComposition(steer, memberships, stakeholders, { maxHelixShare: 0 }, '2026-04-01')).toThrow(
      'maxHelixShare must be in (0, 1]',
    );
    expect(() => checkBoardComposition(steer, memberships, stakeholders, {}, 'tomorrow')).toThrow(
      'asOf must be a date',
    );
  });
});

describe('checkQuorum', () => {
  it('counts voting members present, not observers', () => {
    const q = checkQuorum(steer, session('steer-1'), memberships);
    expect(q).toMatchObject({
      present: 4,
      quorum: 3,
      votingMembers: 4,
      quorate: { ok: true, value: true },
      findings: [],
    });
    expect(q.presentNonVoting).toEqual([ids.S('gina')]);
  });

  it('is not quorate one below the quorum, and says so', () => {
    const q = checkQuorum(steer, session('steer-2'), memberships);
    expect(q).toMatchObject({ present: 2, quorate: { ok: true, value: false } });
    expect(codes(q.findings)).toEqual(['quorum_not_met']);
  });

  it('is quorate on a tie at exactly the quorum', () => {
    const m = {
      ...session('steer-2'),
      refParticipant: [ids.S('anna'), ids.S('chloe'), ids.S('farid')] as [string, ...string[]],
    };
    expect(checkQuorum(steer, m, memberships)).toMatchObject({
      present: 3,
      quorum: 3,
      quorate: { ok: true, value: true },
      findings: [],
    });
  });

  it('does not count a member present the day after the term ended', () => {
    const m = {
      ...session('steer-2'),
      refParticipant: [ids.S('anna'), ids.S('chloe'), ids.S('dirk')] as [string, ...string[]],
    };
    expect(checkQuorum(steer, m, memberships)).toMatchObject({ present: 2, quorate: { ok: true, value: false } });
  });

  it('counts a member holding two seats once', () => {
    const twice = [...memberships, { ...memberships[1]!, id: 'urn:ngsi-ld:Membership:t:chloe-2' }];
    expect(checkQuorum(steer, session('steer-1'), twice).present).toBe(4);
  });

  it('is not computable without a quorum, and flags a session of another board', () => {
    const { quorum: _dropped, ...noQuorum } = steer;
    const q = checkQuorum(noQuorum, session('steer-1'), memberships);
    expect(q.quorate).toMatchObject({ ok: false, reason: { code: 'missing_input' } });
    expect(codes(q.findings)).toEqual(['quorum_undefined']);
    const other = boards.find((b) => b.id === ids.B('jury'))!;
    expect(codes(checkQuorum(other, session('steer-1'), memberships).findings)).toContain('session_board_mismatch');
  });
});

describe('decisionRegister', () => {
  it('lists decisions by board (in the boards’ order) then date, with what they approved', () => {
    const r = decisionRegister(small);
    expect(r.entries.map((e) => e.decision.split(':').pop())).toEqual([
      'steer-kpis',
      'jury-select',
      'steer-found',
      'gov-approve',
    ]);
    const approval = r.entries.find((e) => e.decision.endsWith('gov-approve'))!;
    expect(approval).toMatchObject({ boardType: 'government', number: 'GOV/2026/07', decisionType: 'approveRoadmap' });
    expect(approval.objects).toEqual([
      { kind: 'roadmap', ref: 'urn:ngsi-ld:Roadmap:t:2027-2029' },
      { kind: 'factsheet', ref: ids.F('p1') },
      { kind: 'budget', amount: 500_000 },
    ]);
  });

  it('flags a decision taken at a session without quorum', () => {
    const r = decisionRegister(small);
    expect(codes(r.findings)).toEqual(['decision_without_quorum']);
    expect(r.findings[0]).toMatchObject({
      entity: 'urn:ngsi-ld:Decision:t:steer-kpis',
      params: { present: 2, quorum: 3 },
    });
  });

  it('flags unknown boards, session dates that differ and more votes than voters present', () => {
    const d = decisions.find((x) => x.id.endsWith('steer-kpis'))!;
    const r = decisionRegister({
      ...small,
      decisions: [
        {
          ...d,
          id: 'urn:ngsi-ld:Decision:t:a',
          refMeeting: 'urn:ngsi-ld:Meeting:t:steer-1',
          voteCount: { inFavour: 4, against: 1 },
        },
        {
          ...d,
          id: 'urn:ngsi-ld:Decision:t:b',
          refGovernanceBoard: 'urn:ngsi-ld:GovernanceBoard:t:none',
          refMeeting: undefined as never,
        },
      ],
    });
    expect(codes(r.findings)).toEqual([
      'decision_session_date_mismatch',
      'votes_exceed_members',
      'decision_board_unknown',
    ]);
  });
});
