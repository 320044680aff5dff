/**
 * Hierarchical composite indices (OECD/JRC handbook, DESI): normalise leaf indicators, then aggregate children with
 * normalised weights by weighted arithmetic or geometric means, per unit (area). A node is computed only when the weight
 * share of children with data reaches its data-availability threshold; the available children are then re-weighted.
 */
import type { KpiDefinition, KpiIndexNode, KpiNormalisation, KpiValue } from '@opencity/models';
import { KpiError } from '../errors';
import { computed, notComputable, type Outcome } from '../outcome';
import { kpiTextEn } from '../text/kpiTexts';
import { buildKpiValue, type ComputeContext } from '../engine/computeKpi';
import { normalize, type NormalizeOptions } from './normalize';

/** The indicator values of one unit (an area), by KPI id. */
export interface IndexUnit {
  /** Unit (area) code. */
  readonly unit: string;
  /** KPI values by KPI id; undefined or absent when missing. */
  readonly values: Readonly<Record<string, number | undefined>>;
}

/** The score of one node for one unit. */
export interface NodeScore {
  /** 0–100 score (for z-scores, centred on the shift), or the reason it is missing. */
  readonly score: Outcome;
  /** Weight share of children with data (1 for leaves with data). */
  readonly dataShare: number;
  /** True when missing children were left out and the others re-weighted. */
  readonly reweighted: boolean;
}

/** The result of an index for one unit: the root score and every node's score. */
export interface IndexResult {
  /** Unit (area) code. */
  readonly unit: string;
  /** Root score. */
  readonly score: Outcome;
  /** Scores of every node by node id. */
  readonly nodes: Readonly<Record<string, NodeScore>>;
  /** Rules applied, for provenance. */
  readonly rules: readonly string[];
}

/** The default data-availability threshold: every child must have data unless the node says otherwise. */
export const DEFAULT_MIN_DATA_SHARE = 1;

/** The deepest index tree {@link computeIndex} accepts (published indices such as DESI have three or four levels). */
export const MAX_INDEX_DEPTH = 64;

function toOptions(n: KpiNormalisation, sample: number[]): NormalizeOptions {
  const dir = n.direction ?? 'increase';
  const log = n.log ?? false;
  switch (n.method) {
    case 'minmax':
      if (n.min === undefined || n.max === undefined)
        throw new KpiError('invalid_definition', 'minmax normalisation needs min and max');
      return { method: 'minmax', min: n.min, max: n.max, direction: dir, log };
    case 'distance-to-target':
      if (n.target === undefined)
        throw new KpiError('invalid_definition', 'distance-to-target normalisation needs a target');
      return {
        method: 'distance-to-target',
        target: n.target,
        direction: dir,
        log,
        ...(n.min === undefined ? {} : { min: n.min }),
        ...(n.max === undefined ? {} : { max: n.max }),
      };
    case 'zscore':
      if (!n.sd) throw new KpiError('invalid_definition', 'zscore normalisation must state sd: sample or population');
      return {
        method: 'zscore',
        sample,
        sd: n.sd,
        direction: dir,
        log,
        ...(n.shift === undefined ? {} : { shift: n.shift }),
        ...(n.scale === undefined ? {} : { scale: n.scale }),
      };
    case 'rank':
      return { method: 'rank', sample, direction: dir };
  }
}

function describe(n: KpiNormalisation | undefined): string {
  if (!n) return 'taken as a 0–100 score';
  const parts: string[] = [n.method, n.direction ?? 'increase'];
  if (n.min !== undefined) parts.push(`min ${n.min}`);
  if (n.max !== undefined) parts.push(`max ${n.max}`);
  if (n.target !== undefined) parts.push(`target ${n.target}`);
  if (n.sd) parts.push(`${n.sd} sd`);
  if (n.log) parts.push('log');
  return parts.join(', ');
}

/**
 * Computes an index tree for every unit. Leaves normalise the KPI named in `kpi` (z-scores and ranks relative to all
 * units); aggregates take the weighted arithmetic (default) or geometric mean of their children's scores.
 * @example
 * const results = computeIndex(desiIndex, [{ unit: '21004', values: { 'DIG-01': 91, 'DIG-02': 38 } }]);
 */
export function computeIndex(root: KpiIndexNode, units: readonly IndexUnit[]): IndexResult[] {
  const leaves: KpiIndexNode[] = [];
  const ids = new Set<string>();
  // Checked without recursion, so a degenerate tree gets this message rather than a stack overflow.
  const pending: { node: KpiIndexNode; depth: number }[] = [{ node: root, depth: 1 }];
  while (pending.length > 0) {
    const { node: n, depth } = pending.pop()!;
    if (depth > MAX_INDEX_DEPTH)
      throw new KpiError('invalid_definition', `index tree is deeper than ${MAX_INDEX_DEPTH} levels (at node ${n.id})`);
    if (ids.has(n.id)) throw new KpiError('invalid_definition', `index node id ${n.id} is used twice`);
    ids.add(n.id);
    if (n.children && n.kpi) throw new KpiError('invalid_definition', `index node ${n.id} has both kpi and children`);
    if (!n.children && !n.kpi)
      throw new KpiError('invalid_definition', `index node ${n.id} has neither kpi nor children`);
    const weight = n.weight ?? 1;
    if (!(Number.isFinite(weight) && weight >= 0))
      throw new KpiError('invalid_definition', `index node ${n.id}: weight must be a finite number ≥ 0; got ${weight}`);
    if (n.kpi) leaves.push(n);
    for (let i = (n.children?.length ?? 0) - 1; i >= 0; i--) pending.push({ node: n.children![i]!, depth: depth + 1 });
  }
  const samples = new Map<string, number[]>();
  for (const leaf of leaves) {
    samples.set(
      leaf.id,
      units
        .map((u) => (Object.hasOwn(u.values, leaf.kpi!) ? u.values[leaf.kpi!] : undefined))
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
    );
  }

  return units.map((u) => {
    const nodes = Object.create(null) as Record<string, NodeScore>;
    const rules: string[] = [];
    const score = (n: KpiIndexNode): NodeScore => {
      let result: NodeScore;
      if (n.kpi) {
        const raw = Object.hasOwn(u.values, n.kpi) ? u.values[n.kpi] : undefined;
        if (typeof raw !== 'number' || !Number.isFinite(raw)) {
          result = {
            score: notComputable('missing_component', kpiTextEn('component_missing', { kpi: n.kpi }), n.kpi),
            dataShare: 0,
            reweighted: false,
          };
        } else {
          try {
            const s = n.normalisation ? normalize(raw, toOptions(n.normalisation, samples.get(n.id)!)) : raw;
            result = { score: computed(s), dataShare: 1, reweighted: false };
          } catch (e) {
            result = {
              score: notComputable(
                'invalid_input',
                kpiTextEn('component_invalid', { kpi: n.kpi, message: (e as Error).message }),
                n.kpi,
              ),
              dataShare: 0,
              reweighted: false,
            };
          }
        }
      } else {
        // Weights are taken relative to the largest, so their sums cannot overflow whatever their magnitude.
        const largest = Math.max(...n.children!.map((c) => c.weight ?? 1));
        const children = n.children!.map((c) => ({
          node: c,
          weight: largest > 0 ? (c.weight ?? 1) / largest : 0,
          result: score(c),
        }));
        const total = children.reduce((s, c) => s + c.weight, 0);
        if (!(total > 0)) throw new KpiError('invalid_definition', `index node ${n.id}: children weights sum to 0`);
        const available = children.filter((c) => c.result.score.ok);
        const share = available.reduce((s, c) => s + c.weight, 0) / total;
        const threshold = n.minDataShare ?? DEFAULT_MIN_DATA_SHARE;
        const method = n.aggregation ?? 'arithmetic';
        const reweighted = available.length < children.length;
        if (available.length === 0 || share === 0 || share < threshold - 1e-12) {
          result = {
            score: notComputable(
              'missing_component',
              kpiTextEn('component_weight_share', {
                node: n.id,
                share: Math.round(share * 1000) / 10,
                required: Math.round(threshold * 1000) / 10,
              }),
            ),
            dataShare: share,
            reweighted: false,
          };
        } else {
          const w = available.reduce((s, c) => s + c.weight, 0);
          let value: Outcome;
          if (method === 'arithmetic') {
            value = computed(
              available.reduce((s, c) => s + (c.weight / w) * (c.result.score as { value: number }).value, 0),
            );
          } else {
            const scores = available.map((c) => (c.result.score as { value: number }).value);
            if (scores.some((s) => s < 0))
              value = notComputable('invalid_input', kpiTextEn('geometric_mean_negative', { node: n.id }));
            else if (scores.some((s) => s === 0)) value = computed(0);
            else
              value = computed(Math.exp(available.reduce((s, c, i) => s + (c.weight / w) * Math.log(scores[i]!), 0)));
          }
          if (value.ok && !Number.isFinite(value.value))
            value = notComputable('non_finite_result', kpiTextEn('aggregate_not_finite', { node: n.id }));
          if (reweighted)
            rules.push(kpiTextEn('index_reweighted', { node: n.id, left: children.length - available.length }));
          result = { score: value, dataShare: share, reweighted };
        }
      }
      nodes[n.id] = result;
      return result;
    };
    for (const leaf of leaves)
      rules.push(
        leaf.normalisation
          ? kpiTextEn('index_leaf', { leaf: leaf.id, kpi: leaf.kpi!, normalisation: describe(leaf.normalisation) })
          : kpiTextEn('index_leaf_score', { leaf: leaf.id, kpi: leaf.kpi! }),
      );
    const top = score(root);
    return { unit: u.unit, score: top.score, nodes, rules };
  });
}

/**
 * The KpiValues of a composite definition for every unit: the root score with the normalisation and re-weighting
 * rules in its provenance and the node scores as inputs.
 * @example
 * const values = computeCompositeKpi(getDefinition('DIG-09'), units, { period: '2024' });
 */
export function computeCompositeKpi(
  definition: KpiDefinition,
  units: readonly IndexUnit[],
  context: Omit<ComputeContext, 'area'>,
): KpiValue[] {
  if (definition.formula.kind !== 'composite')
    throw new KpiError('invalid_option', `${definition.id} is not a composite KPI`);
  return computeIndex(definition.formula.index, units).map((r) => {
    const leafCount = Object.keys(r.nodes).length;
    const present = Object.values(r.nodes).filter((n) => n.score.ok).length;
    const inputs = Object.entries(r.nodes).map(([name, n]) => (n.score.ok ? { name, value: n.score.value } : { name }));
    return buildKpiValue(
      definition,
      { ...context, area: r.unit },
      r.score,
      { inputs, rules: r.rules },
      { present, expected: leafCount, of: 'components' },
    );
  });
}
