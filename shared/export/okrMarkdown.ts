import type { LinkMeaning } from '../board/linkMeaning';
import type { BoardSnapshot } from '../board/types';
import { markdownText } from './markdownText';
import { okrOutline, type Alignment, type OutlineKr, type OutlineTeam } from './okrOutline';

/**
 * The OKR list as Markdown, ready to paste into a wiki: a heading per level, one per team
 * (with its function), objectives as bullets in bold with their key results nested, and
 * where each links to.
 */

/** How an alignment reads after the note it starts from. */
const PHRASES: Record<LinkMeaning, string> = {
  localizes: 'localizes',
  cascades: 'cascades from',
  copiesDown: 'copies down',
  contributes: 'contributes to',
};

export function boardToMarkdown(board: BoardSnapshot): string {
  return `${[`# ${markdownText(board.meta.title) || 'Untitled board'}: OKRs`, '', ...okrListMarkdown(board, 2)].join('\n')}\n`;
}

/**
 * The list's lines, with level headings at `depth` (2 for `##`) and team headings one
 * deeper, so the workshop report can nest it under its own heading.
 */
export function okrListMarkdown(board: BoardSnapshot, depth: number): string[] {
  const outline = okrOutline(board);
  if (!outline.some((t) => t.objectives.length || t.looseKrs.length)) return ['_No objectives yet._'];
  const lines: string[] = [];
  let level: string | undefined;
  for (const section of outline) {
    const heading = section.team ? section.levelName : 'Not in a team';
    if (heading !== level) lines.push(`${'#'.repeat(depth)} ${markdownText(heading)}`, '');
    level = heading;
    if (section.team) {
      const { name, function: fnName } = section.team;
      // "Sales (Sales)" says nothing twice.
      const fn = fnName.trim() && fnName.trim().toLowerCase() !== name.trim().toLowerCase() ? ` (${markdownText(fnName)})` : '';
      lines.push(`${'#'.repeat(depth + 1)} ${markdownText(name) || 'Unnamed team'}${fn}`, '');
    }
    lines.push(...teamItems(section), '');
  }
  return lines.slice(0, -1);
}

function teamItems({ objectives, looseKrs }: OutlineTeam): string[] {
  if (!objectives.length && !looseKrs.length) return ['_No objectives yet._'];
  const items: string[] = [];
  for (const objective of objectives) {
    items.push(`- **${markdownText(objective.note.text) || '(empty)'}**${aligned(objective.alignments)}`);
    items.push(...objective.krs.map(krItem));
  }
  if (looseKrs.length) items.push('- _Key results without an objective_', ...looseKrs.map(krItem));
  return items;
}

function krItem(kr: OutlineKr): string {
  return `  - ${markdownText(kr.note.text) || '(empty)'}${aligned(kr.alignments)}`;
}

function aligned(alignments: readonly Alignment[]): string {
  if (!alignments.length) return '';
  const phrases = alignments.map(({ meaning, upper, upperTeam }) => {
    const team = upperTeam ? ` (${markdownText(upperTeam.name)})` : '';
    return `${PHRASES[meaning]} _${markdownText(upper.text) || '(empty)'}_${team}`;
  });
  return `: ${phrases.join('; ')}`;
}
