/** What the overlay rules produce (PRODUCT.md section 3). */

export const SEVERITIES = ['info', 'warning', 'problem'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULES = {
  'cascade-link': { severity: 'warning', title: 'Cascaded from a key result' },
  'over-budget': { severity: 'warning', title: 'Over the focus budget' },
  ballooning: { severity: 'problem', title: 'Ballooning' },
  'silo-objective': { severity: 'problem', title: 'Silo objective' },
  'unsupported-objective': { severity: 'info', title: 'Unsupported objective' },
  'silo-team': { severity: 'warning', title: 'Silo team' },
  'orphan-objective': { severity: 'warning', title: 'Orphan objective' },
  'output-kr': { severity: 'info', title: 'Output key result' },
  'loose-kr': { severity: 'warning', title: 'Key result without objective' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The notes, teams or links the finding concerns; the first is its subject. */
  ids: string[];
  /** A sentence a participant understands. */
  message: string;
  /** A suggested fix, where the rule has one (e.g. an outcome rewrite of an output KR). */
  suggestion?: string;
}

export interface TeamMetrics {
  teamId: string;
  level: number;
  objectives: number;
  krs: number;
  cascadedObjectives: number;
}

export interface LevelMetrics {
  level: number;
  name: string;
  teams: number;
  /** KRs a team at this level would hold if the board cascaded: o * k^(d+1). */
  projectedKrsPerTeam: number;
  actualMeanKrsPerTeam: number;
  actualMaxKrsPerTeam: number;
}

export interface BoardMetrics {
  teams: TeamMetrics[];
  levels: LevelMetrics[];
  /** Top objectives (o) and mean KRs per top objective (k) the projection uses. */
  projection: { topObjectives: number; krsPerTopObjective: number };
  /** Share (0..1) of objectives whose support set spans two or more functions. */
  crossFunctionalShare: number;
}

export interface AnalysisResult {
  findings: Finding[];
  metrics: BoardMetrics;
}
