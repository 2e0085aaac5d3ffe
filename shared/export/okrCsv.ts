import { LINK_MEANINGS } from '../board/linkMeaning';
import type { BoardSnapshot } from '../board/types';
import { formatCsv } from './csvFormat';
import { okrOutline, oneLine, type Alignment } from './okrOutline';

/**
 * The OKR list as CSV, one row per key result, for spreadsheets and OKR tools; the same
 * columns import back (okrCsvImport.ts).
 *
 * - An objective without key results gets a row with an empty key result; a team with no
 *   objective or key result gets a row with only its team, function and level, so that
 *   an import recreates its frame.
 * - "aligned to" lists the upper notes the row's objective and key result link to, one
 *   per line, each as its text on one line; "link meaning" gives each one's meaning on
 *   the matching line. An objective's links repeat on each of its key results' rows.
 * - Notes in no team have empty team, function and level cells and come last.
 * - UTF-8 without a byte-order mark: the text is returned as is and whoever serves it
 *   says `charset=utf-8`. (Excel on Windows wants a BOM to guess UTF-8; most OKR tools and
 *   parsers are confused by one. The import accepts either.)
 * - Cells are not escaped against spreadsheet formulas: "-5% churn" and "+10 NPS" are
 *   ordinary key results, and changing them would break the round trip.
 */

export const OKR_CSV_COLUMNS = [
  'team',
  'function',
  'level',
  'objective',
  'key result',
  'aligned to',
  'link meaning',
  'author',
] as const;
export type OkrCsvColumn = (typeof OKR_CSV_COLUMNS)[number];

/**
 * @example boardToCsv(board)
 * // 'team,function,level,objective,key result,aligned to,link meaning,author\r\n' +
 * // 'Leadership,Company,Company,Grow revenue,Increase ARR from $10M to $14M,,,Ana\r\n'
 */
export function boardToCsv(board: BoardSnapshot): string {
  const rows: string[][] = [[...OKR_CSV_COLUMNS]];
  for (const { team, levelName, objectives, looseKrs } of okrOutline(board)) {
    const where = team ? [team.name.trim(), team.function.trim(), levelName] : ['', '', ''];
    const start = rows.length;
    for (const objective of objectives) {
      const text = objective.note.text.trim();
      if (!objective.krs.length) rows.push(row(where, text, '', objective.alignments, objective.note.author));
      for (const kr of objective.krs) {
        rows.push(row(where, text, kr.note.text.trim(), [...objective.alignments, ...kr.alignments], kr.note.author));
      }
    }
    for (const kr of looseKrs) rows.push(row(where, '', kr.note.text.trim(), kr.alignments, kr.note.author));
    if (team && rows.length === start) rows.push(row(where, '', '', [], ''));
  }
  return formatCsv(rows);
}

function row(where: string[], objective: string, kr: string, alignments: Alignment[], author: string): string[] {
  // A note with no text cannot be found again by its text, so its links are left out.
  const named = alignments.filter((a) => oneLine(a.upper.text) !== '');
  return [
    ...where,
    objective,
    kr,
    named.map((a) => oneLine(a.upper.text)).join('\n'),
    named.map((a) => LINK_MEANINGS[a.meaning].label).join('\n'),
    author.trim(),
  ];
}
