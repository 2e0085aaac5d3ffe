import type { BoardSnapshot, Note, Team } from '../../shared/board';

/** Where I last copied a key result down to, remembered per board on this device. */
export interface CopyDownChoice {
  teamId: string;
  objectiveId: string;
}

const sources = new WeakMap<BoardSnapshot, ReadonlySet<string>>();

/**
 * The key results that can be copied down: those in a team with a team frame below its
 * level. Computed once per board snapshot, so every note asks in O(1).
 */
export function copyDownSources(board: BoardSnapshot): ReadonlySet<string> {
  let found = sources.get(board);
  if (found) return found;
  const levels = new Map(board.teams.map((team) => [team.id, team.level]));
  const lowest = board.teams.reduce((max, team) => Math.max(max, team.level), -1);
  found = new Set(
    board.notes
      .filter((note) => note.kind === 'kr' && note.teamId !== null && (levels.get(note.teamId) ?? lowest) < lowest)
      .map((note) => note.id),
  );
  sources.set(board, found);
  return found;
}

/** The teams a key result can be copied down to: below its own team's level, top first, then by name. */
export function copyDownTeams(board: BoardSnapshot, krId: string): Team[] {
  const kr = board.notes.find((note) => note.id === krId);
  const level = board.teams.find((team) => team.id === kr?.teamId)?.level;
  if (level === undefined) return [];
  return board.teams
    .filter((team) => team.level > level)
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
}

/** A team's objectives in reading order: top to bottom, then left to right. */
export function teamObjectives(board: BoardSnapshot, teamId: string): Note[] {
  return board.notes
    .filter((note) => note.kind === 'objective' && note.teamId === teamId)
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * What the copy-down dialog starts with: my last choice while that team is still below the
 * key result and still holds that objective, else the first team offered and its first
 * objective (none when it has none).
 */
export function initialCopyDownChoice(
  board: BoardSnapshot,
  krId: string,
  remembered: CopyDownChoice | null,
): { teamId: string | null; objectiveId: string | null } {
  const teams = copyDownTeams(board, krId);
  const team = teams.find(({ id }) => id === remembered?.teamId) ?? teams[0];
  if (!team) return { teamId: null, objectiveId: null };
  const objectives = teamObjectives(board, team.id);
  const objective = objectives.find(({ id }) => id === remembered?.objectiveId) ?? objectives[0];
  return { teamId: team.id, objectiveId: objective?.id ?? null };
}

const storageKey = (boardId: string) => `alignboard:copy-down:${boardId}`;

export function rememberedCopyDown(boardId: string): CopyDownChoice | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(boardId)) ?? 'null');
    const choice = value as Partial<CopyDownChoice> | null;
    return typeof choice?.teamId === 'string' && typeof choice.objectiveId === 'string'
      ? { teamId: choice.teamId, objectiveId: choice.objectiveId }
      : null;
  } catch {
    return null;
  }
}

export function rememberCopyDown(boardId: string, choice: CopyDownChoice): void {
  try {
    localStorage.setItem(storageKey(boardId), JSON.stringify(choice));
  } catch {
    // Private mode or a full quota: the dialog just starts from the first team next time.
  }
}
