import { RULES, type Finding, type RuleId, type Severity } from '../../shared/analysis';
import type { BoardSnapshot } from '../../shared/board';

export interface FindingGroup {
  rule: RuleId;
  title: string;
  severity: Severity;
  findings: Finding[];
}

/** Names a finding across recomputations: its rule and what it concerns. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}:${finding.ids.join(',')}`;
}

/**
 * Findings by rule, in the rules' table order, only the rules asked for (all when
 * `rules` is null) and only rules with findings.
 */
export function groupFindings(findings: readonly Finding[], rules: readonly RuleId[] | null): FindingGroup[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const finding of findings) {
    if (rules && !rules.includes(finding.rule)) continue;
    const list = byRule.get(finding.rule) ?? [];
    list.push(finding);
    byRule.set(finding.rule, list);
  }
  return (Object.keys(RULES) as RuleId[]).flatMap((rule) => {
    const list = byRule.get(rule);
    return list ? [{ rule, title: RULES[rule].title, severity: RULES[rule].severity, findings: list }] : [];
  });
}

export interface FindingTarget {
  /** The nodes the view fits to. */
  fit: string[];
  /** What gets selected: the finding's subject, a node or a link. */
  selectNodes: string[];
  selectEdges: string[];
}

/**
 * Where "go to finding" takes the view: a team's finding fits its frame (its notes are in
 * it), any other fits every note it names; the subject is selected.
 */
export function findingTarget(finding: Finding, board: BoardSnapshot): FindingTarget {
  const teams = new Set(board.teams.map(({ id }) => id));
  const notes = new Set(board.notes.map(({ id }) => id));
  const links = new Set(board.links.map(({ id }) => id));
  const [subject = ''] = finding.ids;
  const fit = teams.has(subject) ? [subject] : finding.ids.filter((id) => notes.has(id) || teams.has(id));
  return {
    fit,
    selectNodes: teams.has(subject) || notes.has(subject) ? [subject] : [],
    selectEdges: links.has(subject) ? [subject] : [],
  };
}
