import { describe, expect, it } from 'vitest';
import { small, stakeholders } from '../__fixtures__/smallProgramme';
import { renderHtml, renderMarkdown, renderText } from '../document/document';
import { languages as LANGUAGES } from '@opencity/models';
import { ambitionNote, type AmbitionProfile } from './ambitionNote';
import { checkGovernance, governanceCheckDocument } from './governanceCheck';
import { participationReport, participationReportDocument } from './participationReport';

const profile: AmbitionProfile = {
  name: { fr: 'Office fictif', nl: 'Fictief Office', en: 'Fictional Office' },
  vision: { fr: 'Une ville ouverte.', nl: 'Een open stad.', en: 'An open city.' },
  priorities: [{ code: 'reuse', label: { fr: 'Réutilisation', nl: 'Hergebruik', en: 'Reuse' } }],
};

describe('participationReport', () => {
  const report = participationReport(small, { asOf: '2026-07-01' });

  it('aggregates the programme on the day', () => {
    expect(report.events).toEqual({
      meetings: { bilateral: 2, multilateral: 1, boardSession: 2 },
      workshops: { collaborative: 1, multidisciplinary: 1 },
      workshopAttendance: 28,
    });
    expect(report.contributions).toMatchObject({
      total: 6,
      byChannel: { workshop: 1, meeting: 1, onlinePlatform: 3, writtenSubmission: 1 },
      byFate: { scheduled: 2, inFactsheet: 1, rejected: 1, received: 2 },
    });
    expect(report.roadmap).toEqual({ id: 'urn:ngsi-ld:Roadmap:t:2027-2029', stage: 'approved' });
  });

  it('leaves out what happened after the as-of day', () => {
    const early = participationReport(small, { asOf: '2026-03-01' });
    expect(early.contributions.total).toBe(2);
    expect(early.events.workshops).toEqual({ collaborative: 1, multidisciplinary: 0 });
    expect(early.roadmap?.stage).toBe('draft');
  });

  it('lists no participant and names no one', () => {
    const json = JSON.stringify(report);
    for (const s of stakeholders) expect(json).not.toContain(s.id);
    expect(json).not.toContain('Testperson');
  });

  it.each(LANGUAGES)('renders in %s', (lang) => {
    const doc = participationReportDocument(report, small, lang);
    const md = renderMarkdown(doc);
    expect(md).toContain(
      { fr: 'Rapport de participation', nl: 'Participatierapport', en: 'Participation report' }[lang],
    );
    expect(md).toContain(
      { fr: 'Vous avez dit, nous avons fait', nl: 'U zei, wij deden', en: 'You said, we did' }[lang],
    );
    expect(renderText(doc)).not.toContain('undefined');
    expect(renderHtml(doc)).toContain(`<html lang="${lang}">`);
  });
});

describe('ambitionNote', () => {
  it.each(LANGUAGES)('is written in %s with every section', (lang) => {
    const note = ambitionNote(
      { entities: small, profile, asOf: '2026-07-01', notice: { fr: 'Fictif', nl: 'Fictief', en: 'Fictional' } },
      { lang },
    );
    const title = {
      fr: 'Office fictif — Note d’ambition 2027–2029',
      nl: 'Fictief Office — Ambitienota 2027–2029',
      en: 'Fictional Office — Ambition note 2027–2029',
    }[lang];
    expect(note.title).toBe(title);
    expect(note.markdown.startsWith(`# ${title}`)).toBe(true);
    expect(note.html).toContain(`<title>${title}</title>`);
    const headings = note.document.blocks
      .filter((b) => b.kind === 'heading' && b.level === 2)
      .map((b) => (b as { text: string }).text);
    expect(headings).toEqual(
      {
        fr: ['Vision et priorités', 'Participation', 'Projets sélectionnés', 'Gouvernance'],
        nl: ['Visie en prioriteiten', 'Participatie', 'Geselecteerde projecten', 'Governance'],
        en: ['Vision and priorities', 'Participation', 'Selected projects', 'Governance'],
      }[lang],
    );
    expect(note.markdown).not.toContain('undefined');
    expect(note.markdown).not.toContain('NaN');
  });

  it('puts the selected projects’ budget in calendar years with totals', () => {
    const note = ambitionNote({ entities: small, profile, asOf: '2026-07-01' }, { lang: 'en' });
    expect(note.markdown).toContain(
      '| Connected bike parking | Mobility | 2027–2028 | €300,000 | €200,000 |  | €500,000 |',
    );
    expect(note.markdown).toContain('| Total |  |  | €300,000 | €200,000 | €0 | €500,000 |');
    expect(note.markdown).toContain(
      'Connected bike parking: Contributions per 100 000 inhabitants (PAR-08) from 10 to 25 by 2028',
    );
    expect(note.markdown).toContain('Roadmap 2027–2029: Approved by the Government.');
  });

  it('names individuals only with consent to public listing and never prints contact details', () => {
    // The chair (anna) gave no consent to be listed: the note must not name her. Bram consented but sits on no board.
    for (const lang of LANGUAGES) {
      const note = ambitionNote({ entities: small, profile, asOf: '2026-07-01' }, { lang });
      for (const out of [note.markdown, note.html]) {
        for (const s of stakeholders.filter((x) => x.stakeholderKind === 'individual' && !x.publicListingConsent))
          expect(out).not.toContain(String(s.name));
        expect(out).not.toContain('@example.org');
      }
    }
    const withConsent = {
      ...small,
      stakeholders: stakeholders.map((s) =>
        s.id.endsWith(':anna') ? { ...s, publicListingConsent: { dateGiven: '2026-03-01' } } : s,
      ),
    };
    expect(ambitionNote({ entities: withConsent, profile, asOf: '2026-07-01' }, { lang: 'en' }).markdown).toContain(
      'Anna Testperson',
    );
  });

  it('rejects an unknown language or a bad date', () => {
    expect(() => ambitionNote({ entities: small, profile, asOf: '2026-07-01' }, { lang: 'de' as never })).toThrow(
      'lang must be fr, nl or en',
    );
    expect(() => ambitionNote({ entities: small, profile, asOf: 'now' }, { lang: 'fr' })).toThrow(
      'asOf must be a date',
    );
  });
});

describe('checkGovernance', () => {
  it('checks every board, session, decision and roadmap', () => {
    const check = checkGovernance(small, { asOf: '2026-07-01', rules: { steeringCommittee: {} } });
    expect(check.boards.map((b) => [b.board.split(':').pop(), b.date])).toEqual([
      ['steer', '2026-07-01'],
      ['jury', '2026-06-30'],
      ['gov', '2026-07-01'],
    ]);
    expect(check.sessions.map((s) => s.quorate)).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
    ]);
    expect(check.findings.map((f) => f.code)).toEqual([
      'helix_not_represented', // dirk's term ended on 14 June: no public partner
      'voting_seats_mismatch',
      'chair_missing', // the jury has no chair recorded
      'chair_missing', // nor the government
      'quorum_not_met',
      'decision_without_quorum',
    ]);
    expect(check.counts).toEqual({ error: 5, warning: 1, info: 0 });
  });

  it('renders its document in three languages', () => {
    const check = checkGovernance(small, { asOf: '2026-07-01' });
    for (const lang of LANGUAGES)
      expect(renderText(governanceCheckDocument(check, small, lang))).toContain(String(check.counts.error));
  });
});
