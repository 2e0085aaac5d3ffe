import { LINK_MEANINGS, linkMeaning, type LinkMeaning } from '../board/linkMeaning';
import type { BoardSnapshot, Note, Team } from '../board/types';

/**
 * A board's OKRs in reading order, the shape the CSV and Markdown exports walk: teams by
 * level then name, each team's objectives left to right with their key results top to
 * bottom, then its key results without an objective; notes without a team last. Ideas
 * are not OKRs and are left out.
 */

export interface Alignment {
  meaning: LinkMeaning;
  /** The upper note the link points at. */
  upper: Note;
  upperTeam: Team | null;
}

export interface OutlineKr {
  note: Note;
  alignments: Alignment[];
}

export interface OutlineObjective {
  note: Note;
  alignments: Alignment[];
  krs: OutlineKr[];
}

export interface OutlineTeam {
  /** null for the notes that sit in no team. */
  team: Team | null;
  levelName: string;
  objectives: OutlineObjective[];
  /** Key results without an objective. */
  looseKrs: OutlineKr[];
}

/** The name of a level, or a made-up one for a level the board's list does not name. */
export function levelName(levels: readonly string[], level: number): string {
  return levels[level] ?? `Level ${level}`;
}

/** Whitespace run together, as one line: how a note's text is quoted elsewhere. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function okrOutline(board: BoardSnapshot): OutlineTeam[] {
  const notes = new Map(board.notes.map((n) => [n.id, n]));
  const teams = new Map(board.teams.map((t) => [t.id, t]));
  const alignmentsOf = alignmentIndex(board, notes, teams);
  const isObjective = (id: string | null) => id !== null && notes.get(id)?.kind === 'objective';

  const inReadingOrder = [...board.notes].sort(byPosition);
  const krsOf = new Map<string, OutlineKr[]>();
  const looseOf = new Map<string | null, OutlineKr[]>();
  for (const note of inReadingOrder) {
    if (note.kind !== 'kr') continue;
    const kr = { note, alignments: alignmentsOf(note.id) };
    if (isObjective(note.objectiveId)) push(krsOf, note.objectiveId!, kr);
    else push(looseOf, teamKey(note, teams), kr);
  }
  const objectivesOf = new Map<string | null, OutlineObjective[]>();
  for (const note of inReadingOrder) {
    if (note.kind !== 'objective') continue;
    push(objectivesOf, teamKey(note, teams), { note, alignments: alignmentsOf(note.id), krs: krsOf.get(note.id) ?? [] });
  }

  const ordered = [...board.teams].sort(
    (a, b) => a.level - b.level || compare(a.name, b.name) || compare(a.function, b.function) || compare(a.id, b.id),
  );
  const outline: OutlineTeam[] = ordered.map((team) => ({
    team,
    levelName: levelName(board.meta.levels, team.level),
    objectives: objectivesOf.get(team.id) ?? [],
    looseKrs: looseOf.get(team.id) ?? [],
  }));
  const teamless = { team: null, levelName: '', objectives: objectivesOf.get(null) ?? [], looseKrs: looseOf.get(null) ?? [] };
  if (teamless.objectives.length || teamless.looseKrs.length) outline.push(teamless);
  return outline;
}

function alignmentIndex(
  board: BoardSnapshot,
  notes: ReadonlyMap<string, Note>,
  teams: ReadonlyMap<string, Team>,
): (noteId: string) => Alignment[] {
  const byLower = new Map<string, Alignment[]>();
  for (const link of board.links) {
    const lower = notes.get(link.from);
    const upper = notes.get(link.to);
    const meaning = lower && upper ? linkMeaning(lower.kind, upper.kind) : null;
    if (!upper || !meaning) continue;
    push(byLower, link.from, { meaning, upper, upperTeam: (upper.teamId && teams.get(upper.teamId)) || null });
  }
  const order = Object.keys(LINK_MEANINGS);
  for (const list of byLower.values()) {
    list.sort(
      (a, b) =>
        order.indexOf(a.meaning) - order.indexOf(b.meaning) ||
        compare(oneLine(a.upper.text), oneLine(b.upper.text)) ||
        compare(a.upper.id, b.upper.id),
    );
  }
  return (noteId) => byLower.get(noteId) ?? [];
}

/** A note's frame, or null when it is in none (or in one no longer on the board). */
function teamKey(note: Note, teams: ReadonlyMap<string, Team>): string | null {
  return note.teamId !== null && teams.has(note.teamId) ? note.teamId : null;
}

/** Left to right, then top to bottom: the order people read a row of objectives and a stack of key results. */
function byPosition(a: Note, b: Note): number {
  return a.x - b.x || a.y - b.y || compare(a.text, b.text) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
