import type { Note, Team } from '../board/types';

/** Long enough to recognise a sticky note, short enough for one line of a panel. */
const MAX_QUOTE = 48;
const MESSY_SPACE = /^\s|\s$|[^\S ]| {2}/;

/**
 * A note as a participant recognises it: its text, whitespace collapsed, cut at a word
 * boundary when long, in quotes.
 *
 * @example quoteNote(note) // '"Increase the number of sales hires from 4 to 10"'
 */
export function quoteNote(note: Note): string {
  // Most notes are one clean line; only rewrite the ones that are not.
  const text = MESSY_SPACE.test(note.text) ? note.text.replace(/\s+/g, ' ').trim() : note.text;
  if (text === '') return '(untitled)';
  if (text.length <= MAX_QUOTE) return `"${text}"`;
  const cut = text.slice(0, MAX_QUOTE);
  const space = cut.lastIndexOf(' ');
  return `"${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}

export function teamName(team: Team): string {
  return team.name.trim() || 'An unnamed team';
}

/** "1 objective", "4 objectives". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
