import { generateBoard } from '../../bench/analysis';
import { serialiseBoardFile } from '../../shared/board/file';

/**
 * The analysis benchmark's generated 1,000-note board as a board file, geometry left out
 * so the import lays it out as it would a real file: 78 frames, 350 links.
 */
export function thousandNoteBoard() {
  const file = serialiseBoardFile(generateBoard(1000, 1000));
  return {
    ...file,
    title: '1,000 notes',
    teams: file.teams.map(({ x: _x, y: _y, w: _w, h: _h, ...team }) => team),
    notes: file.notes.map(({ x: _x, y: _y, ...note }) => note),
  };
}
