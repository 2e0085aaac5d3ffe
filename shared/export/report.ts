import type { AnalysisResult, Finding, RuleId } from '../analysis/types';
import { RULES } from '../analysis/types';
import type { BoardSnapshot } from '../board/types';
import { exportDate } from './filenames';
import { markdownTable, markdownText } from './markdownText';
import { okrListMarkdown } from './okrMarkdown';
import { levelName } from './okrOutline';

/**
 * The workshop report in Markdown: what the workshop covered, who took part, how many
 * OKRs each team holds, what the overlay found and, from the analysis, what cascading
 * would have produced; the OKR list closes it. The analysis is passed in (the caller
 * runs it); without one the report leaves out findings and projection.
 */

export interface WorkshopReportInput {
  board: BoardSnapshot;
  /** When the report is made, written as a UTC date (YYYY-MM-DD). */
  date: Date;
  /** Titles of the facilitator script's steps the workshop reached, in order. */
  steps?: readonly string[];
  /** Names of the people who took part. */
  participants?: readonly string[];
  analysis?: AnalysisResult;
}

export function workshopReport(input: WorkshopReportInput): string {
  const { board } = input;
  const sections = [
    [`# Workshop report: ${markdownText(board.meta.title) || 'Untitled board'}`, '', `Date: ${exportDate(input.date)}`],
    input.steps && ['## Steps reached', '', ...numbered(input.steps)],
    input.participants && ['## Participants', '', ...participantLines(input.participants)],
    ['## OKRs per team', '', ...countsTable(board)],
    input.analysis && ['## Findings', '', ...findingLines(input.analysis)],
    input.analysis && ['## Cascade projection', '', ...projectionLines(input.analysis)],
    ['## OKR list', '', ...okrListMarkdown(board, 3)],
  ];
  return `${sections
    .filter((s): s is string[] => Boolean(s))
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}

function numbered(steps: readonly string[]): string[] {
  return steps.length ? steps.map((title, i) => `${i + 1}. ${markdownText(title)}`) : ['_None._'];
}

function participantLines(names: readonly string[]): string[] {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  if (!unique.length) return ['_None recorded._'];
  return [`${unique.length} ${unique.length === 1 ? 'person' : 'people'}: ${unique.map(markdownText).join(', ')}`];
}

function countsTable(board: BoardSnapshot): string[] {
  const count = (teamId: string | null, kind: string) =>
    board.notes.filter((n) => (n.teamId ?? null) === teamId && n.kind === kind).length;
  const teams = [...board.teams].sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
  const rows: { cells: string[]; counts: number[] }[] = teams.map((t) => ({
    cells: [markdownText(levelName(board.meta.levels, t.level)), markdownText(t.name), markdownText(t.function)],
    counts: [count(t.id, 'objective'), count(t.id, 'kr'), count(t.id, 'idea')],
  }));
  const teamIds = new Set(board.teams.map((t) => t.id));
  const outside = ['objective', 'kr', 'idea'].map(
    (kind) => board.notes.filter((n) => n.kind === kind && (n.teamId === null || !teamIds.has(n.teamId))).length,
  );
  if (outside.some(Boolean)) rows.push({ cells: ['', '_Not in a team_', ''], counts: outside });
  const totals = [0, 1, 2].map((i) => rows.reduce((sum, r) => sum + r.counts[i]!, 0));
  const { objectivesPerTeam, krsPerObjective } = board.meta.budget;
  return [
    ...markdownTable(
      ['Level', 'Team', 'Function', 'Objectives', 'Key results', 'Ideas'],
      ['left', 'left', 'left', 'right', 'right', 'right'],
      [...rows.map((r) => [...r.cells, ...r.counts.map(String)]), ['**Total**', '', '', ...totals.map(String)]],
    ),
    '',
    `Focus budget: ${plural(objectivesPerTeam, 'objective')} per team, ${plural(krsPerObjective, 'key result')} per objective.`,
  ];
}

function findingLines({ findings, metrics }: AnalysisResult): string[] {
  const share = `Cross-functional top-level objectives: ${Math.round(metrics.crossFunctionalShare * 100)}%.`;
  if (!findings.length) return [share, '', '_No findings._'];
  const byRule = new Map<RuleId, Finding[]>();
  for (const rule of Object.keys(RULES) as RuleId[]) {
    const found = findings.filter((f) => f.rule === rule);
    if (found.length) byRule.set(rule, found);
  }
  const lines = [
    share,
    '',
    ...markdownTable(
      ['Finding', 'Severity', 'Count'],
      ['left', 'left', 'right'],
      [...byRule].map(([rule, found]) => [RULES[rule].title, RULES[rule].severity, String(found.length)]),
    ),
  ];
  for (const [rule, found] of byRule) {
    lines.push('', `### ${RULES[rule].title} (${found.length})`, '');
    for (const finding of found) {
      lines.push(`- ${markdownText(finding.message)}`);
      if (finding.suggestion) lines.push(`  - Suggestion: ${markdownText(finding.suggestion)}`);
    }
  }
  return lines;
}

function projectionLines({ metrics }: AnalysisResult): string[] {
  const { topObjectives, krsPerTopObjective } = metrics.projection;
  return [
    `With ${plural(topObjectives, 'top-level objective')} and ${plural(krsPerTopObjective, 'key result')} per top-level objective, ` +
      'a team that cascaded every key result into an objective of its own would hold o × k^(d+1) key results at level d:',
    '',
    ...markdownTable(
      ['Level', 'Teams', 'If cascaded (KRs per team)', 'Actual mean', 'Actual max'],
      ['left', 'right', 'right', 'right', 'right'],
      metrics.levels.map((l) => [
        markdownText(l.name),
        String(l.teams),
        number(l.projectedKrsPerTeam),
        number(l.actualMeanKrsPerTeam),
        number(l.actualMaxKrsPerTeam),
      ]),
    ),
  ];
}

function plural(value: number, noun: string): string {
  return `${number(value)} ${noun}${value === 1 ? '' : 's'}`;
}

/** Whole numbers as they are, others to one decimal. */
function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
