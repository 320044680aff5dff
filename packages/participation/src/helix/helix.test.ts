import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { small } from '../__fixtures__/smallProgramme';
import { balanceOfCounts, helixBalance } from './helixBalance';
import { participationBalance } from './participationBalance';
import { pielouEvenness } from './pielou';

const value = (o: ReturnType<typeof pielouEvenness>) => {
  if (!o.ok) throw new Error(o.reason.message);
  return o.value;
};

describe("Pielou's J", () => {
  // Hand-computed over four categories (ln 4 = 2 ln 2), exact in closed form:
  //   [2,1,1,0]: H = ½ ln 2 + 2 · ¼ ln 4 = 1.5 ln 2        → J = 3/4
  //   [4,2,1,1]: H = 1.75 bits (½·1 + ¼·2 + 2·⅛·3)          → J = 1.75 / 2 = 7/8
  //   [1,1,1,0]: H = ln 3                                  → J = ln 3 / ln 4 = log₄ 3
  //   [1,1,0,0]: H = ln 2                                  → J = 1/2
  it.each([
    [[1, 1, 1, 1], 1],
    [[5, 0, 0, 0], 0],
    [[2, 1, 1, 0], 0.75],
    [[4, 2, 1, 1], 0.875],
    [[1, 1, 1, 0], Math.log(3) / Math.log(4)],
    [[1, 1, 0, 0], 0.5],
  ])('%j over 4 helices is %d', (counts, expected) => {
    expect(value(pielouEvenness(counts))).toBeCloseTo(expected, 12);
  });

  // Published values: scikit-bio's test suite (skbio/diversity/alpha/tests/test_base.py, test_pielou_e), which divides
  // by ln S with S the number of categories *observed*: we pass that S explicitly.
  it('reproduces scikit-bio: counts [0,1,1,4,2,5,2,4,1,2] → 0.92485490560 (S = 9 observed)', () => {
    expect(value(pielouEvenness([1, 1, 4, 2, 5, 2, 4, 1, 2], 9))).toBeCloseTo(0.9248549056, 10);
  });
  it('reproduces scikit-bio: [1,1,1,1,0,0] → 1 (S = 4 observed; over the six categories it would be ln 4 / ln 6)', () => {
    expect(value(pielouEvenness([1, 1, 1, 1, 0, 0], 4))).toBe(1);
    expect(value(pielouEvenness([1, 1, 1, 1, 0, 0]))).toBeCloseTo(Math.log(4) / Math.log(6), 12);
  });
  it('reproduces scikit-bio (from the Maryland Sea Grant biofilm lesson): [1,1,196,1,1] → 0.078', () => {
    expect(value(pielouEvenness([1, 1, 196, 1, 1]))).toBeCloseTo(0.078, 3);
  });

  it('is not computable, with a reason, for an empty set, one category or a bad count', () => {
    expect(pielouEvenness([0, 0, 0, 0])).toEqual({
      ok: false,
      reason: { code: 'zero_denominator', message: 'nothing counted: evenness of an empty set is undefined' },
    });
    expect(pielouEvenness([]).ok).toBe(false);
    expect(pielouEvenness([7], 1)).toMatchObject({ ok: false, reason: { code: 'zero_denominator' } });
    expect(pielouEvenness([1, -1, 2, 3])).toMatchObject({ ok: false, reason: { code: 'invalid_input' } });
    expect(pielouEvenness([1, Number.NaN, 2, 3])).toMatchObject({ ok: false, reason: { code: 'invalid_input' } });
    expect(pielouEvenness([1, 2, 3], 2)).toMatchObject({ ok: false, reason: { code: 'invalid_input' } });
  });

  it('stays in [0, 1], is never NaN, and is 1 exactly when all four counts are equal (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 4, maxLength: 4 }), (counts) => {
        const j = pielouEvenness(counts);
        if (counts.every((c) => c === 0)) return !j.ok;
        if (!j.ok) return false;
        if (Number.isNaN(j.value) || j.value < 0 || j.value > 1) return false;
        if (counts.every((c) => c === counts[0])) return Math.abs(j.value - 1) < 1e-12;
        return true;
      }),
    );
  });

  it('does not depend on the order or the scale of the counts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(500), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 2, max: 9 }),
        (counts, k) => {
          const a = pielouEvenness(counts);
          const b = pielouEvenness([...counts].reverse().map((c) => c * k));
          return a.ok === b.ok && (!a.ok || !b.ok || Math.abs(a.value - b.value) < 1e-12);
        },
      ),
    );
  });
});

describe('helixBalance', () => {
  it('counts, shares, missing helices and evenness of stakeholders', () => {
    const b = helixBalance([
      { helixCategory: 'academia' },
      { helixCategory: 'academia' },
      { helixCategory: 'public' },
      { helixCategory: 'civilSociety' },
    ]);
    expect(b.total).toBe(4);
    expect(b.counts).toEqual({ civilSociety: 1, academia: 2, public: 1, private: 0 });
    expect(b.shares).toEqual({ ok: true, value: { civilSociety: 0.25, academia: 0.5, public: 0.25, private: 0 } });
    expect(b.missing).toEqual(['private']);
    expect(value(b.evenness)).toBeCloseTo(0.75, 12);
  });

  it('counts participants without a helix apart, outside the shares', () => {
    const b = helixBalance(['public', undefined, 'private']);
    expect(b).toMatchObject({ total: 3, unclassified: 1, shares: { ok: true, value: { public: 0.5, private: 0.5 } } });
  });

  it('gives explicit reasons for an empty group instead of NaN shares', () => {
    const b = helixBalance([]);
    expect(b.shares.ok).toBe(false);
    expect(b.evenness.ok).toBe(false);
    expect(b.missing).toHaveLength(4);
  });

  it('has shares that sum to 1 and no NaN anywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('civilSociety', 'academia', 'public', 'private', undefined), { maxLength: 200 }),
        (hs) => {
          const b = helixBalance(hs as never[]);
          const classified = hs.filter((h) => h !== undefined).length;
          if (classified === 0) return !b.shares.ok && !b.evenness.ok;
          if (!b.shares.ok || !b.evenness.ok) return false;
          const sum = Object.values(b.shares.value).reduce((s, x) => s + x, 0);
          return Math.abs(sum - 1) < 1e-12 && Object.values(b.shares.value).every((x) => !Number.isNaN(x));
        },
      ),
    );
  });

  it('ignores negative or non-finite counts in balanceOfCounts', () => {
    expect(balanceOfCounts({ civilSociety: -3, academia: Number.NaN, public: 2, private: 2 }).counts).toEqual({
      civilSociety: 0,
      academia: 0,
      public: 2,
      private: 2,
    });
  });
});

describe('participationBalance (hand-checked on the small programme)', () => {
  const b = participationBalance(small);

  it('balances the register: two of each helix, J = 1', () => {
    expect(b.register.counts).toEqual({ civilSociety: 2, academia: 2, public: 2, private: 2 });
    expect(value(b.register.evenness)).toBe(1);
  });

  it('counts the distinct participants of meetings and workshops, not board sessions', () => {
    // anna, bram + the coop (a citizen collective) | chloe, ulb | dirk, eva | farid | ghost (unknown reference)
    expect(b.participants).toMatchObject({
      total: 9,
      unclassified: 1,
      counts: { civilSociety: 3, academia: 2, public: 2, private: 1 },
      missing: [],
    });
    // −(⅜ ln ⅜ + 2 · ¼ ln ¼ + ⅛ ln ⅛) / ln 4
    expect(value(b.participants.evenness)).toBeCloseTo(0.9528195311147832, 12);
    expect(b.unknownParticipants).toEqual(['urn:ngsi-ld:Stakeholder:t:ghost']);
    expect(b.byEvent.map((e) => e.event.id)).not.toContain('urn:ngsi-ld:Meeting:t:steer-1');
  });

  it('splits by theme (in the themes’ order) and by municipality', () => {
    expect(b.byTheme.map((t) => [t.theme.split(':').pop(), t.balance.counts])).toEqual([
      ['digital', { civilSociety: 0, academia: 2, public: 1, private: 1 }],
      ['mobility', { civilSociety: 2, academia: 0, public: 0, private: 1 }],
    ]);
    expect(b.byMunicipality.map((m) => [m.nisCode, m.balance.total])).toEqual([
      ['21001', 2],
      ['21004', 2],
      ['21015', 2],
    ]);
  });

  it('accumulates participants month by month', () => {
    expect(b.overTime.map((m) => [m.month, m.balance.total])).toEqual([
      ['2026-01', 1],
      ['2026-02', 5],
      ['2026-03', 8],
      ['2026-04', 9],
    ]);
  });
});
