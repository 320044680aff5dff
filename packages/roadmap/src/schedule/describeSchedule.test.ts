import { describe, expect, it } from 'vitest';
import { RoadmapError } from '../core/RoadmapError';
import { describeSchedule } from './describeScheduleReason';
import { schedule } from './schedule';
import type { ScheduleInput } from './types';
import { threeProjects, twoYears } from './__fixtures__/handChecked';

const years2 = twoYears;
const small = threeProjects;
// Hand-checked: M needs 150 then 120 against 100 a year, so the budget must grow by 50 in year 1 and 20 in year 2.
const overBudget: ScheduleInput = {
  years: years2,
  projects: [
    { id: 'M', value: 1, duration: 2, costPerYear: [150, 120], capacityPerYear: 1, predecessors: [], mandatory: true },
  ],
};

describe('describeSchedule and the summary schedule() writes', () => {
  it('writes the summary in the language asked, with calendar years, money and project names', async () => {
    const text = { startYear: 2026, currency: 'EUR', name: (id: string) => ({ P3: 'Smart lighting' })[id] };
    const en = await schedule(small, { lang: 'en', text });
    expect(en.explanation.summary).toBe(
      '2 of 3 projects scheduled over 2026–2027, for a value of 16; proved within 0% of the best possible. Not selected: Smart lighting.',
    );
    const fr = await schedule(small, { lang: 'fr', text });
    expect(fr.explanation.summary).toBe(
      '2 projets sur 3 planifiés sur 2026–2027, pour une valeur de 16 ; prouvé à 0\u00a0% près du meilleur possible. Non retenus : Smart lighting.',
    );
    expect(fr.explanation.projects[1]?.reason).toBe('Planifié en 2027, après P1.');
    const nl = await schedule(small, { lang: 'nl', text });
    expect(nl.explanation.summary).toBe(
      '2 van de 3 projecten gepland over 2026–2027, voor een waarde van 16; bewezen binnen 0% van de best mogelijke. Niet gekozen: Smart lighting.',
    );
    // (Intl writes a no-break space before % and € in French.) The library's own function gives the same text from the result alone.
    expect(describeSchedule(fr, 'fr', text)).toBe(fr.explanation.summary);
    expect(describeSchedule(fr, 'en', text)).toBe(en.explanation.summary);
  });

  it('names the years whose budget or capacity is fully used', async () => {
    const r = await schedule({
      years: years2,
      projects: [{ id: 'A', value: 3, duration: 1, costPerYear: 100, capacityPerYear: 3, predecessors: [] }],
    });
    expect(r.explanation.summary).toBe(
      '1 of 1 projects scheduled over years 1–2, for a value of 3; proved within 0% of the best possible. Fully used: year 1 (budget and capacity).',
    );
    // Without calendar years the horizon takes its article, and French agrees the noun with one project.
    expect(describeSchedule(r, 'fr')).toBe(
      '1 projet sur 1 planifié sur les années 1–2, pour une valeur de 3 ; prouvé à 0\u00a0% près du meilleur possible. Entièrement utilisés : année 1 (budget et capacité).',
    );
    expect(describeSchedule(r, 'nl')).toBe(
      '1 van de 1 projecten gepland over de jaren 1–2, voor een waarde van 3; bewezen binnen 0% van de best mogelijke. Volledig gebruikt: jaar 1 (budget en capaciteit).',
    );
  });

  it('gives the smallest budget increase of an infeasible request, year by year, in each language', async () => {
    const en = await schedule(overBudget, { lang: 'en', text: { startYear: 2026, currency: 'EUR' } });
    expect(en.explanation.summary).toBe(
      'Infeasible: the mandatory projects (M) cannot all fit. The budget binds; the smallest budget increase that fixes it is €70 in total (2026: +€50, 2027: +€20).',
    );
    expect(describeSchedule(en, 'fr', { startYear: 2026, currency: 'EUR' })).toBe(
      'Infaisable : les projets obligatoires (M) ne tiennent pas tous. Le budget est limitant ; la plus petite hausse de budget qui y remédie est de 70\u00a0€ au total (2026 : +50\u00a0€, 2027 : +20\u00a0€).',
    );
    expect(describeSchedule(en, 'nl')).toBe(
      'Onhaalbaar: de verplichte projecten (M) passen niet allemaal. Het budget is beperkend; de kleinste budgetverhoging die dat verhelpt is in totaal 70 (jaar 1: +50, jaar 2: +20).',
    );
  });

  it('says when no budget can help: a mandatory project that cannot finish within the horizon', async () => {
    const r = await schedule(
      {
        years: years2,
        projects: [
          { id: 'M', value: 1, duration: 3, costPerYear: 1, capacityPerYear: 1, predecessors: [], mandatory: true },
        ],
      },
      { lang: 'fr' },
    );
    expect(r.explanation.infeasibility).toEqual({ binding: ['horizon'], beyondHorizon: ['M'] });
    expect(r.explanation.summary).toBe(
      'Infaisable : vu leur durée et leur début au plus tôt, les projets obligatoires M ne peuvent pas finir dans l’horizon de 2 ans ; aucune hausse de budget n’y remédie.',
    );
    expect(describeSchedule(r, 'en')).toContain('no budget increase can fix this');
  });

  it('rejects a language it does not have', async () => {
    await expect(schedule(small, { lang: 'de' as never })).rejects.toThrow(RoadmapError);
  });
});
