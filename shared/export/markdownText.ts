import { oneLine } from './okrOutline';

/**
 * A note's or team's text made safe to drop into a Markdown line, a list item or a table
 * cell: on one line, with the characters that would start emphasis, links, headings,
 * HTML or table cells escaped, and a leading "-", "+" or "1." kept from starting a list.
 *
 * @example markdownText('-5% *churn* | NPS') // '\\-5% \\*churn\\* \\| NPS'
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function markdownTable(header: readonly string[], align: readonly ('left' | 'right')[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'right' ? '---:' : '---'))), ...rows.map(line)];
}
