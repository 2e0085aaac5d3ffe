import { serialiseBoardFile, type BoardFile } from '../../shared/board/file';
import { generateBoard } from '../analysis';
import { createBoardOver } from '../../test/helpers/server';
import type { BoardLayout } from './pageProbes';

export interface BenchBoard {
  notes: number;
  teams: number;
  links: number;
  /** The participant's path on our server, `/b/<id>?key=...`. */
  participantPath: string;
  /** The board as the server laid it out, for the baseline page to draw the same notes. */
  file: BoardFile;
  /** Where its notes and frames lie, for finding spots to pan and drag from. */
  layout: BoardLayout;
}

/**
 * The analysis bench's generated board of `noteCount` notes (4 levels, 8 functions, teams
 * of objectives with key results, links up the levels), created over the API with its
 * geometry left out so the server lays it out as it would an imported file. The laid-out
 * board is read back through the JSON export, so both pages draw identical positions.
 */
export async function createBenchBoard(serverUrl: string, noteCount: number): Promise<BenchBoard> {
  const generated = serialiseBoardFile(generateBoard(noteCount, noteCount));
  const board: BoardFile = {
    ...generated,
    title: `Render bench, ${noteCount} notes`,
    teams: generated.teams.map(({ x: _x, y: _y, w: _w, h: _h, ...team }) => team),
    notes: generated.notes.map(({ x: _x, y: _y, ...note }) => note),
  };
  const created = await createBoardOver(serverUrl, { board });
  const exported = await fetch(`${serverUrl}/api/boards/${created.id}/export?format=json&key=${created.keys.participant}`);
  if (!exported.ok) throw new Error(`export of the bench board failed: ${exported.status}`);
  const file = (await exported.json()) as BoardFile;
  const layout: BoardLayout = {
    notes: file.notes.map((note) => ({ x: note.x ?? 0, y: note.y ?? 0 })),
    frames: file.teams.map((team) => ({ x: team.x ?? 0, y: team.y ?? 0, w: team.w ?? 0, h: team.h ?? 0 })),
  };
  return { notes: file.notes.length, teams: file.teams.length, links: file.links.length, participantPath: created.links.participant, file, layout };
}
