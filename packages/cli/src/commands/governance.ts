/**
 * `opencity governance check <workspace>`: every board's composition (helices, maximum share, chair, voting seats),
 * every board session's quorum, the decision register and every roadmap's approval chain, with each finding at its
 * record (file and line). Exit codes as `opencity validate`: 0 no finding at or above --fail-on, 1 some, 2 usage.
 */
import { checkGovernance, describeFinding, governanceCheckDocument } from '@opencity/participation';
import type { Block } from '@opencity/participation';
import { defineCommand } from '../framework/command';
import { ExitCode } from '../io';
import { asOfDay, readOfficeWorkspace, whereOf } from './officeWorkspace';
import { emit, officeOptions, renderDocument, reportFormat, warnLeftOut } from './participation';

const check = defineCommand({
  name: 'check',
  summary: {
    en: 'check board composition, quorum and the roadmap’s approval chain',
    fr: 'contrôler la composition des organes, le quorum et la chaîne d’approbation de la feuille de route',
    nl: 'de samenstelling van de organen, het quorum en de goedkeuringsketen van de roadmap controleren',
  },
  description: {
    en: 'Checks each board on --as-of (a dissolved board on its last day) against the region profile’s rules (every helix among the voting members, no helix above its maximum share, one chair, voting seats as stated), each board session’s quorum, each decision’s session, and each roadmap’s approval: a roadmap is never published without an approving decision of a board of type government.',
    fr: 'Contrôle chaque organe au jour --as-of (un organe dissous à son dernier jour) selon les règles du profil régional (chaque hélice parmi les membres votants, aucune au-delà de sa part maximale, un président, sièges votants conformes), le quorum de chaque séance, la séance de chaque décision et l’approbation de chaque feuille de route\u202f: une feuille de route n’est jamais publiée sans décision d’approbation d’un organe de type government.',
    nl: 'Controleert elk orgaan op --as-of (een ontbonden orgaan op zijn laatste dag) volgens de regels van het regioprofiel (elke helix onder de stemgerechtigde leden, geen helix boven haar maximale aandeel, één voorzitter, stemgerechtigde zetels zoals vermeld), het quorum van elke zitting, de zitting van elke beslissing en de goedkeuring van elke roadmap: een roadmap wordt nooit gepubliceerd zonder goedkeuringsbeslissing van een orgaan van het type government.',
  },
  arguments: [
    {
      name: 'workspace',
      required: true,
      complete: 'directory',
      description: { en: 'the workspace folder', fr: 'le dossier de l’espace de travail', nl: 'de werkruimtemap' },
    },
  ],
  options: {
    ...reportFormat,
    'fail-on': {
      type: 'string',
      choices: ['error', 'warning'],
      default: 'error',
      description: {
        en: 'lowest severity that makes the exit code 1',
        fr: 'gravité la plus basse qui donne le code de sortie 1',
        nl: 'laagste ernst die afsluitcode 1 geeft',
      },
    },
    ...officeOptions,
  },
  examples: [
    {
      command: 'opencity governance check my-office --as-of 2026-12-01',
      description: {
        en: 'check the boards as they stood on 1 December 2026',
        fr: 'contrôler les organes tels qu’ils étaient le 1er décembre 2026',
        nl: 'de organen controleren zoals ze op 1 december 2026 waren',
      },
    },
  ],
  exitCodes: {
    en: '0 no finding reaches --fail-on, 1 some does, 2 usage or input problem (one line on standard error)',
    fr: '0 aucun constat n’atteint --fail-on, 1 au moins un, 2 problème d’utilisation ou d’entrée (une ligne sur la sortie d’erreur)',
    nl: '0 geen bevinding bereikt --fail-on, 1 wel, 2 gebruiks- of invoerprobleem (één regel op de foutuitvoer)',
  },
  run: async ({ values, positionals, io, lang }) => {
    const asOf = asOfDay(values['as-of'], lang);
    const dir = positionals[0]!;
    const ws = await readOfficeWorkspace(dir, io.cwd, lang);
    warnLeftOut(io, lang, ws, dir);
    const result = checkGovernance(ws.entities, { asOf, ...(ws.profile.rules ? { rules: ws.profile.rules } : {}) });
    const findings = result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      entity: f.entity,
      instancePath: f.instancePath,
      message: describeFinding(f, lang),
      params: f.params,
      ...(ws.sources.get(f.entity) ? { source: ws.sources.get(f.entity) } : {}),
    }));
    let text: string;
    if (values.format === 'json') {
      text = `${JSON.stringify(
        {
          workspace: dir,
          asOf: result.asOf,
          counts: result.counts,
          boards: result.boards.map((b) => ({
            board: b.board,
            date: b.date,
            votingMembers: b.votingBalance.total,
            helices: b.votingBalance.counts,
            evenness: b.votingBalance.evenness,
            valid: b.valid,
          })),
          sessions: result.sessions.map((s) => ({
            meeting: s.meeting,
            board: s.board,
            date: s.date,
            present: s.present,
            quorum: s.quorum,
            quorate: s.quorate,
          })),
          approvals: result.approvals.map((a) => ({ roadmap: a.roadmap, stage: a.stage, steps: a.steps })),
          findings,
        },
        null,
        2,
      )}\n`;
    } else {
      const doc = governanceCheckDocument(result, ws.entities, lang);
      // The document's findings table gains the record each finding is about (file and line).
      const where: Block = {
        kind: 'list',
        items: findings.map((f) => `${whereOf(f.source) || f.entity}${f.instancePath}: [${f.code}] ${f.message}`),
      };
      const blocks = findings.length ? [...doc.blocks.slice(0, -1), where] : doc.blocks;
      text = renderDocument({ ...doc, blocks }, values.format);
    }
    await emit(io, lang, text, values.output);
    const failing = values['fail-on'] === 'warning' ? result.counts.error + result.counts.warning : result.counts.error;
    return failing > 0 ? ExitCode.findings : ExitCode.ok;
  },
});

/** `opencity governance`: checks of an office's boards, sessions and approvals. */
export const governance = defineCommand({
  name: 'governance',
  summary: {
    en: 'governance of an office’s workspace: board composition, quorum, approval chain',
    fr: 'gouvernance d’un espace de travail\u202f: composition des organes, quorum, chaîne d’approbation',
    nl: 'governance van een werkruimte: samenstelling van de organen, quorum, goedkeuringsketen',
  },
  subcommands: [check],
});
