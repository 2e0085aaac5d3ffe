import type { BoardMeta, BoardSnapshot } from './types';

/** The company level: teams of level 0 and their notes. */
const TOP_LEVEL = 0;

export function isTopLevelTeamLevel(level: unknown): boolean {
  return level === TOP_LEVEL;
}

/**
 * Ids of the top level's teams and of the notes in them: what a step with
 * `topLevelReadOnly` keeps participants from changing (server/sync/topLevelGuard.ts
 * enforces it; the canvas uses this to offer no such change).
 */
export function topLevelIds(board: Pick<BoardSnapshot, 'teams' | 'notes'>): Set<string> {
  const teams = new Set(board.teams.filter((team) => isTopLevelTeamLevel(team.level)).map((team) => team.id));
  const ids = new Set(teams);
  for (const note of board.notes) if (note.teamId !== null && teams.has(note.teamId)) ids.add(note.id);
  return ids;
}

/** What the board calls its top level ("Company" by default). */
export function topLevelName(meta: Pick<BoardMeta, 'levels'>): string {
  return meta.levels[TOP_LEVEL] ?? 'top';
}
