/**
 * Inputs of the participation KPIs (`PAR-*` of the @opencity/kpi catalogue), counted from the contract's entities as
 * long-format rows for `computeDataset`: per period, for the whole programme area, per municipality (the NIS code of
 * the stakeholder's record) and, for workshop attendance, per theme.
 */
import type { Organisation, Stakeholder } from '@opencity/models';
import type { InputRow } from '@opencity/kpi';
import { ParticipationError } from '../errors';
import { dayOf, daysBetween } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import { participationEvents, type ParticipationEventOptions } from '../entities/events';
import { answerOf, median } from '../contributions/responses';
import { HELICES, defaultOrganisationHelix, helixLookup, type Helix, type OrganisationType } from '../helix/helix';

/** The period a participation KPI value is about. */
export type ParticipationPeriodUnit = 'year' | 'quarter' | 'month';

/** Options of {@link participationKpiInputs}. */
export interface ParticipationKpiOptions extends ParticipationEventOptions {
  /** Area code of the whole programme (e.g. the region's code `04000`). */
  readonly area: string;
  /** The day the values are computed on: later events are left out and recent unanswered contributions not judged. */
  readonly asOf: string;
  /** Period of the values (default `year`: `2026`; `quarter`: `2026-Q1`; `month`: `2026-03`). */
  readonly periodUnit?: ParticipationPeriodUnit;
  /** Days within which a contribution counts as answered in time (default 30, as PAR-06 defines). */
  readonly responseWindowDays?: number;
  /** Also emit per-municipality rows (default true). */
  readonly byMunicipality?: boolean;
  /** Also emit per-theme workshop rows, with the Theme entity's `code` (else its id) as the area (default true). */
  readonly byTheme?: boolean;
  /** How organisation kinds map to helices (default {@link defaultOrganisationHelix}). */
  readonly organisationHelix?: Readonly<Partial<Record<OrganisationType, Helix | undefined>>>;
}

const SUFFIX: Record<Helix, string> = {
  civilSociety: 'CivilSociety',
  academia: 'Academia',
  public: 'Public',
  private: 'Private',
};

/** The period label of a day. */
function periodOf(day: string, unit: ParticipationPeriodUnit): string {
  if (unit === 'year') return day.slice(0, 4);
  if (unit === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The input rows of the participation KPIs. Counts that are zero are written (a period with meetings but no academic
 * participant has `reachedAcademia` 0); a median is written only where some contribution was answered, so PAR-07 of
 * an area without answers is "missing input", never 0. Combine with the population rows of your statistics for PAR-08.
 * @throws {@link ParticipationError} `invalid_option` for a non-date `asOf`, an empty area or a bad window.
 * @example
 * const rows = participationKpiInputs(entities, { area: '04000', asOf: '2026-07-01' });
 * const values = await computeDataset({ definitions: listDefinitions().filter((d) => d.id.startsWith('PAR-')), inputs: [...rows, ...population] });
 */
export function participationKpiInputs(entities: ParticipationEntities, options: ParticipationKpiOptions): InputRow[] {
  const asOf = dayOf(options.asOf);
  if (asOf === undefined)
    throw new ParticipationError('invalid_option', `asOf must be a date; got ${String(options.asOf)}`);
  if (typeof options.area !== 'string' || options.area.length === 0)
    throw new ParticipationError('invalid_option', 'area must be a non-empty area code');
  const window = options.responseWindowDays ?? 30;
  if (!Number.isInteger(window) || window < 0)
    throw new ParticipationError(
      'invalid_option',
      `responseWindowDays must be a whole number ≥ 0; got ${String(window)}`,
    );
  const unit = options.periodUnit ?? 'year';
  const byMunicipality = options.byMunicipality ?? true;
  const byTheme = options.byTheme ?? true;
  const stakeholders = byId<Stakeholder>(entities.stakeholders);
  const lookup = helixLookup(
    stakeholders,
    byId<Organisation>(entities.organisations),
    options.organisationHelix ?? defaultOrganisationHelix,
  );
  const themeArea = new Map((entities.themes ?? []).map((t) => [t.id, t.code]));

  // cells: area → period → variable → value
  const cells = new Map<string, Map<string, Map<string, number>>>();
  const set = (area: string, period: string, variable: string, value: number) => {
    const periods = cells.get(area) ?? cells.set(area, new Map()).get(area)!;
    (periods.get(period) ?? periods.set(period, new Map()).get(period)!).set(variable, value);
  };
  const add = (area: string, period: string, variable: string, value: number) =>
    set(area, period, variable, (cells.get(area)?.get(period)?.get(variable) ?? 0) + value);

  // Reach: distinct participants per period, for the programme and per municipality.
  const reached = new Map<string, Set<string>>();
  const workshopThemes: { period: string; theme: string; attendance: number }[] = [];
  for (const e of participationEvents(entities, options)) {
    if (e.day === undefined || e.day > asOf) continue;
    const period = periodOf(e.day, unit);
    const set = reached.get(period) ?? reached.set(period, new Set()).get(period)!;
    for (const p of e.participants) set.add(p);
    if (e.kind === 'workshop') {
      add(options.area, period, 'workshopAttendance', e.attendance);
      add(options.area, period, 'workshops', 1);
      if (byTheme)
        for (const t of e.themes)
          workshopThemes.push({ period, theme: themeArea.get(t) ?? t, attendance: e.attendance });
    }
  }
  for (const w of workshopThemes) {
    add(w.theme, w.period, 'workshopAttendance', w.attendance);
    add(w.theme, w.period, 'workshops', 1);
  }
  for (const [period, ids] of reached) {
    const municipalities = new Set<string>();
    for (const h of HELICES) set(options.area, period, `reached${SUFFIX[h]}`, 0);
    for (const id of ids) {
      const helix = lookup.helixOf(id);
      const nis = stakeholders.get(id)?.nisCode;
      if (typeof nis === 'string') municipalities.add(nis);
      if (helix === undefined) continue;
      add(options.area, period, `reached${SUFFIX[helix]}`, 1);
      if (byMunicipality && typeof nis === 'string') {
        for (const h of HELICES)
          if (!cells.get(nis)?.get(period)?.has(`reached${SUFFIX[h]}`)) set(nis, period, `reached${SUFFIX[h]}`, 0);
        add(nis, period, `reached${SUFFIX[helix]}`, 1);
      }
    }
    set(options.area, period, 'municipalitiesRepresented', municipalities.size);
  }

  // Contributions: counts, answered in time, response times.
  const responses = new Map<string, number[]>();
  for (const c of entities.contributions ?? []) {
    const received = dayOf(c.dateReceived);
    if (received === undefined || received > asOf) continue;
    const period = periodOf(received, unit);
    const nis = c.refStakeholder === undefined ? undefined : stakeholders.get(c.refStakeholder)?.nisCode;
    const areas = byMunicipality && typeof nis === 'string' ? [options.area, nis] : [options.area];
    const answer = answerOf(c, received, asOf);
    for (const area of areas) {
      add(area, period, 'contributions', 1);
      add(area, period, 'answeredWithin30Days', 0);
      add(area, period, 'contributionsDue', 0);
      if (typeof answer === 'object') {
        const days = daysBetween(received, answer.day);
        add(area, period, 'contributionsDue', 1);
        if (days <= window) add(area, period, 'answeredWithin30Days', 1);
        const key = `${area}\u0000${period}`;
        (responses.get(key) ?? responses.set(key, []).get(key)!).push(days);
      } else if (answer === 'unanswered' && daysBetween(received, asOf) > window)
        add(area, period, 'contributionsDue', 1);
    }
  }
  for (const [key, days] of responses) {
    const [area, period] = key.split('\u0000') as [string, string];
    set(area, period, 'medianResponseDays', median(days));
  }

  const rows: InputRow[] = [];
  const source = (variable: string) =>
    variable.startsWith('reached') || variable === 'municipalitiesRepresented'
      ? 'Meeting and Workshop participants (Stakeholder entities)'
      : variable.startsWith('workshop')
        ? 'Workshop entities'
        : 'Contribution entities';
  for (const [area, periods] of cells)
    for (const [period, vars] of periods)
      for (const [variable, value] of vars) rows.push({ area, period, variable, value, source: source(variable) });
  return rows;
}
