import type { BoardSnapshot, Budget, Note } from '../../../shared/board/types';
import { DEFAULT_BUDGET } from '../../../shared/board/types';

/**
 * A tiny builder for hand-written boards in analysis tests: teams by function and level,
 * objectives in a team, key results under an objective (in its team), links lower -> upper.
 */
export class TestBoard {
  private readonly board: BoardSnapshot;

  constructor(options: { levels?: string[]; budget?: Budget } = {}) {
    this.board = {
      meta: {
        title: 'Test board',
        createdAt: 0,
        formatVersion: 1,
        levels: options.levels ?? ['Company', 'Department', 'Team'],
        budget: options.budget ?? { ...DEFAULT_BUDGET },
        extra: {},
      },
      teams: [],
      notes: [],
      links: [],
    };
  }

  team(id: string, fn: string, level: number, name = fn): this {
    this.board.teams.push({ id, name, function: fn, level, parentId: null, x: 0, y: 0, w: 760, h: 520, color: '', extra: {} });
    return this;
  }

  objective(id: string, teamId: string | null, text = `Objective ${id}`): this {
    return this.note({ id, kind: 'objective', text, teamId, objectiveId: null });
  }

  /** A key result under `objectiveId`, in that objective's team; null makes it loose (in `teamId`). */
  kr(id: string, objectiveId: string | null, text = `Increase ${id} from 1 to 2`, teamId?: string | null): this {
    const team = teamId !== undefined ? teamId : (this.board.notes.find((n) => n.id === objectiveId)?.teamId ?? null);
    return this.note({ id, kind: 'kr', text, teamId: team, objectiveId });
  }

  idea(id: string, teamId: string | null, text = `Idea ${id}`): this {
    return this.note({ id, kind: 'idea', text, teamId, objectiveId: null });
  }

  link(from: string, to: string, id = `l-${from}-${to}`): this {
    this.board.links.push({ id, from, to, extra: {} });
    return this;
  }

  snapshot(): BoardSnapshot {
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      meta: { ...this.board.meta },
      teams: [...this.board.teams].sort(byId),
      notes: [...this.board.notes].sort(byId),
      links: [...this.board.links].sort(byId),
    };
  }

  private note(fields: Pick<Note, 'id' | 'kind' | 'text' | 'teamId' | 'objectiveId'>): this {
    this.board.notes.push({ ...fields, x: 0, y: 0, author: 'tester', createdAt: 0, extra: {} });
    return this;
  }
}
