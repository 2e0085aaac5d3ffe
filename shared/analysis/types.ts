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

export interface ObjectiveMetrics {
  objectiveId: string;
  teamId: string | null;
  /** The level of the objective's team; null when it sits in no team frame. */
  level: number | null;
  krs: number;
  /** The support set F(O): functions of the teams whose notes link to it, directly or through a chain; sorted. */
  functions: string[];
  /** |F(O)| >= 2. */
  crossFunctional: boolean;
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
  /** Every objective with its support set, for the overlay's rings and badges. */
  objectives: ObjectiveMetrics[];
  levels: LevelMetrics[];
  /** Top objectives (o) and mean KRs per top objective (k) the projection uses. */
  projection: { topObjectives: number; krsPerTopObjective: number };
  /**
   * Share (0..1) of top-level objectives whose support set spans two or more functions
   * (0 when the top level has none). Top level only: below it, an objective supported by
   * its own function's teams is the normal shape of a localized board, not a silo.
   */
  crossFunctionalShare: number;
}

export interface AnalysisResult {
  findings: Finding[];
  metrics: BoardMetrics;
}
