import type { BoardSnapshot } from '../board/types';
import { indexBoard } from './boardIndex';
import { boardMetrics } from './metrics';
import { OUTPUT_VERBS } from './outputVerbs';
import { ballooning } from './rules/ballooning';
import { cascadeLink } from './rules/cascadeLink';
import { looseKr } from './rules/looseKr';
import { orphanObjective } from './rules/orphanObjective';
import { outputKr, outputVerbMatcher } from './rules/outputKr';
import type { Rule, RuleContext } from './rules/rule';
import { overBudget } from './rules/overBudget';
import { siloObjective } from './rules/siloObjective';
import { siloTeam } from './rules/siloTeam';
import { unsupportedObjective } from './rules/unsupportedObjective';
import { supportSets } from './supportSets';
import { RULES, type AnalysisResult, type Finding, type RuleId } from './types';

/** One function per rule of PRODUCT.md section 3; the table makes a missing one a type error. */
export const RULE_FUNCTIONS = {
  'cascade-link': cascadeLink,
  'over-budget': overBudget,
  ballooning,
  'silo-objective': siloObjective,
  'unsupported-objective': unsupportedObjective,
  'silo-team': siloTeam,
  'orphan-objective': orphanObjective,
  'output-kr': outputKr,
  'loose-kr': looseKr,
} as const satisfies Record<RuleId, Rule>;

const RULE_ORDER = Object.keys(RULES) as RuleId[];

export interface AnalyzeOptions {
  /** Replaces the default output verb list (OUTPUT_VERBS). */
  outputVerbs?: readonly string[];
}

/**
 * Every finding and metric of a board. Pure and deterministic: findings come in rule
 * order (as RULES lists them), then by subject id, whatever order the snapshot's lists
 * are in. The budget comes from `snapshot.meta.budget`.
 *
 * @example const { findings, metrics } = analyze(snapshotBoard(doc));
 */
export function analyze(snapshot: BoardSnapshot, options: AnalyzeOptions = {}): AnalysisResult {
  const index = indexBoard(snapshot);
  const context: RuleContext = {
    index,
    support: supportSets(index),
    verbs: outputVerbMatcher(options.outputVerbs ?? OUTPUT_VERBS),
  };
  const findings = RULE_ORDER.flatMap((rule) => RULE_FUNCTIONS[rule](context).sort(bySubject));
  return { findings, metrics: boardMetrics(index, context.support) };
}

function bySubject(a: Finding, b: Finding): number {
  const x = a.ids[0] ?? '';
  const y = b.ids[0] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
