/** The Governance page: board composition by helix, the roadmap's approval chain, the decision register, findings. */
import type { Lang } from '@opencity/brussels';
import { HELICES, ROADMAP_STAGES } from '@opencity/participation';
import { chart } from '../charts';
import type { GovernanceView } from '../compute/participation';
import { esc, formatList, formatNumber, pick } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData } from '../viewModel';
import { countOf, formatDay, formatEuro, helixColours, libraryText as m, s } from './participationStrings';
import { evennessCell, helixCountCells } from './participation';
import './participation.css';

type Decision = GovernanceView['decisions'][number];

/** What a decision approved, in words: the roadmap, n factsheets, n KPI definitions, the budget. */
function approvedText(d: Decision, lang: Lang): string {
  const parts = [
    ...(d.objects.roadmap ? [s('object.roadmap', lang)] : []),
    ...(d.objects.factsheet ? [countOf('factsheets', d.objects.factsheet, lang)] : []),
    ...(d.objects.kpiDefinition ? [countOf('kpiDefinitions', d.objects.kpiDefinition, lang)] : []),
    ...(d.objects.other ? [countOf('otherRecords', d.objects.other, lang)] : []),
    ...(d.budget === null ? [] : [formatEuro(d.budget, lang)]),
  ];
  return parts.length ? formatList(parts, lang) : s('noObject', lang);
}

function sessionText(d: Decision, lang: Lang): string {
  if (!d.session) return s('noSession', lang);
  const q = d.session;
  const counted = `${countOf('votingPresent', q.present, lang)}, ${
    q.quorum === null ? s('noQuorum', lang) : s('quorumOf', lang, { quorum: formatNumber(q.quorum, lang, 0) })
  }`;
  return q.quorate === null ? counted : `${counted} · ${s(q.quorate ? 'quorate' : 'notQuorate', lang)}`;
}

/** The members without a vote: "1 non-voting member (Public partners)". */
function nonVotingText(n: GovernanceView['boards'][number]['nonVoting'], lang: Lang): string {
  if (n.total === 0) return countOf('observers', 0, lang);
  const parts = [
    ...HELICES.filter((h) => n.counts[h] > 0).map(
      (h) => `${m(`helix.${h}`, lang)} ${formatNumber(n.counts[h], lang, 0)}`,
    ),
    ...(n.unclassified > 0 ? [`${m('helix.unclassified', lang)} ${formatNumber(n.unclassified, lang, 0)}`] : []),
  ];
  return `${countOf('observers', n.total, lang)} (${formatList(parts, lang)})`;
}

/** Renders the Governance page. */
export function renderGovernance(app: HTMLElement, data: DashboardData, state: UiState): void {
  const { lang } = state;
  const g = data.governance;
  if (!g) {
    app.innerHTML = `<h2>${esc(s('boards', lang))}</h2><p class="help">${esc(s('noBoard', lang))}</p>`;
    return;
  }
  const reached = g.approval ? ROADMAP_STAGES.indexOf(g.approval.stage) : -1;
  app.innerHTML = `
    <p class="provenance">${esc(s('asOf', lang, { date: formatDay(g.asOf, lang) }))}</p>
    <h2>${esc(s('boards', lang))}</h2>
    <div id="chart-boards" class="chart small"></div>
    <table data-testid="boards"><thead><tr><th>${esc(s('board', lang))}</th>${HELICES.map((h) => `<th>${esc(m(`helix.${h}`, lang))}</th>`).join('')}<th>${esc(s('voting', lang))}</th><th>${esc(s('evenness', lang))}</th><th>${esc(s('nonVoting', lang))}</th><th>${esc(s('quorum', lang))}</th><th>${esc(s('chair', lang))}</th></tr></thead><tbody>${g.boards
      .map((b) => {
        const v = b.voting;
        return `<tr data-board-type="${esc(b.type)}"><td>${esc(pick(b.name, lang))}<br><small>${esc(m(`board.${b.type}`, lang))} · ${esc(s('onDay', lang, { date: formatDay(b.date, lang) }))} · <span class="${b.valid ? 'ok' : 'bad'}">${esc(s(b.valid ? 'valid' : 'invalid', lang))}</span></small></td>${helixCountCells(v, lang)}<td>${formatNumber(v.total, lang, 0)}</td>${evennessCell(v, lang)}<td data-testid="non-voting">${esc(nonVotingText(b.nonVoting, lang))}</td><td>${b.quorum === null ? `<em>${esc(s('noQuorum', lang))}</em>` : formatNumber(b.quorum, lang, 0)}</td><td>${b.chair ? esc(pick(b.chair, lang)) : `<em>${esc(s('noChair', lang))}</em>`}</td></tr>`;
      })
      .join('')}</tbody></table>
    <h2>${esc(s('approval', lang))}</h2>
    ${
      g.approval
        ? `<p data-testid="approval-stage"><strong>${esc(pick(g.approval.roadmap, lang))}</strong>: ${esc(m(`stage.${g.approval.stage}`, lang))}</p>
      <ol class="approval-chain" data-testid="approval-chain">${ROADMAP_STAGES.map((stage, k) => {
        const step = g.approval!.steps.find((x) => x.stage === stage);
        const detail = !step
          ? s('notYet', lang)
          : step.decision === null
            ? s('draftStep', lang)
            : [
                s('decidedBy', lang, { number: step.decision }),
                ...(step.date ? [formatDay(step.date, lang)] : []),
                ...(step.board ? [pick(step.board, lang)] : []),
                ...(step.subject ? [pick(step.subject, lang)] : []),
              ].join(' · ');
        return `<li data-stage="${esc(stage)}" class="${step && k <= reached ? 'reached' : 'pending'}"><strong>${esc(m(`stage.${stage}`, lang))}</strong><br><small>${esc(detail)}</small></li>`;
      }).join('')}</ol>`
        : `<p class="help">${esc(s('noRoadmap', lang))}</p>`
    }
    <h2>${esc(s('register_', lang))}</h2>
    <table data-testid="decision-register"><thead><tr><th>${esc(s('date', lang))}</th><th>${esc(s('board', lang))}</th><th>${esc(s('number', lang))}</th><th>${esc(s('subject', lang))}</th><th>${esc(s('outcome', lang))}</th><th>${esc(s('approved', lang))}</th><th>${esc(s('session', lang))}</th></tr></thead><tbody>${g.decisions
      .map(
        (d) =>
          `<tr><td>${esc(formatDay(d.date, lang))}</td><td>${esc(pick(d.board, lang))}</td><td>${d.number === null ? '' : esc(d.number)}</td><td>${esc(pick(d.subject, lang))}</td><td>${esc(m(`outcome.${d.outcome}`, lang))}</td><td>${esc(approvedText(d, lang))}</td><td><small>${esc(sessionText(d, lang))}</small></td></tr>`,
      )
      .join('')}</tbody></table>
    <h2>${esc(s('findings', lang))}</h2>
    ${
      g.findings.length
        ? `<ul class="findings" data-testid="governance-findings">${g.findings.map((f) => `<li class="severity-${esc(f.severity)}"><code>${esc(f.code)}</code> ${esc(pick(f.message, lang))}</li>`).join('')}</ul>`
        : `<p data-testid="no-governance-findings">${esc(s('noFindings', lang))}</p>`
    }`;
  chart(app.querySelector('#chart-boards') as HTMLElement, {
    grid: { left: 230, right: 20, top: 40, bottom: 25 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: g.boards.map((b) => pick(b.name, lang)),
      axisLabel: { width: 220, overflow: 'break' },
    },
    series: [
      ...HELICES.map((h) => ({
        name: m(`helix.${h}`, lang),
        type: 'bar' as const,
        stack: 'b',
        itemStyle: { color: helixColours[h] },
        data: g.boards.map((b) => b.voting.counts[h]),
      })),
      {
        name: s('nonVoting', lang),
        type: 'bar',
        stack: 'b',
        itemStyle: { color: '#d0d7de' },
        data: g.boards.map((b) => b.nonVoting.total),
      },
    ],
  });
}
